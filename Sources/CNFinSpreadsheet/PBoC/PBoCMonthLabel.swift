import CNFinSupport

/// Month labels of PBoC tables.
///
/// - numeric cells such as `2023.05`: read with **two** decimals, because the
///   PBoC writes months as `YYYY.MM` and a float cell loses the trailing zero
///   — `2000.1` is `2000.10`, October, not January;
/// - text such as `2023.05`, `2023.5`, `2019.10`, `2023年5月`, `2023-05`, `2023/5`;
/// - date cells (a serial number with a date format, or an `.xls` date), whose year and month are taken.
enum PBoCMonthLabel {
    static func parse(_ cell: Cell, uses1904Dates: Bool) -> YearMonth? {
        switch cell.value {
        case .number(let x):
            if let format = cell.numberFormat, format.isDate {
                guard let d = SerialDate(serial: x, uses1904Dates: uses1904Dates), (1900...2200).contains(d.year) else { return nil }
                return YearMonth(year: d.year, month: d.month)
            }
            guard x >= 1900, x < 2200 else { return nil }
            let hundredths = (x * 100).rounded()
            guard abs(x * 100 - hundredths) < 1e-6 else { return nil }
            let year = Int(hundredths) / 100
            let month = Int(hundredths) % 100
            guard (1...12).contains(month) else { return nil }
            return YearMonth(year: year, month: month)
        case .text(let s):
            return parse(text: s)
        case .date(let s):
            let parts = s.split(separator: "-")
            guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            return YearMonth(year: y, month: m)
        default:
            return nil
        }
    }

    /// `2023.05`, `2023.5`, `2023年5月`, `2023年05月末`, `2023-05`, `2023/5`, with surrounding spaces.
    static func parse(text: String) -> YearMonth? {
        let scalars = Array(PBoCText.normalizedSpaces(text).unicodeScalars.filter { $0 != " " })
        var k = 0
        var year = 0
        var digits = 0
        while k < scalars.count, let d = digit(scalars[k]) {
            digits += 1
            guard digits <= 4 else { return nil }  // a long digit run is no year (and would overflow Int)
            year = year * 10 + d
            k += 1
        }
        guard digits == 4, (1900..<2200).contains(year), k < scalars.count else { return nil }
        guard ".-/年".unicodeScalars.contains(scalars[k]) else { return nil }
        k += 1
        var month = 0
        var monthDigits = 0
        while k < scalars.count, let d = digit(scalars[k]) {
            monthDigits += 1
            guard monthDigits <= 2 else { return nil }
            month = month * 10 + d
            k += 1
        }
        guard (1...2).contains(monthDigits), (1...12).contains(month) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[k...]))
        guard rest.isEmpty || rest == "月" || rest == "月末" || rest == "月份" else { return nil }
        return YearMonth(year: year, month: month)
    }

    static func digit(_ s: Unicode.Scalar) -> Int? {
        (48...57).contains(s.value) ? Int(s.value) - 48 : nil
    }
}

/// Text clean-up for labels.
enum PBoCText {
    /// NBSP, ideographic and other spaces become ASCII spaces; runs collapse; trimmed
    /// (CNFinSupport's ``Swift/StringProtocol/collapsingSpaces()``).
    static func normalizedSpaces(_ s: String) -> String {
        s.collapsingSpaces()
    }

    /// The Chinese part of a bilingual label (before the first ASCII letter, as
    /// the Python build does), without spaces and without list numbering
    /// (`一、`, `（一）`, `1.`, `其中：`).
    static func chinesePart(_ s: String) -> String {
        var head = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if (65...90).contains(u.value) || (97...122).contains(u.value) { break }
            if u.properties.isWhitespace { continue }  // U+3000 and U+00A0 are White_Space too
            head.append(u)
        }
        var t = String(head)
        t = strip(t, prefixWhile: "一二三四五六七八九十", then: "、")
        for (open, close) in [("（", "）"), ("(", ")")] where t.hasPrefix(open) {
            if let end = t.firstIndex(of: Character(close)) {
                let inner = t[t.index(after: t.startIndex)..<end]
                if !inner.isEmpty, inner.allSatisfy({ "一二三四五六七八九十0123456789".contains($0) }) {
                    t = String(t[t.index(after: end)...])
                }
            }
        }
        if let dot = t.firstIndex(of: "."), t[..<dot].allSatisfy(\.isNumber), dot != t.startIndex {
            t = String(t[t.index(after: dot)...])
        }
        if t.hasPrefix("其中：") || t.hasPrefix("其中:") { t = String(t.dropFirst(3)) }
        return t
    }

    private static func strip(_ t: String, prefixWhile set: String, then mark: Character) -> String {
        var i = t.startIndex
        while i < t.endIndex, set.contains(t[i]) { i = t.index(after: i) }
        if i != t.startIndex, i < t.endIndex, t[i] == mark { return String(t[t.index(after: i)...]) }
        return t
    }

    /// The Latin part of a label, lowercased, with spaces collapsed (the English edition).
    static func englishPart(_ s: String) -> String {
        let n = normalizedSpaces(s)
        guard let first = n.unicodeScalars.firstIndex(where: { (65...90).contains($0.value) || (97...122).contains($0.value) }) else {
            return ""
        }
        return String(n.unicodeScalars[first...]).lowercased()
    }
}
