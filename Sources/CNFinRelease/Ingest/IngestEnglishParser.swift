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
/// amounts, shares "accounted for") make figures unparsed.
struct IngestEnglishParser {
    let original: [Unicode.Scalar]
    /// Lower-cased ASCII copy, one scalar per original scalar.
    let s: [Unicode.Scalar]
    let lower: String

    init(text: String) {
        original = Array(text.unicodeScalars)
        s = original.map { c in
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        lower = String(view)
    }

    private var year: Int?
    private var period: IngestChineseParser.Period = .none
    private var subject: IngestChineseParser.SubjectState = .none
    private var share = false
    private var result = IngestRawResult()

    enum Event {
        case boundary
        case period(IngestChineseParser.Period, year: Int?)
        case year(Int)
        case figure(number: IngestNumber, exponent: Int, kind: FigureUnit, end: Int)
    }

    enum FigureUnit { case amount, percent, points, foreign }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
    static let ordinals = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                           "ten": 10, "eleven": 11]

    mutating func parse() -> IngestRawResult {
        var events: [(Int, Int, Event)] = []  // (start, order, event)
        func offset(_ i: String.Index) -> Int { lower.unicodeScalars.distance(from: lower.startIndex, to: i) }
        // Boundaries.
        for m in lower.matches(of: #/\.(\s|$)|\n|;|,\s+(with|while)\s/#) {
            events.append((offset(m.range.lowerBound), 0, .boundary))
        }
        // Periods.
        let month = #/(end-|end of |in |\()?(january|february|march|april|may|june|july|august|september|october|november|december)(,? (\d{4}))?/#
        for m in lower.matches(of: month) {
            guard let n = IngestEnglishParser.monthNames.firstIndex(of: String(m.output.2)) else { continue }
            let y = m.output.4.flatMap { Int($0) }
            let end = m.output.1.map { $0.hasPrefix("end") } ?? false
            events.append((offset(m.range.lowerBound), 1, .period(.month(n + 1, end: end), year: y)))
        }
        for m in lower.matches(of: #/first (two|three|four|five|six|seven|eight|nine|ten|eleven) months( of (\d{4}))?/#) {
            let n = IngestEnglishParser.ordinals[String(m.output.1)] ?? 0
            events.append((offset(m.range.lowerBound), 2, .period(.ytd(n), year: m.output.3.flatMap { Int($0) })))
        }
        for m in lower.matches(of: #/(first quarter|first half|first three quarters|q1-q3|q1|h1|full year)( of (\d{4}))?/#) {
            let p: IngestChineseParser.Period
            switch m.output.1 {
            case "first quarter", "q1": p = .ytd(3)
            case "first half", "h1": p = .ytd(6)
            case "first three quarters", "q1-q3": p = .ytd(9)
            default: p = .ytd(12)
            }
            events.append((offset(m.range.lowerBound), 2, .period(p, year: m.output.3.flatMap { Int($0) })))
        }
        for m in lower.matches(of: #/\((\d{4})\)|(q1-q3|q1|h1) (\d{4})/#) {
            if let y = m.output.1.flatMap({ Int($0) }) ?? m.output.3.flatMap({ Int($0) }) {
                events.append((offset(m.range.lowerBound), 1, .year(y)))
            }
        }
        // Figures.
        let figure = #/(rmb|usd|us\$|\$)?\s?(\d[\d,]*(\.\d+)?)\s?(trillion|billion|million|percentage points?|percent|per cent|%)?(\s(yuan|us dollars|dollars))?/#
        for m in lower.matches(of: figure) {
            let unitWord = m.output.4.map(String.init)
            let currency = m.output.1.map(String.init)
            let tailWord = m.output.6.map(String.init)
            guard let unitWord else { continue }
            let start = offset(m.range.lowerBound)
            let numStart = offset(m.output.2.startIndex)
            // "same period of 2022" and years are not figures; numbers inside words neither.
            if numStart > 0, s[numStart - 1].properties.isAlphabetic, currency == nil { continue }
            guard let number = IngestNumber(m.output.2.unicodeScalars) else { continue }
            let end = offset(m.range.upperBound)
            let kind: FigureUnit
            var exponent = 0
            switch unitWord {
            case "trillion": kind = .amount; exponent = 4
            case "billion": kind = .amount; exponent = 1
            case "million": kind = .amount; exponent = -2
            case "percent", "per cent", "%": kind = .percent
            default: kind = .points
            }
            let isForeign = currency == "usd" || currency == "us$" || currency == "$" || tailWord == "us dollars" || tailWord == "dollars"
            if kind == .amount, currency == nil, tailWord == nil { continue }
            events.append((currency == nil ? numStart : start, 3,
                           .figure(number: number, exponent: exponent, kind: isForeign ? .foreign : kind, end: end)))
        }
        events.sort { ($0.0, $0.1) < ($1.0, $1.1) }

        var clauseStart = 0
        var leadStart = 0
        var pendingFigures: [(start: Int, number: IngestNumber, exponent: Int, kind: FigureUnit, end: Int)] = []
        for (position, _, event) in events {
            switch event {
            case .boundary:
                flush(&pendingFigures, clauseStart: clauseStart, clauseEnd: position)
                subject = .none
                share = false
                clauseStart = position + 1
                leadStart = position + 1
            case .period(let p, let y):
                // A period anywhere in a clause ("was RMB1.56 trillion in May 2023") applies to all its figures.
                if let y { year = y }
                period = p
            case .year(let y):
                year = y
            case .figure(let number, let exponent, let kind, let end):
                guard position >= leadStart else { continue }
                pendingFigures.append((position, number, exponent, kind, end))
                leadStart = end
            }
        }
        flush(&pendingFigures, clauseStart: clauseStart, clauseEnd: s.count)
        return result
    }

    /// Attributes the figures of a clause (read once its end, hence every trail, is known).
    private mutating func flush(_ figures: inout [(start: Int, number: IngestNumber, exponent: Int, kind: FigureUnit, end: Int)],
                                clauseStart: Int, clauseEnd: Int) {
        let isList = lowerText(clauseStart..<clauseEnd).contains("respectively")
        var leadStart = clauseStart
        for (k, f) in figures.enumerated() {
            result.figureCount += 1
            let trailEnd = k + 1 < figures.count ? figures[k + 1].start : clauseEnd
            let lead = lowerText(leadStart..<f.start)
            let trail = lowerText(f.end..<max(f.end, trailEnd))
            let leadFrom = leadStart
            leadStart = f.end
            if isList { unparsed(clauseStart..<clauseEnd, "a list closed by \"respectively\""); continue }
            if f.kind == .foreign { subject = .unknown("foreign currency"); unparsed(clauseStart..<clauseEnd, "an amount in a foreign currency"); continue }
            attribute(f.number, exponent: f.exponent, kind: f.kind, start: f.start, end: f.end, lead: lead, trail: trail,
                      leadFrom: leadFrom, clause: clauseStart..<clauseEnd)
        }
        figures.removeAll()
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
        ("broad money", .m2), ("(m2)", .m2), ("narrow money", .m1), ("(m1)", .m1),
        ("currency in circulation", .m0), ("(m0)", .m0),
        ("household loans", .household), ("loans to enterprises and public institutions", .corporate),
        ("loans to non-banking financial institutions", .nonbankLoans),
        ("household deposits", .householdDeposits), ("deposits of non-financial enterprises", .corporateDeposits),
        ("fiscal deposits", .fiscalDeposits), ("deposits of non-banking financial institutions", .nonbankDeposits),
    ]

    /// The subject named last in `lead` (longest phrase on ties), if any.
    private func subjectIn(_ lead: String) -> (found: Bool, subject: IngestSubject?, name: String) {
        var best: (end: String.Index, length: Int, subject: IngestSubject?, name: String)?
        for (phrase, subj) in IngestEnglishParser.subjects {
            var searchStart = lead.startIndex
            while let r = lead.range(of: phrase, range: searchStart..<lead.endIndex) {
                if let b = best, r.upperBound < b.end || (r.upperBound == b.end && phrase.count <= b.length) {
                    // keep the later / longer phrase
                } else {
                    best = (r.upperBound, phrase.count, subj, phrase)
                }
                searchStart = r.upperBound
            }
        }
        guard let best else { return (false, nil, "") }
        return (true, best.subject, best.name)
    }

    private mutating func attribute(_ number: IngestNumber, exponent: Int, kind: FigureUnit, start: Int, end: Int,
                                    lead: String, trail: String, leadFrom: Int, clause: Range<Int>) {
        if lead.contains("accounted for") || lead.contains("constituted") || lead.contains("share") {
            share = true
            unparsed(clause, "a share of a total has no series")
            return
        }
        let found = subjectIn(lead)
        if found.found {
            if let subj = found.subject { subject = .known(subj); share = false } else { subject = .unknown(found.name) }
        }
        guard case .known(let subj) = subject else {
            if case .unknown(let name) = subject { unparsed(clause, "the subject \"\(name)\" is not a catalog series") }
            else { unparsed(clause, "no subject (which series?) for this figure") }
            return
        }
        let lt = lead.trimmingCharacters(in: " ,")
        let tr = trail.trimmingCharacters(in: " ,")
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
        case .unsupported(let p): unparsed(clause, "the period \"\(p)\" is not supported"); return
        }
        var id: String?
        var measure: IngestMeasure?
        var sign = 1.0
        switch kind {
        case .foreign:
            return
        case .percent:
            guard !share else { unparsed(clause, "a share of a total has no series"); return }
            let growthLead = lt.hasSuffix("up") || lt.hasSuffix("down") || lt.hasSuffix("by") || lt.hasSuffix("of")
                || lt.hasSuffix("increasing") || lt.hasSuffix("decreasing") || lt.hasSuffix("declining") || lt.hasSuffix("rising")
                || lt.hasSuffix("an increase of") || lt.hasSuffix("growth of")
            if growthLead && (yearAgoTrail || lt.contains("year-on-year") || lt.contains("year on year")) {
                id = subj.yoy; measure = .yoyPct; sign = endsNegative(lt) ? -1 : 1
            }
        case .points:
            guard !share else { unparsed(clause, "a change of a share has no series"); return }
            let prev = tr.contains("previous month") || tr.contains("last month")
            let yearAgo = tr.contains("same period") || tr.hasPrefix("year on year") || tr.hasPrefix("y-o-y") || tr.contains("a year earlier")
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
                let negative = ["decrease of", "decreased by", "dropped by", "fell by", "declined by", "net decrease"]
                    .contains { lt.contains($0) }
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
        guard let measure else { unparsed(clause, "no measure (increase, outstanding, year on year …) for this figure"); return }
        guard let id else { unparsed(clause, "no \(measure.rawValue) series for \(subj.name) in the catalog"); return }
        let spanStart = firstNonSpace(leadFrom, start)
        let v = number.scaled(byPowerOfTen: exponent) * sign
        result.figures.append(IngestRawFigure(
            year: year, month: periodMonth, id: id, value: v == 0 ? 0 : v, unit: kind == .amount ? "亿元" : "%",
            measure: measure, span: IngestSpan(start: spanStart, end: end, text: text(spanStart..<end)),
            resolution: number.resolution(byPowerOfTen: exponent)))
    }

    private func firstNonSpace(_ from: Int, _ to: Int) -> Int {
        var k = from
        while k < to, s[k] == " " || s[k] == "," || s[k] == "\n" { k += 1 }
        return k
    }

    private mutating func unparsed(_ clause: Range<Int>, _ reason: String) {
        let start = firstNonSpace(clause.lowerBound, clause.upperBound)
        let span = IngestSpan(start: start, end: clause.upperBound, text: text(start..<clause.upperBound))
        if let last = result.unparsed.last, last.span == span { return }
        result.unparsed.append((span, reason))
    }

    private func text(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: original[r])
        return String(out)
    }

    private func lowerText(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[r])
        return String(out)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var sub = Substring(self)
        while let f = sub.first, set.contains(f) { sub.removeFirst() }
        while let l = sub.last, set.contains(l) { sub.removeLast() }
        return String(sub)
    }
}
