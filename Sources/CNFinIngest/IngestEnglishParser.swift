import CNFinDatasets
import CNFinSeries
import CNFinSupport

/// Reads the figures of the PBoC's English releases ("RMB loans increased
/// by 1.36 trillion yuan, 541.8 billion yuan less year on year"; "the AFRE
/// (flow) was RMB1.56 trillion in May 2023, up RMB331.2 billion from the
/// previous month").
///
/// Sentences end at `. `, line breaks and `;`; a clause also ends before
/// ", with" / ", while" (lists closed by "respectively" are not attributed).
/// Each amount (RMB… trillion/billion/million, … yuan), rate (… percent) or
/// change (… percentage points) is read with the words since the previous
/// figure (lead) and up to the next one (trail). The subject is the last
/// known phrase of the sentence so far (RMB loans, AFRE (flow), household
/// loans …); unknown or unsupported ones (RMB and foreign currency loans, USD
/// amounts, shares "accounted for") make figures unparsed; so does a lead
/// with a subject noun (loans, deposits, bonds …) but no known phrase ("green
/// loans increased by …"), which also ends the sub-items of the total before
/// it. Sub-items ("of which", ", with") belong to a total of their own
/// sentence. A subject named as the denominator of a share ("of the total
/// AFRE") is not a subject. A month named in a comparison ("than at
/// end-April") does not change the data month (and names the previous
/// month-end when it is the month before); "an increase of RMB1.81 trillion
/// year on year" is the change of the flow, not a second value of it; "the
/// same period of 2028" gives the base year of the comparison. A list of
/// flows closed by "respectively" is read when it names as many known
/// subjects as amounts.
///
/// A comparison that rounds to zero has no number — "unchanged year on year",
/// "the same as that at the end of the previous month", "the same as the
/// increase in the same period of 2022", "unchanged from the previous month" —
/// and is read as the value 0 of the measure its context names: "that at …" or
/// "The growth rate was …" (or a growth rate before it) → a change in
/// percentage points; "the increase/decrease in …" (or a flow before it) → a
/// change of the flow; "year on year" after a level → a growth rate of 0%.
/// "unchanged"/"the same as" without a previous-month or year-earlier
/// comparison is not a figure.
struct IngestEnglishParser {
    /// Lower-cased ASCII copy, one scalar per original scalar.
    let s: [Unicode.Scalar]
    /// The text: `s` and the original scalars where they differ.
    let input: IngestScalarText

    init(text: String, given: Month? = nil) {
        result.given = given
        input = IngestScalarText(text) { _, c, _ in
            let v = c.value
            if (0x41...0x5A).contains(v) { return Unicode.Scalar(v + 32) ?? c }
            if (0xFF10...0xFF19).contains(v) { return Unicode.Scalar(v - 0xFEE0) ?? c }
            switch c {
            case "\u{2019}", "\u{2018}", "\u{2032}": return "'"
            case "\u{2013}", "\u{2014}", "\u{2212}": return "-"
            case "\u{00A0}", "\u{3000}": return " "
            case "％": return "%"
            default: return c
            }
        }
        s = input.normalized
    }

    private var year: Int?
    /// The first year the text names: the year of the release. A date with
    /// another year ("In March 2029, …" in a 2030 text) holds only for its
    /// sentence; year and period are restored after it.
    private var documentYear: Int?
    private var savedBeforeOtherYear: (year: Int?, period: IngestChineseParser.Period)?
    private var period: IngestChineseParser.Period = .none
    private var subject: IngestChineseParser.SubjectState = .none
    /// The subject of the previous sentence, for "The growth rate was …" after
    /// "… M2 stood at RMB282.05 trillion, up 11.6 percent year on year."
    private var previousSubject: IngestChineseParser.SubjectState = .none
    /// The last household or corporate loan total, for its sub-items
    /// ("of which MLT loans …", ", with short-term loans …").
    private var parent: IngestSubject?
    private var share = false
    /// The measure of the last figure of the clause, for "unchanged" / "the same as".
    private var lastMeasure: FigureMeasure?
    private var result = IngestRawResult()

    enum Event {
        /// The end of a clause; `sentence` when it ends the sentence (". ", a line break).
        case boundary(sentence: Bool)
        case period(IngestChineseParser.Period, year: Int?)
        case year(Int)
        case figure(number: IngestNumber, exponent: Int, kind: FigureUnit, negative: Bool, end: Int)
    }

    enum FigureUnit {
        case amount, percent, points, foreign
        /// "unchanged" / "the same as": a zero whose unit the context decides.
        case zero
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    mutating func parse() -> IngestRawResult {
        var events: [(Int, Int, Event)] = []  // (start, order, event)
        // Boundaries.
        for start in boundaries() {
            events.append((start, 0, .boundary(sentence: s[start] == "." || s[start] == "\n")))
        }
        // Each pattern is one left-to-right scan of anchored matches (IngestEnglishPatterns).
        var patterns = IngestEnglishPatterns(s)
        // Periods.
        for m in patterns.scan({ $0.monthAt($1) }, end: \.end) {
            // "0.2 percentage points higher than at end-April": the month of a comparison, not of the data.
            if isComparedMonth(before: m.start) { continue }
            events.append((m.start, 1, .period(.month(m.month, end: m.monthEnd), year: m.year)))
        }
        for m in patterns.scan({ $0.firstMonthsAt($1) }, end: \.end) {
            events.append((m.start, 2, .period(.ytd(m.months), year: m.year)))
        }
        for m in patterns.scan({ $0.partOfYearAt($1) }, end: \.end) {
            events.append((m.start, 2, .period(.ytd(m.months), year: m.year)))
        }
        for m in patterns.scan({ $0.yearAt($1) }, end: \.end) {
            events.append((m.start, 1, .year(m.year)))
        }
        // Figures.
        // A minus sign before or after the currency ("RMB-198.7 billion", "-RMB198.7 billion", "-0.2 percent").
        for m in patterns.scan({ $0.figureAt($1) }, end: \.end) {
            guard let unit = m.unit else { continue }
            var start = m.start
            let numStart = m.numberStart
            // "same period of 2022" and years are not figures; numbers inside words neither.
            if numStart > 0, s[numStart - 1].properties.isAlphabetic, m.currency == nil { continue }
            // A leading "-" is a minus only when it does not join two words or numbers ("q1-q3", "1-2 percent").
            var negative = m.innerMinus
            if m.leadingMinus {
                if start > 0, s[start - 1].properties.isAlphabetic || ("0"..."9").contains(s[start - 1]) {
                    start += 1
                } else {
                    negative = true
                }
            }
            guard let number = IngestNumber(s[m.numberStart..<m.numberEnd]) else { continue }
            let kind: FigureUnit
            var exponent = 0
            switch unit {
            case .trillion: kind = .amount; exponent = 4
            case .billion: kind = .amount; exponent = 1
            case .million: kind = .amount; exponent = -2
            case .percent: kind = .percent
            case .points: kind = .points
            }
            let isForeign = m.currency == .usd || m.currency == .usDollarSign || m.currency == .dollarSign
                || m.tail == .usDollars || m.tail == .dollars
            if kind == .amount, m.currency == nil, m.tail == nil { continue }
            events.append((m.currency == nil && !negative ? numStart : start, 3,
                           .figure(number: number, exponent: exponent, kind: isForeign ? .foreign : kind, negative: negative, end: m.end)))
        }
        // Zero comparisons: "unchanged" / "the same as" as whole words.
        for p in triggers(["unchanged", "the same as"]) {
            let length = s[p] == "u" ? 9 : 11
            let wordBefore = p > 0 && IngestEnglishParser.isWordScalar(s[p - 1])
            let wordAfter = p + length < s.count && IngestEnglishParser.isWordScalar(s[p + length])
            if wordBefore || wordAfter { continue }
            events.append((p, 3, .figure(number: IngestNumber(mantissa: 0, decimals: 0), exponent: 0, kind: .zero, negative: false,
                                         end: p + length)))
        }
        events.sort { ($0.0, $0.1) < ($1.0, $1.1) }

        var clauseStart = 0
        var leadStart = 0
        var pendingFigures: [(start: Int, number: IngestNumber, exponent: Int, kind: FigureUnit, negative: Bool, end: Int)] = []
        for (position, _, event) in events {
            switch event {
            case .boundary(let sentence):
                flush(&pendingFigures, clauseStart: clauseStart, clauseEnd: position)
                // Sub-items ("of which", ", with") belong to a total of their own sentence.
                if sentence {
                    parent = nil
                    if let saved = savedBeforeOtherYear {
                        year = saved.year
                        period = saved.period
                        savedBeforeOtherYear = nil
                    }
                }
                previousSubject = subject
                subject = .none
                share = false
                lastMeasure = nil
                clauseStart = position + 1
                leadStart = position + 1
            case .period(let p, let y):
                // A period anywhere in a clause ("was RMB1.56 trillion in May 2023") applies to all its figures.
                if let y { noteYear(y) }
                period = p
            case .year(let y):
                noteYear(y)
            case .figure(let number, let exponent, let kind, let negative, let end):
                guard position >= leadStart else { continue }
                pendingFigures.append((position, number, exponent, kind, negative, end))
                leadStart = end
            }
        }
        flush(&pendingFigures, clauseStart: clauseStart, clauseEnd: s.count)
        result.work += patterns.work + s.count
        return result
    }

    /// Attributes the figures of a clause (read once its end, hence every trail, is known).
    private mutating func flush(_ figures: inout [(start: Int, number: IngestNumber, exponent: Int, kind: FigureUnit, negative: Bool, end: Int)],
                                clauseStart: Int, clauseEnd: Int) {
        let isList = lowerText(clauseStart..<clauseEnd).contains("respectively")
        if isList, attributeList(figures, clause: clauseStart..<clauseEnd) {
            figures.removeAll()
            return
        }
        var leadStart = clauseStart
        for (k, f) in figures.enumerated() {
            let trailEnd = k + 1 < figures.count ? figures[k + 1].start : clauseEnd
            let trail = lowerText(f.end..<max(f.end, trailEnd))
            if f.kind == .zero, IngestEnglishParser.zeroReference(trail) == nil { continue }  // not a comparison
            result.figureCount += 1
            let lead = lowerText(leadStart..<f.start)
            let leadFrom = leadStart
            leadStart = f.end
            if isList { unparsed(clauseStart..<clauseEnd, .ambiguousList(chinese: false)); continue }
            if f.kind == .foreign { subject = .unknown("foreign currency"); unparsed(clauseStart..<clauseEnd, .foreignCurrency); continue }
            attribute(f.number, exponent: f.exponent, kind: f.kind, negative: f.negative, start: f.start, end: f.end,
                      lead: lead, trail: trail,
                      leadFrom: leadFrom, clause: clauseStart..<clauseEnd)
        }
        figures.removeAll()
    }

    /// A list of flows closed by "respectively": "household deposits and
    /// deposits of non-banking financial institutions rose by RMB14.26 trillion
    /// and RMB2.59 trillion, respectively"; ", with short-term loans and MLT
    /// loans rising by … and …, respectively" (sub-items of the sentence's
    /// total). Attributed only when the phrases before the verb name exactly
    /// as many known subjects as there are amounts, one flow verb follows
    /// them, the amounts are joined by "," / "and" only and nothing but
    /// "respectively" follows; otherwise `false` and the clause is unparsed.
    private mutating func attributeList(_ figures: [(start: Int, number: IngestNumber, exponent: Int, kind: FigureUnit, negative: Bool, end: Int)],
                                        clause: Range<Int>) -> Bool {
        guard let first = figures.first, let last = figures.last, figures.count >= 2,
              figures.allSatisfy({ $0.kind == .amount && !$0.negative }) else { return false }
        let head = lowerText(clause.lowerBound..<first.start)
        for k in 1..<figures.count {
            let gap = lowerText(figures[k - 1].end..<max(figures[k - 1].end, figures[k].start)).trimming(" ,")
            guard gap.isEmpty || gap == "and" else { return false }
        }
        guard lowerText(last.end..<max(last.end, clause.upperBound)).trimming(" ,") == "respectively" else { return false }
        // The verb right before the first amount.
        let verbs: [(String, Double)] = [("rising by", 1), ("rose by", 1), ("increased by", 1), ("increasing by", 1), ("grew by", 1),
                                         ("growing by", 1), ("climbed by", 1), ("decreased by", -1), ("decreasing by", -1),
                                         ("dropped by", -1), ("dropping by", -1), ("fell by", -1), ("falling by", -1),
                                         ("declined by", -1), ("declining by", -1)]
        let trimmedHead = head.trimming(" ,")
        guard let (verb, sign) = verbs.first(where: { trimmedHead.hasSuffix($0.0) }) else { return false }
        let names = String(trimmedHead.dropLast(verb.count))
        // The subjects named, in order: the longest known phrase at each place.
        let phrases = IngestEnglishParser.subjects.map { ($0.0, $0.1, IngestSubject.Child?.none) }
            + IngestEnglishParser.children.map { ($0.0, IngestSubject?.none, Optional($0.1)) }
        var found: [IngestSubject] = []
        var rest = Substring(names)
        while !rest.isEmpty {
            if let (phrase, subj, child) = phrases.filter({ rest.hasPrefix($0.0) }).max(by: { $0.0.count < $1.0.count }) {
                if let subj {
                    found.append(subj)
                } else if let child, let p = parent, let c = IngestSubject.child(child, of: p) {
                    found.append(c)
                } else {
                    return false
                }
                rest = rest.dropFirst(phrase.count)
            } else {
                rest = rest.dropFirst()
            }
        }
        guard found.count == figures.count else { return false }
        var periodMonth: Int?
        var ytd = false
        switch period {
        case .none: break
        case .month(let m, _): periodMonth = m
        case .ytd(let m): periodMonth = m; ytd = true
        case .unsupported: return false
        }
        var out: [IngestRawFigure] = []
        for (subj, f) in zip(found, figures) {
            guard let id = ytd ? subj.ytd : subj.flow else {
                // The others of the list are still read; this one has no series (household short-term loans YTD …).
                unparsed(clause, .noSeries(ytd ? .yearToDate : .flow, subject: subj.diagnosticName))
                continue
            }
            let spanStart = f.start == first.start ? firstNonSpace(clause.lowerBound, f.start) : f.start
            let v = f.number.scaled(byPowerOfTen: f.exponent) * sign
            out.append(IngestRawFigure(year: year, month: periodMonth, id: id, value: v == 0 ? 0 : v, unit: "亿元",
                                       measure: ytd ? .ytdSum : .increase,
                                       span: IngestSpan(start: spanStart, end: f.end, text: text(spanStart..<f.end)),
                                       resolution: f.number.resolution(byPowerOfTen: f.exponent)))
        }
        result.figureCount += figures.count
        for figure in out { result.append(figure) }
        lastMeasure = out.last?.measure
        return true
    }

    static let subjects: [(String, IngestSubject?)] = [
        ("aggregate financing to the real economy (afre) (flow)", .tsfFlow), ("afre (flow)", .tsfFlow),
        ("outstanding aggregate financing to the real economy", .tsfStock), ("outstanding afre", .tsfStock),
        ("aggregate financing to the real economy", .tsf), ("afre", .tsf),
        ("rmb loans to the real economy", .tsfRMBLoans),
        ("foreign currency-denominated loans to the real economy", .tsfFXLoans),
        ("entrusted loans", .tsfEntrusted), ("trust loans", .tsfTrust),
        ("undiscounted bankers' acceptances", .tsfBills), ("corporate bonds", .tsfCorporateBonds),
        ("government bonds", .tsfGovernmentBonds), ("domestic equity", .tsfEquity),
        ("loan write-offs", .tsfWriteoffs), ("asset-backed securities", .tsfABS),
        ("rmb and foreign currency loans", nil), ("foreign currency loans", nil),
        ("rmb and foreign currency deposits", nil), ("foreign currency deposits", nil),
        ("net money injection", nil), ("interest rate", nil), ("turnover", nil),
        ("rmb loans", .loans), ("rmb deposits", .deposits),
        ("broad money", .m2), ("(m2)", .m2), ("m2 balance", .m2), ("m2 growth rate", .m2), ("narrow money", .m1), ("(m1)", .m1), ("m1 balance", .m1),
        ("m0 balance", .m0),
        ("currency in circulation", .m0), ("(m0)", .m0),
        ("household loans", .household), ("loans to enterprises and public institutions", .corporate),
        ("loans to non-banking financial institutions", .nonbankLoans),
        ("household deposits", .householdDeposits), ("deposits of non-financial enterprises", .corporateDeposits),
        ("fiscal deposits", .fiscalDeposits), ("deposits of non-banking financial institutions", .nonbankDeposits),
    ]

    /// Sub-items of household or corporate loans, named after "of which" /
    /// "with": resolved against the last loan total (``IngestSubject/child(_:of:)``).
    static let children: [(String, IngestSubject.Child)] = [
        ("medium and long-term (mlt) loans", .mediumLongTerm), ("medium- and long-term loans", .mediumLongTerm),
        ("medium and long-term loans", .mediumLongTerm), ("mlt loans", .mediumLongTerm),
        ("short-term loans", .shortTerm), ("bill financing", .bills),
    ]

    /// The subject (or sub-item) named last in `lead` (longest phrase on ties), if any.
    private func subjectIn(_ lead: String)
        -> (found: Bool, subject: IngestSubject?, child: IngestSubject.Child?, name: String)
    {
        let text = Array(lead.unicodeScalars)
        var best: (end: Int, length: Int, subject: IngestSubject?, child: IngestSubject.Child?, name: String)?
        for (phrase, scalars, subj, child) in IngestEnglishParser.phraseTable {
            guard let first = scalars.first else { continue }
            var k = 0
            while k + scalars.count <= text.count {
                guard text[k] == first, text[k..<(k + scalars.count)].elementsEqual(scalars) else {
                    k += 1
                    continue
                }
                let end = k + scalars.count
                // "accounted for 60.8 percent of the total AFRE": the denominator of a share, not a subject.
                let denominator = k >= IngestEnglishParser.totalWord.count
                    && text[(k - IngestEnglishParser.totalWord.count)..<k].elementsEqual(IngestEnglishParser.totalWord)
                if !denominator, best.map({ end > $0.end || (end == $0.end && scalars.count > $0.length) }) ?? true {
                    best = (end, scalars.count, subj, child, phrase)
                }
                k = end
            }
        }
        guard let best else { return (false, nil, nil, "") }
        return (true, best.subject, best.child, best.name)
    }

    /// The subject and sub-item phrases with their scalars.
    static let phraseTable: [(String, [Unicode.Scalar], IngestSubject?, IngestSubject.Child?)] =
        subjects.map { ($0.0, Array($0.0.unicodeScalars), $0.1, nil) }
        + children.map { ($0.0, Array($0.0.unicodeScalars), nil, Optional($0.1)) }
    static let totalWord = Array("total ".unicodeScalars)

    private mutating func attribute(_ number: IngestNumber, exponent: Int, kind: FigureUnit, negative printedMinus: Bool,
                                    start: Int, end: Int,
                                    lead: String, trail: String, leadFrom: Int, clause: Range<Int>) {
        if lead.contains("accounted for") || lead.contains("constituted") || lead.contains("share") {
            share = true
            unparsed(clause, .share(chinese: false))
            return
        }
        let found = subjectIn(lead)
        if !found.found, let noun = IngestEnglishParser.unknownSubjectNoun(lead) {
            // "inclusive loans to small businesses increased by …": a subject, but not a catalog one —
            // never the previous subject, and no sub-items after it.
            subject = .unknown(noun)
            parent = nil
        }
        if let child = found.child {
            guard let p = parent, let c = IngestSubject.child(child, of: p) else {
                subject = .unknown(found.name)
                unparsed(clause, .orphanSubItem(found.name))
                return
            }
            subject = .known(c)
        } else if found.found {
            if let subj = found.subject {
                subject = .known(subj)
                parent = subj
                share = false
            } else {
                subject = .unknown(found.name)
                parent = nil
            }
        } else if case .none = subject, lead.trimming(" ,").hasPrefix("the growth rate") {
            // "The growth rate was 0.4 percentage points lower than …": the growth of the previous sentence's subject.
            subject = previousSubject
        }
        guard case .known(let subj) = subject else {
            if case .unknown(let name) = subject { unparsed(clause, .notACatalogSeries(name)) }
            else { unparsed(clause, .noSubject) }
            return
        }
        let lt = lead.trimming(" ,")
        let tr = trail.trimming(" ,")
        let yearAgoTrail = tr.hasPrefix("year on year") || tr.hasPrefix("y-o-y") || tr.hasPrefix("from the same period")
            || tr.hasPrefix("year-on-year") || tr.hasPrefix("over the same period")
        let prevTrail = tr.hasPrefix("from the previous month") || tr.hasPrefix("month on month") || tr.hasPrefix("from the end of the previous month")
            || tr.hasPrefix("from end of last month") || tr.hasPrefix("from the end of last month")
        let negativeWords = ["down", "fell", "fall", "decreas", "declin", "dropp", "lower"]
        func endsNegative(_ t: String) -> Bool {
            let lastWords = t.split(separator: " ").suffix(3).joined(separator: " ")
            return negativeWords.contains { lastWords.contains($0) }
        }
        var periodMonth: Int?
        var ytd = false
        var monthEnd: Bool?
        switch period {
        case .none: break
        case .month(let m, let e): periodMonth = m; monthEnd = e
        case .ytd(let m): periodMonth = m; ytd = true
        case .unsupported(let p): unparsed(clause, .unsupportedPeriod(p)); return
        }
        var id: String?
        var measure: FigureMeasure?
        var sign = 1.0
        var unitIsAmount = kind == .amount
        switch kind {
        case .foreign:
            return
        case .zero:
            guard !share else { unparsed(clause, .shareChange(chinese: false)); return }
            guard let reference = IngestEnglishParser.zeroReference(tr),
                  let resolved = IngestEnglishParser.zeroMeasure(reference, lead: lt, trail: tr, after: lastMeasure, ytd: ytd)
            else {
                unparsed(clause, .unchangedWithoutReference(chinese: false))
                return
            }
            measure = resolved
            switch resolved {
            case .yoyPct, .ppVsPrev, .ppVsYearAgo: id = subj.yoy
            case .ytdChangeVsYearAgo: id = subj.ytd; unitIsAmount = true
            default: id = subj.flow; unitIsAmount = true
            }
        case .percent:
            guard !share else { unparsed(clause, .share(chinese: false)); return }
            let growthLead = lt.hasSuffix("up") || lt.hasSuffix("down") || lt.hasSuffix("by") || lt.hasSuffix("of")
                || lt.hasSuffix("increasing") || lt.hasSuffix("decreasing") || lt.hasSuffix("declining") || lt.hasSuffix("rising")
                || lt.hasSuffix("an increase of") || lt.hasSuffix("growth of")
            if growthLead && (yearAgoTrail || lt.contains("year-on-year") || lt.contains("year on year")) {
                id = subj.yoy; measure = .yoyPct; sign = endsNegative(lt) ? -1 : 1
            }
        case .points:
            guard !share else { unparsed(clause, .shareChange(chinese: false)); return }
            // "than at end-April" in a May text names the previous month-end.
            let prev = tr.contains("previous month") || tr.contains("last month")
                || periodMonth.map { IngestEnglishParser.namedMonth(tr) == ($0 + 10) % 12 + 1 } == true
            let yearAgo = tr.contains("same period") || tr.hasPrefix("year on year") || tr.hasPrefix("y-o-y") || tr.contains("a year earlier")
                || tr.contains("same time last year") || tr.contains("same time a year ago")
            let neg = endsNegative(lt) || tr.hasPrefix("lower")
            if prev { id = subj.yoy; measure = .ppVsPrev } else if yearAgo { id = subj.yoy; measure = .ppVsYearAgo }
            sign = neg ? -1 : 1
        case .amount:
            if tr.hasPrefix("less than the increase") || tr.hasPrefix("less year on year") || tr.hasPrefix("less y-o-y")
                || tr.hasPrefix("less than the same period") {
                sign = -1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if tr.hasPrefix("more than the increase") || tr.hasPrefix("more year on year") || tr.hasPrefix("more y-o-y")
                        || tr.hasPrefix("more than the same period") {
                sign = 1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if tr.hasPrefix("more than the decrease") {
                sign = -1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if tr.hasPrefix("less than the decrease") {
                sign = 1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if yearAgoTrail, let increase = IngestEnglishParser.changeNoun(lt) {
                // "increased by RMB12.68 trillion, an increase of RMB1.81 trillion year on year": the change, not a second value.
                sign = increase ? 1 : -1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if (lt.hasSuffix("up") || lt.hasSuffix("down")) && yearAgoTrail {
                sign = lt.hasSuffix("down") ? -1 : 1; measure = ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo
            } else if (lt.hasSuffix("up") || lt.hasSuffix("down")) && prevTrail, !ytd {
                sign = lt.hasSuffix("down") ? -1 : 1; measure = .changeVsPrev
            } else if tr.hasPrefix("less") || tr.hasPrefix("more") || lt.hasSuffix("up") || lt.hasSuffix("down") {
                measure = nil
            } else {
                let flowWords = ["increase of", "increased by", "grew by", "rose by", "rising by", "climbed by", "increasing by",
                                 "decrease of", "decreased by", "dropped by", "fell by", "declined by", "new rmb loans", "(flow)",
                                 "net financing", "equity financing"]
                let levelWords = ["outstanding", "stood at", "balance", "reached", "at end-", "money supply"]
                let isFlow = flowWords.contains { lt.contains($0) } || (subj.stock == nil && subj.flow != nil)
                let isLevel = !isFlow && (levelWords.contains { lt.contains($0) } || (subj.flow == nil && subj.stock != nil)
                                          || monthEnd == true)
                // "decreased by RMB…"; "The AFRE (flow) was negative at RMB65.8 billion".
                let negative = ["decrease of", "decreased by", "dropped by", "fell by", "declined by", "net decrease"]
                    .contains { lt.contains($0) } || lt.hasSuffix("negative at")
                if isFlow {
                    sign = negative ? -1 : 1
                    measure = ytd ? .ytdSum : .increase
                } else if isLevel {
                    measure = .level
                }
            }
            switch measure {
            case .level: id = subj.stock
            case .increase, .changeVsYearAgo, .changeVsPrev: id = subj.flow
            case .ytdSum, .ytdChangeVsYearAgo: id = subj.ytd
            default: break
            }
        }
        guard let measure else { unparsed(clause, .noMeasure(chinese: false)); return }
        // "more than the increase in the same period of 2028": a comparison with that year.
        var baseYear: Int?
        switch measure {
        case .changeVsYearAgo, .ytdChangeVsYearAgo, .ppVsYearAgo: baseYear = IngestEnglishParser.comparedYear(tr)
        default: break
        }
        guard let id else { unparsed(clause, .noSeries(.measure(measure), subject: subj.diagnosticName)); return }
        let spanStart = firstNonSpace(leadFrom, start)
        let v = number.scaled(byPowerOfTen: exponent) * sign * (printedMinus ? -1 : 1)
        // A zero: the step the text would have printed (RMB0.1 billion = 1亿元; one decimal of a rate).
        let resolution = kind == .zero ? (unitIsAmount ? 1 : 0.1) : number.resolution(byPowerOfTen: exponent)
        lastMeasure = measure
        result.append(IngestRawFigure(
            year: year, month: periodMonth, id: id, value: v == 0 ? 0 : v, unit: unitIsAmount ? "亿元" : "%",
            measure: measure, span: IngestSpan(start: spanStart, end: end, text: text(spanStart..<end)),
            resolution: resolution, baseYear: baseYear))
    }

    /// Sets the year; a year other than the text's first one is scoped to its sentence.
    private mutating func noteYear(_ y: Int) {
        if let d = documentYear {
            if y != d, savedBeforeOtherYear == nil { savedBeforeOtherYear = (year, period) }
        } else {
            documentYear = y
        }
        year = y
    }

    /// The ends of clauses, as a scan for `\.(\s|$)|\n|;|,\s+(with|while)\s`
    /// would find them (non-overlapping, left to right).
    private func boundaries() -> [Int] {
        var out: [Int] = []
        var i = 0
        let n = s.count
        func isSpace(_ k: Int) -> Bool { k < n && s[k].properties.isWhitespace }
        while i < n {
            switch s[i] {
            case ".":
                if i + 1 == n || isSpace(i + 1) {
                    out.append(i)
                    i += 2
                    continue
                }
            case "\n", ";":
                out.append(i)
                i += 1
                continue
            case ",":
                var k = i + 1
                while isSpace(k) { k += 1 }
                if k > i + 1, let word = ["with", "while"].first(where: { hasWord($0, at: k) && isSpace(k + $0.unicodeScalars.count) }) {
                    out.append(i)
                    i = k + word.unicodeScalars.count + 1
                    continue
                }
            default: break
            }
            i += 1
        }
        return out
    }

    private func hasWord(_ word: String, at k: Int) -> Bool {
        var j = k
        for c in word.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// Every offset where one of `words` (lower case) begins, ascending.
    private func triggers(_ words: [String]) -> [Int] {
        let firsts = words.compactMap { $0.unicodeScalars.first }
        var out: [Int] = []
        for k in s.indices where firsts.contains(s[k]) && words.contains(where: { hasWord($0, at: k) }) { out.append(k) }
        return out
    }

    /// A scalar that `\b` counts as part of a word.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" }

    /// Whether the month name at `start` is the object of a comparison
    /// ("than at end-April", "from the end of April", "that at end-April").
    private func isComparedMonth(before start: Int) -> Bool {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[max(0, start - 32)..<start])
        let words = String(view).split(separator: " ").suffix(4).map(String.init)
        return words.contains { ["than", "from", "compared", "versus", "over", "since"].contains($0) }
            || words.joined(separator: " ").contains("that at") || words.joined(separator: " ").contains("that of")
    }

    /// The month named in the first words of a comparison ("than at end-April" → 4), if any:
    /// `(end-|end of )(january|…|december)` in the first 40 scalars.
    static func namedMonth(_ trail: String) -> Int? {
        var p = IngestEnglishPatterns(Array(trail.unicodeScalars.prefix(40)))
        for i in p.s.indices {
            if let m = p.monthAt(i), m.monthEnd { return m.month }
        }
        return nil
    }

    /// Nouns that name a subject; a lead with one but no known phrase names an unknown subject.
    static let subjectNouns: Set<String> = ["loans", "loan", "deposits", "deposit", "bonds", "financing", "securities", "money"]

    /// The noun of an unknown subject in `lead`, if any.
    static func unknownSubjectNoun(_ lead: String) -> String? {
        let words = lead.split { !$0.isLetter && $0 != "-" }.map(String.init)
        guard let k = words.firstIndex(where: { subjectNouns.contains($0) }) else { return nil }
        return words[max(0, k - 3)...k].joined(separator: " ")
    }

    /// `true` for a lead ending in "an increase of" (the trail says compared with what), `false` for "a decrease of".
    static func changeNoun(_ lead: String) -> Bool? {
        if lead.hasSuffix("increase of") || lead.hasSuffix("an increase") { return true }
        if lead.hasSuffix("decrease of") || lead.hasSuffix("a decrease") { return false }
        return nil
    }

    /// The year a year-earlier comparison names ("the same period of 2028", "more than in 2028"), if any,
    /// in the first 80 scalars of `trail`.
    static func comparedYear(_ trail: String) -> Int? {
        var p = IngestEnglishPatterns(Array(trail.unicodeScalars.prefix(80)))
        for i in p.s.indices {
            if let y = p.samePeriodYearAt(i) { return y }
        }
        return p.moreOrLessThanYearAt(0)
    }

    enum ZeroReference { case previous, yearAgo }

    /// The comparison after "unchanged" / "the same as": the previous month
    /// ("from the previous month", "that at the end of the previous month") or a
    /// year earlier ("year on year", "the increase in the same period of 2022",
    /// "that at the same time last year"); `nil` when there is none.
    static func zeroReference(_ trail: String) -> ZeroReference? {
        let t = trail.trimming(" ,")
        let words = t.split(separator: " ").prefix(12).joined(separator: " ")
        if t.hasPrefix("year on year") || t.hasPrefix("year-on-year") || t.hasPrefix("y-o-y") { return .yearAgo }
        let previous = words.range(of: "previous month")?.lowerBound ?? words.range(of: "last month")?.lowerBound
        let yearAgo = ["same period", "same time last year", "same time a year ago", "a year earlier", "same month last year"]
            .compactMap { words.range(of: $0)?.lowerBound }.min()
        switch (previous, yearAgo) {
        case (let p?, let y?): return p < y ? .previous : .yearAgo
        case (.some, nil): return .previous
        case (nil, .some): return .yearAgo
        case (nil, nil): return nil
        }
    }

    /// What a zero comparison states: a change in percentage points when the
    /// words name the growth rate ("that at …", "The growth rate was …") or a
    /// growth rate came before it; a change of the flow when they name it
    /// ("the increase/decrease in …") or a flow came before it; after a level,
    /// "year on year" is a growth rate of 0%; otherwise `nil`.
    static func zeroMeasure(_ reference: ZeroReference, lead: String, trail: String, after last: FigureMeasure?,
                            ytd: Bool) -> FigureMeasure? {
        let pp: FigureMeasure = reference == .previous ? .ppVsPrev : .ppVsYearAgo
        let flowChange: FigureMeasure? = reference == .previous ? (ytd ? nil : .changeVsPrev)
            : (ytd ? .ytdChangeVsYearAgo : .changeVsYearAgo)
        if trail.hasPrefix("that at") || trail.hasPrefix("that of") || lead.contains("growth rate") { return pp }
        if trail.hasPrefix("the increase") || trail.hasPrefix("the decrease") { return flowChange }
        switch last {
        case .yoyPct, .ppVsPrev, .ppVsYearAgo: return pp
        case .increase, .changeVsPrev, .changeVsYearAgo, .ytdSum, .ytdChangeVsYearAgo: return flowChange
        case .level:
            let t = trail
            return reference == .yearAgo && (t.hasPrefix("year on year") || t.hasPrefix("year-on-year") || t.hasPrefix("y-o-y"))
                ? .yoyPct : nil
        case nil: return nil
        }
    }

    private func firstNonSpace(_ from: Int, _ to: Int) -> Int {
        var k = from
        while k < to, s[k] == " " || s[k] == "," || s[k] == "\n" { k += 1 }
        return k
    }

    private mutating func unparsed(_ clause: Range<Int>, _ reason: IngestUnparsedReason) {
        let start = firstNonSpace(clause.lowerBound, clause.upperBound)
        // One report per clause, checked before the text is copied (a huge clause costs once).
        if let last = result.unparsed.last, last.span.start == start, last.span.end == clause.upperBound { return }
        result.unparsed.append((IngestSpan(start: start, end: clause.upperBound, text: text(start..<clause.upperBound)), reason))
    }

    private mutating func text(_ r: Range<Int>) -> String {
        result.work += r.count
        return input.originalText(r)
    }

    private mutating func lowerText(_ r: Range<Int>) -> String {
        result.work += r.count
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[r])
        return String(out)
    }
}
