/// The English parser's patterns (dates, periods, figures), matched by hand
/// on the lower-cased scalars of the text.
///
/// Each `…At(_:)` function is an anchored match at one offset, with the
/// semantics of the regular expression in its comment (ordered alternatives,
/// greedy optional groups, first successful path); ``scan(_:)`` applies one
/// left to right, non-overlapping, as a regex scan of the whole text would.
/// Digits are ASCII (full-width ones are already mapped to ASCII), `\s` is
/// one whitespace scalar or a CR LF pair.
///
/// These replace Swift `Regex` literals: a literal is parsed again each time
/// the expression is evaluated, and a match's typed output is built through
/// existential containers — about 10 µs of allocation per figure, over a
/// second for a few KB under AddressSanitizer. Here a failed attempt costs a
/// comparison or two and nothing is allocated.
struct IngestEnglishPatterns {
    let s: [Unicode.Scalar]
    /// Scalars compared (the work done).
    private(set) var work = 0

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    // MARK: Matches

    /// `(end-|end of |in |\()?(january|…|december)(,? (\d{4}))?`
    struct MonthMatch {
        var start: Int, end: Int
        /// The match starts with "end-" / "end of ".
        var monthEnd: Bool
        /// 1…12.
        var month: Int
        var year: Int?
    }

    /// `first (two|three|…|eleven) months( of (\d{4}))?`
    struct FirstMonthsMatch {
        var start: Int, end: Int
        var months: Int
        var year: Int?
    }

    /// `(first quarter|first half|first three quarters|q1-q3|q1|h1|full year)( of (\d{4}))?`
    struct PartOfYearMatch {
        var start: Int, end: Int
        /// 3, 6, 9 or 12.
        var months: Int
        var year: Int?
    }

    /// `\((\d{4})\)|(q1-q3|q1|h1) (\d{4})`
    struct YearMatch {
        var start: Int, end: Int
        var year: Int
    }

    /// `(-)?(rmb|cny|usd|us\$|\$)?\s?(-)?(\d(,?\d)*(\.\d+)?)\s?(trillion|billion|million|percentage points?|percent|per cent|%)?(\s(yuan|us dollars|dollars))?`
    /// (a comma only between digits, as in the Chinese parser).
    struct FigureMatch {
        var start: Int, end: Int
        /// The first `(-)`.
        var leadingMinus: Bool
        var currency: Currency?
        /// The second `(-)`, after the currency.
        var innerMinus: Bool
        /// The digits (with `,` and one `.`): `numberStart..<numberEnd`.
        var numberStart: Int, numberEnd: Int
        var unit: Unit?
        var tail: Tail?
    }

    enum Currency { case rmb, cny, usd, usDollarSign, dollarSign }
    enum Unit { case trillion, billion, million, points, percent }
    enum Tail { case yuan, usDollars, dollars }

    // MARK: Scanning

    /// The non-overlapping matches of `match`, left to right.
    mutating func scan<M>(_ match: (inout IngestEnglishPatterns, Int) -> M?, end: (M) -> Int) -> [M] {
        var out: [M] = []
        var i = 0
        while i < s.count {
            if let m = match(&self, i) {
                out.append(m)
                i = max(end(m), i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Anchored matchers

    static func scalars(_ w: String) -> [Unicode.Scalar] { Array(w.unicodeScalars) }
    static let monthWords = IngestEnglishParser.monthNames.map(scalars)
    static let monthPrefixes: [([Unicode.Scalar], Bool)] = table([("end-", true), ("end of ", true), ("in ", false), ("(", false)])
    /// The scalars a month match can begin with (its prefixes' and the month names' first letters).
    static let monthInitials: [Unicode.Scalar] = ["e", "i", "(", "j", "f", "m", "a", "s", "o", "n", "d"]
    static let first = scalars("first "), months = scalars(" months"), of = scalars(" of ")
    /// An optional part: taken first, then left out.
    static let bothWays = [true, false]
    static let quarterWords = ["q1-q3", "q1", "h1"].map(scalars)
    static let ordinalWords: [([Unicode.Scalar], Int)] = table([("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11)])
    static let partsOfYear: [([Unicode.Scalar], Int)] = table([("first quarter", 3), ("first half", 6),
        ("first three quarters", 9), ("q1-q3", 9), ("q1", 3), ("h1", 6), ("full year", 12)])
    static let currencies: [([Unicode.Scalar], Currency)] = table([("rmb", .rmb), ("cny", .cny), ("usd", .usd),
        ("us$", .usDollarSign), ("$", .dollarSign)])
    static let units: [([Unicode.Scalar], Unit)] = table([("trillion", .trillion), ("billion", .billion), ("million", .million),
        ("percentage point", .points), ("percent", .percent), ("per cent", .percent), ("%", .percent)])
    static let tails: [([Unicode.Scalar], Tail)] = table([("yuan", .yuan), ("us dollars", .usDollars), ("dollars", .dollars)])

    /// Words (in the order the pattern's alternation tries them) with what they stand for.
    static func table<T>(_ pairs: [(String, T)]) -> [([Unicode.Scalar], T)] { pairs.map { (scalars($0.0), $0.1) } }

    mutating func monthAt(_ i: Int) -> MonthMatch? {
        work += 1
        guard i < s.count, IngestEnglishPatterns.monthInitials.contains(s[i]) else { return nil }
        // The optional prefix is tried first; without it when the month does not follow.
        for (prefix, isEnd) in IngestEnglishPatterns.monthPrefixes {
            if let k = literal(prefix, at: i), let m = monthAfterPrefix(start: i, at: k, monthEnd: isEnd) { return m }
        }
        return monthAfterPrefix(start: i, at: i, monthEnd: false)
    }

    private mutating func monthAfterPrefix(start: Int, at k: Int, monthEnd: Bool) -> MonthMatch? {
        for (n, name) in IngestEnglishPatterns.monthWords.enumerated() {
            guard let e = literal(name, at: k) else { continue }
            let (end, year) = optionalYear(after: e, separator: .commaSpace)
            return MonthMatch(start: start, end: end, monthEnd: monthEnd, month: n + 1, year: year)
        }
        return nil
    }

    mutating func firstMonthsAt(_ i: Int) -> FirstMonthsMatch? {
        guard let k = literal(IngestEnglishPatterns.first, at: i) else { return nil }
        for (word, n) in IngestEnglishPatterns.ordinalWords {
            guard let e = literal(word, at: k), let m = literal(IngestEnglishPatterns.months, at: e) else { continue }
            let (end, year) = optionalYear(after: m, separator: .of)
            return FirstMonthsMatch(start: i, end: end, months: n, year: year)
        }
        return nil
    }

    mutating func partOfYearAt(_ i: Int) -> PartOfYearMatch? {
        work += 1
        guard i < s.count, s[i] == "f" || s[i] == "q" || s[i] == "h" else { return nil }
        for (word, n) in IngestEnglishPatterns.partsOfYear {
            guard let e = literal(word, at: i) else { continue }
            let (end, year) = optionalYear(after: e, separator: .of)
            return PartOfYearMatch(start: i, end: end, months: n, year: year)
        }
        return nil
    }

    mutating func yearAt(_ i: Int) -> YearMatch? {
        work += 1
        guard i < s.count, s[i] == "(" || s[i] == "q" || s[i] == "h" else { return nil }
        if let k = scalar("(", at: i), let (e, y) = fourDigits(at: k), let end = scalar(")", at: e) {
            return YearMatch(start: i, end: end, year: y)
        }
        for word in IngestEnglishPatterns.quarterWords {
            if let k = literal(word, at: i), let sp = scalar(" ", at: k), let (end, y) = fourDigits(at: sp) {
                return YearMatch(start: i, end: end, year: y)
            }
        }
        return nil
    }

    mutating func figureAt(_ i: Int) -> FigureMatch? {
        guard i < s.count else { return nil }
        let c = s[i]
        // Fast rejection: a match begins with -, a currency, a space or a digit.
        guard c == "-" || c == "r" || c == "c" || c == "u" || c == "$" || isDigit(i) || whitespace(at: i) != nil else { return nil }
        // The prefix `(-)?(currency)?\s?(-)?` in the order a backtracking matcher tries it: each optional part
        // taken when it matches, and dropped only when no digit can follow.
        let currencies = IngestEnglishPatterns.currencies
        for takeMinus in IngestEnglishPatterns.bothWays {
            guard let k = takeMinus ? scalar("-", at: i) : i else { continue }
            for c in 0...currencies.count {  // the last choice: no currency
                guard let afterCurrency = c < currencies.count ? literal(currencies[c].0, at: k) : k else { continue }
                for takeSpace in IngestEnglishPatterns.bothWays {
                    guard let afterSpace = takeSpace ? whitespace(at: afterCurrency) : afterCurrency else { continue }
                    for takeInner in IngestEnglishPatterns.bothWays {
                        guard let d = takeInner ? scalar("-", at: afterSpace) : afterSpace, isDigit(d) else { continue }
                        return figure(start: i, leadingMinus: takeMinus, currency: c < currencies.count ? currencies[c].1 : nil,
                                      innerMinus: takeInner, digits: d)
                    }
                }
            }
        }
        return nil
    }

    /// The rest of a figure from its first digit: `(,?\d)*(\.\d+)?\s?(unit)?(\s(tail))?`, each part greedy.
    private mutating func figure(start: Int, leadingMinus: Bool, currency: Currency?, innerMinus: Bool, digits d: Int) -> FigureMatch {
        var k = d + 1
        // A comma only between digits ("1,234"): "43,.72" is not 43.72 (found by FuzzIngestEN).
        while isDigit(k) || (k < s.count && s[k] == "," && isDigit(k + 1)) { k += 1 }
        if k < s.count, s[k] == ".", isDigit(k + 1) {
            k += 2
            while isDigit(k) { k += 1 }
        }
        work += k - d
        let numberEnd = k
        if let e = whitespace(at: k) { k = e }
        var unit: Unit?
        for (word, u) in IngestEnglishPatterns.units {
            guard var e = literal(word, at: k) else { continue }
            if u == .points, let plural = scalar("s", at: e) { e = plural }
            unit = u
            k = e
            break
        }
        var tail: Tail?
        if let sp = whitespace(at: k) {
            for (word, t) in IngestEnglishPatterns.tails {
                guard let e = literal(word, at: sp) else { continue }
                tail = t
                k = e
                break
            }
        }
        return FigureMatch(start: start, end: k, leadingMinus: leadingMinus, currency: currency, innerMinus: innerMinus,
                           numberStart: d, numberEnd: numberEnd, unit: unit, tail: tail)
    }

    static let sameWords = ["same period", "same time", "same month"].map(scalars)
    static let ofOrIn = [" of", " in"].map(scalars)
    static let moreOrLess = ["more", "less"].map(scalars)
    static let than = scalars(" than "), that = scalars("that "), inSpace = scalars("in ")

    /// `(same period|same time|same month)( of| in)? (\d{4})` at `i`: the year.
    mutating func samePeriodYearAt(_ i: Int) -> Int? {
        for word in IngestEnglishPatterns.sameWords {
            guard let e = literal(word, at: i) else { continue }
            for sep in IngestEnglishPatterns.ofOrIn {
                if let k = literal(sep, at: e), let sp = scalar(" ", at: k), let (_, y) = fourDigits(at: sp) { return y }
            }
            if let sp = scalar(" ", at: e), let (_, y) = fourDigits(at: sp) { return y }
        }
        return nil
    }

    /// `(more|less) than (that )?in (\d{4})` at `i`: the year.
    mutating func moreOrLessThanYearAt(_ i: Int) -> Int? {
        for word in IngestEnglishPatterns.moreOrLess {
            guard let e = literal(word, at: i), let k = literal(IngestEnglishPatterns.than, at: e) else { continue }
            if let j = literal(IngestEnglishPatterns.that, at: k), let n = literal(IngestEnglishPatterns.inSpace, at: j),
               let (_, y) = fourDigits(at: n) { return y }
            if let n = literal(IngestEnglishPatterns.inSpace, at: k), let (_, y) = fourDigits(at: n) { return y }
        }
        return nil
    }

    // MARK: Pieces

    enum YearSeparator {
        /// `,? ` (a month's year: "May 2023", "May, 2023").
        case commaSpace
        /// ` of ` ("first half of 2023").
        case of
    }

    /// An optional year after `k`: `(,? (\d{4}))?` or `( of (\d{4}))?`; the end and the year.
    private mutating func optionalYear(after k: Int, separator: YearSeparator) -> (Int, Int?) {
        switch separator {
        case .commaSpace:
            // `,?` greedy: with the comma first.
            if let c = scalar(",", at: k), let sp = scalar(" ", at: c), let (e, y) = fourDigits(at: sp) { return (e, y) }
            if let sp = scalar(" ", at: k), let (e, y) = fourDigits(at: sp) { return (e, y) }
        case .of:
            if let p = literal(IngestEnglishPatterns.of, at: k), let (e, y) = fourDigits(at: p) { return (e, y) }
        }
        return (k, nil)
    }

    /// `\d{4}` at `k`: its end and value.
    private mutating func fourDigits(at k: Int) -> (Int, Int)? {
        var value = 0
        for j in k..<(k + 4) {
            guard isDigit(j) else { return nil }
            value = value * 10 + Int(s[j].value) - 48
        }
        work += 4
        return (k + 4, value)
    }

    private func isDigit(_ k: Int) -> Bool { k >= 0 && k < s.count && ("0"..."9").contains(s[k]) }

    /// `\s` at `k`: one whitespace scalar, or CR LF (one `Character`); the end.
    private func whitespace(at k: Int) -> Int? {
        guard k < s.count, s[k].properties.isWhitespace else { return nil }
        return s[k] == "\r" && k + 1 < s.count && s[k + 1] == "\n" ? k + 2 : k + 1
    }

    /// The end of `word` when the text has it at `k`.
    private mutating func literal(_ word: [Unicode.Scalar], at k: Int) -> Int? {
        guard k + word.count <= s.count else { return nil }
        for (j, c) in word.enumerated() {
            work += 1
            if s[k + j] != c { return nil }
        }
        return k + word.count
    }

    /// `k + 1` when the text has `c` at `k`.
    private mutating func scalar(_ c: Unicode.Scalar, at k: Int) -> Int? {
        work += 1
        return k >= 0 && k < s.count && s[k] == c ? k + 1 : nil
    }
}
