import Foundation

/// Compares two printed texts **at their printed precision**: the golden-file comparison for output
/// whose numbers come from floating-point computations (LAPACK/BLAS results, filters, likelihoods).
///
/// A printed number is the correctly rounded value of a result whose last bits differ between CPUs
/// (OpenBLAS picks its kernels by CPU; summation orders differ with the thread count). When the exact
/// result lies within those last bits of a rounding boundary (…5 in the first dropped digit), two
/// correct printings differ by one unit in the last printed place — e.g. `1448322.629` and `1448322.630`
/// for an HP trend whose value is 1448322.62950000… — so byte-for-byte equality would test the kernel,
/// not cnfin. The rule, stated once for every golden comparison:
///
/// - the texts split into the same sequence of numbers and of text between them;
/// - every text part is identical, except that a run of spaces may differ in length where a number beside
///   it changed width (a carry such as `9.99` → `10.00` shifts the padding of an aligned table);
/// - every pair of numbers has the same shape (sign, digits after the point, exponent) and differs by at
///   most **one unit in its last printed digit** — the printed precision, nothing coarser.
///
/// Returns `nil` when the texts are equal at that precision, otherwise a description of the first
/// difference (line number, both lines, the reason).
public func printedPrecisionDifference(_ produced: String, _ expected: String) -> String? {
    if produced == expected { return nil }
    let a = PrintedTokens(produced), b = PrintedTokens(expected)
    func where_(_ i: Int) -> String {
        let line = a.lineOfToken(i)
        let la = lines(produced), lb = lines(expected)
        let x = line < la.count ? la[line] : "<end>", y = line < lb.count ? lb[line] : "<end>"
        return "line \(line + 1):\n  got      \(x)\n  expected \(y)"
    }
    guard a.tokens.count == b.tokens.count else {
        // Report the first token that differs.
        for i in 0..<min(a.tokens.count, b.tokens.count) where a.tokens[i] != b.tokens[i] {
            return "\(where_(i))\n  (the texts have different structure)"
        }
        return "the texts have \(a.tokens.count) and \(b.tokens.count) parts"
    }
    for i in a.tokens.indices where a.tokens[i] != b.tokens[i] {
        switch (a.tokens[i], b.tokens[i]) {
        case let (.text(x), .text(y)):
            if collapseSpaces(x) != collapseSpaces(y) { return "\(where_(i))\n  (text differs)" }
        case let (.number(x), .number(y)):
            guard let p = PrintedNumber(x), let q = PrintedNumber(y), p.decimals == q.decimals, p.exponent == q.exponent else {
                return "\(where_(i))\n  (\(x) and \(y) are printed differently)"
            }
            let unit = pow10(-p.decimals)  // in the mantissa: the exponents are equal
            if abs(p.value - q.value) > unit * (1 + 1e-9) {
                return "\(where_(i))\n  (\(x) and \(y) differ by more than one unit in the last printed digit)"
            }
        default:
            return "\(where_(i))\n  (a number where the other text has none)"
        }
    }
    return nil
}

private func lines(_ s: String) -> [Substring] { s.split(separator: "\n", omittingEmptySubsequences: false) }

private func collapseSpaces(_ s: String) -> String {
    var out = ""
    var lastSpace = false
    for c in s {
        if c == " " {
            if !lastSpace { out.append(c) }
            lastSpace = true
        } else {
            out.append(c)
            lastSpace = false
        }
    }
    return out
}

private func pow10(_ e: Int) -> Double {
    var r = 1.0
    if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
    return r
}

/// A text split into numbers and the text between them. A number is an optional sign, digits (with
/// optional thousands commas), optional decimals and an optional exponent, standing alone: digits inside
/// a word or an identifier (`M2`, `x1`, `3x3`), dates and ranges of them (`2015-01`, `2023-05-31`) and
/// numbers followed by a date word (`2026年`, `6月`) are text, compared exactly.
struct PrintedTokens {
    enum Token: Equatable { case text(String), number(String) }
    var tokens: [Token] = []
    /// The line (0-based) on which each token starts.
    var lineStarts: [Int] = []

    init(_ s: String) {
        let chars = Array(s.unicodeScalars)
        var i = 0, line = 0
        var text = String.UnicodeScalarView(), textLine = 0
        func digit(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].value >= 48 && chars[k].value <= 57 }
        func flushText() {
            if !text.isEmpty { tokens.append(.text(String(text))); lineStarts.append(textLine) }
            text = String.UnicodeScalarView()
        }
        func appendText(_ range: Range<Int>) {
            if text.isEmpty { textLine = line }
            for k in range {
                text.append(chars[k])
                if chars[k] == "\n" { line += 1 }
            }
        }
        while i < chars.count {
            let c = chars[i]
            let sign = (c == "-" || c == "+" || c == "\u{2212}") && digit(i + 1)
            guard (digit(i) || sign), i == 0 || !continuesWord(chars[i - 1]) else {
                appendText(i..<(i + 1))
                i += 1
                continue
            }
            var j = sign ? i + 1 : i
            while digit(j) || (chars.indices.contains(j) && chars[j] == "," && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4)) {
                j += 1
            }
            if j < chars.count, chars[j] == ".", digit(j + 1) {
                j += 1
                while digit(j) { j += 1 }
            }
            if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                var k = j + 1
                if k < chars.count, chars[k] == "-" || chars[k] == "+" { k += 1 }
                if digit(k) {
                    while digit(k) { k += 1 }
                    j = k
                }
            }
            // Dates, ranges of months and identifiers: text.
            let dateOrWord = (j < chars.count && (continuesWord(chars[j]) || dateWords.contains(chars[j])))
                || (j < chars.count && chars[j] == "-" && digit(j + 1))
                || (!sign && i >= 2 && chars[i - 1] == "-" && digit(i - 2))
            if dateOrWord {
                appendText(i..<j)
                i = j
                continue
            }
            flushText()
            var number = String.UnicodeScalarView()
            number.append(contentsOf: chars[i..<j])
            tokens.append(.number(String(number)))
            lineStarts.append(line)
            i = j
        }
        flushText()
    }

    func lineOfToken(_ i: Int) -> Int { i < lineStarts.count ? lineStarts[i] : (lineStarts.last ?? 0) }
}

/// Date words after a number: `2026年6月5日`, `二季度` is no number anyway.
private let dateWords: Set<Unicode.Scalar> = ["年", "月", "日", "号"]

/// Letters, digits, `_` and `.` continue a word or a number: a digit after one of them is not the start of
/// a number (`M2`, `x1`, `v1.2`), and a number followed by a letter is an identifier (`3x3`, `12M`).
private func continuesWord(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_" || c == "." || (c.value >= 48 && c.value <= 57)
}

/// A printed number's value and shape.
struct PrintedNumber {
    var value: Double
    /// Digits after the decimal point.
    var decimals: Int
    /// The printed exponent (0 without one).
    var exponent: Int

    init?(_ s: String) {
        var t = s.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{2212}", with: "-")
        exponent = 0
        if let e = t.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(t[t.index(after: e)...]) else { return nil }
            exponent = x
            t = String(t[..<e])
        }
        if let dot = t.firstIndex(of: ".") { decimals = t.distance(from: dot, to: t.endIndex) - 1 } else { decimals = 0 }
        guard let v = Double(t) else { return nil }
        value = v
    }
}
