import CNFinSeries
import CNFinSupport

/// The release paragraph written from ``ReleaseFigures``, in the PBoC's
/// wording and rounding (``ReleaseRounding``).
///
/// Sentences, in order: new RMB loans and the comparison with the same month
/// a year earlier; the loan balance, its growth and the change of the growth
/// versus the previous month-end and a year earlier; household and corporate
/// loans with their medium/long-term parts; M2 and M1 like the loan balance;
/// new RMB deposits and household deposits; the TSF stock and its growth; the
/// TSF increment versus the previous month and a year earlier.
///
/// A sentence (or clause) whose figure is not in the input is left out and
/// its id is listed in ``missing`` (`id` for a missing value,
/// `id.measure` for a missing comparison); no number is ever made up.
public struct ReleaseParagraph: Sendable, Hashable {
    /// The paragraph.
    public let text: String
    /// Figures the paragraph would state but the input does not hold.
    public let missing: [String]

    /// Writes the paragraph for `figures` in `language`.
    public init(_ figures: ReleaseFigures, language: DisplayLanguage) {
        var writer = Writer(figures: figures, language: language)
        writer.write()
        text = writer.sentences.joined(separator: language == .zh ? "" : " ")
        var seen = Set<String>()
        missing = writer.missing.filter { seen.insert($0).inserted }
    }
}

extension ReleaseParagraph {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    /// `May` for 5 (months outside 1…12 are clamped).
    public static func englishMonthName(_ month: Int) -> String {
        englishMonths[max(0, min(11, month - 1))]
    }
}

/// The sentence builder behind ``ReleaseParagraph``.
private struct Writer {
    let figures: ReleaseFigures
    let language: DisplayLanguage
    var sentences: [String] = []
    var missing: [String] = []

    init(figures: ReleaseFigures, language: DisplayLanguage) {
        self.figures = figures
        self.language = language
    }

    typealias ID = ReleaseFigureID

    // MARK: Look-ups that record what is missing

    mutating func value(_ id: String) -> ReleaseDecimal? {
        measure(id, .value)
    }

    mutating func measure(_ id: String, _ m: ReleaseMeasure) -> ReleaseDecimal? {
        if let x = figures[id]?[m], let d = ReleaseDecimal(x) { return d }
        missing.append(m == .value ? id : "\(id).\(m.rawValue)")
        return nil
    }

    // MARK: Month words

    var zhMonth: String { "\(figures.month)月" }
    var enMonth: String { ReleaseParagraph.englishMonthName(figures.month) }
    var enMonthYear: String { "\(enMonth) \(figures.year)" }
    var enYearAgo: String { "\(figures.year - 1)" }

    // MARK: Sentences

    mutating func write() {
        loans()
        loanBalance()
        sectorLoans()
        money()
        deposits()
        tsf()
    }

    mutating func loans() {
        guard let v = value(ID.loansIncrease) else { return }
        let change = measure(ID.loansIncrease, .changeVsYearAgo)
        switch language {
        case .zh:
            var s = "\(zhMonth)份，人民币贷款\(zhFlow(v))"
            if let change { s += "，" + zhYearOnYearFlowChange(value: v, change: change) }
            sentences.append(s + "。")
        case .en:
            var s = "In \(enMonthYear), RMB loans \(enFlow(v))"
            if let change { s += ", " + enYearOnYearFlowChange(value: v, change: change) }
            sentences.append(s + ".")
        }
    }

    mutating func loanBalance() {
        guard let s = stockSentence(id: ID.loansBalance, zhName: "人民币贷款余额", enName: "outstanding RMB loans") else { return }
        switch language {
        case .zh: sentences.append("\(zhMonth)末，" + s)
        case .en: sentences.append("At end-\(enMonthYear), " + s)
        }
    }

    mutating func sectorLoans() {
        var parts: [String] = []
        var mltIntroduced = false
        let sectors = [
            (ID.householdLoansIncrease, ID.householdMLTLoansIncrease, "住户贷款", "household loans"),
            (ID.corporateLoansIncrease, ID.corporateMLTLoansIncrease, "企（事）业单位贷款", "loans to enterprises and public institutions"),
        ]
        for (total, mlt, zhName, enName) in sectors {
            guard let v = value(total) else {
                if figures[mlt]?.value == nil { missing.append(mlt) }
                continue
            }
            let part = value(mlt)
            switch language {
            case .zh:
                var s = zhName + zhFlow(v)
                if let part { s += "，其中中长期贷款" + zhFlow(part) }
                parts.append(s)
            case .en:
                var s = enName + " " + enFlow(v)
                if let part {
                    let name = mltIntroduced ? "MLT loans" : "medium and long-term (MLT) loans"
                    mltIntroduced = true
                    s += ", of which \(name) " + enFlow(part)
                }
                parts.append(s)
            }
        }
        guard !parts.isEmpty else { return }
        switch language {
        case .zh: sentences.append("\(zhMonth)份，" + parts.joined(separator: "；") + "。")
        case .en: sentences.append("In \(enMonthYear), " + parts.joined(separator: "; ") + ".")
        }
    }

    mutating func money() {
        var parts: [String] = []
        if let s = stockSentence(id: ID.m2, zhName: "广义货币（M2）余额", enName: "broad money (M2)") { parts.append(s) }
        let m1Name = parts.isEmpty ? "narrow money (M1)" : "Narrow money (M1)"
        if let s = stockSentence(id: ID.m1, zhName: "狭义货币（M1）余额", enName: m1Name) { parts.append(s) }
        guard !parts.isEmpty else { return }
        switch language {
        case .zh: sentences.append("\(zhMonth)末，" + parts.joined())
        case .en: sentences.append("At end-\(enMonthYear), " + parts.joined(separator: " "))
        }
    }

    mutating func deposits() {
        var s = ""
        if let v = value(ID.depositsIncrease) {
            let change = measure(ID.depositsIncrease, .changeVsYearAgo)
            switch language {
            case .zh:
                s = "\(zhMonth)份，人民币存款\(zhFlow(v))"
                if let change { s += "，" + zhYearOnYearFlowChange(value: v, change: change) }
                s += "。"
            case .en:
                s = "In \(enMonthYear), RMB deposits \(enFlow(v))"
                if let change { s += ", " + enYearOnYearFlowChange(value: v, change: change) }
                s += "."
            }
        }
        if let h = value(ID.householdDepositsIncrease) {
            switch language {
            case .zh: s += s.isEmpty ? "\(zhMonth)份，住户存款\(zhFlow(h))。" : "其中，住户存款\(zhFlow(h))。"
            case .en: s += s.isEmpty ? "In \(enMonthYear), household deposits \(enFlow(h))."
                                     : " Specifically, household deposits \(enFlow(h))."
            }
        }
        if !s.isEmpty { sentences.append(s) }
    }

    mutating func tsf() {
        var parts: [String] = []
        var afreIntroduced = false
        if let stock = value(ID.tsfStock) {
            let growth = measure(ID.tsfStock, .yoyPct)
            switch language {
            case .zh:
                var s = "\(zhMonth)末，社会融资规模存量为" + ReleaseRounding.chineseAmount(ReleaseRounding.amount(stock))
                if let growth { s += "，" + zhGrowth(growth) }
                parts.append(s)
            case .en:
                var s = "At end-\(enMonthYear), outstanding aggregate financing to the real economy (AFRE) stood at "
                    + ReleaseRounding.englishAmount(ReleaseRounding.amount(stock))
                if let growth { s += ", " + enGrowth(growth, verbs: ("increasing", "decreasing")) }
                parts.append(s + ".")
                afreIntroduced = true
            }
        }
        if let flow = value(ID.tsfIncrease) {
            let prev = measure(ID.tsfIncrease, .changeVsPrev)
            let yearAgo = measure(ID.tsfIncrease, .changeVsYearAgo)
            switch language {
            case .zh:
                let amount = ReleaseRounding.chineseAmount(ReleaseRounding.amount(flow))
                var s = "\(zhMonth)份社会融资规模" + (flow.isNegative ? "减少" : "增量为") + amount
                if let prev { s += "，" + zhMoreLess(prev, than: "上月") }
                if let yearAgo { s += "，" + zhMoreLess(yearAgo, than: "上年同期") }
                parts.append(s)
            case .en:
                let name = afreIntroduced ? "The AFRE (flow)" : "The aggregate financing to the real economy (AFRE) (flow)"
                var s = "\(name) was " + (flow.isNegative ? "negative at " : "")
                    + ReleaseRounding.englishAmount(ReleaseRounding.amount(flow)) + " in \(enMonthYear)"
                var comparisons: [String] = []
                if let prev { comparisons.append(enUpDown(prev, from: "the previous month")) }
                if let yearAgo { comparisons.append(enUpDown(yearAgo, from: "the same period of \(enYearAgo)")) }
                if !comparisons.isEmpty { s += ", " + comparisons.joined(separator: " and ") }
                parts.append(s + ".")
            }
        }
        guard !parts.isEmpty else { return }
        switch language {
        case .zh: sentences.append(parts.joined(separator: "；") + "。")
        case .en: sentences.append(parts.joined(separator: " "))
        }
    }

    /// "人民币贷款余额227.53万亿元，同比增长11.4%，增速比上月末低0.4个百分点，比上年同期高0.3个百分点。"
    /// (without the leading month), or `nil` when the level is missing.
    mutating func stockSentence(id: String, zhName: String, enName: String) -> String? {
        guard let level = value(id) else { return nil }
        let growth = measure(id, .yoyPct)
        let prev = growth == nil ? nil : measure(id, .ppVsPrev)
        let yearAgo = growth == nil ? nil : measure(id, .ppVsYearAgo)
        let amount = ReleaseRounding.amount(level)
        switch language {
        case .zh:
            var s = zhName + ReleaseRounding.chineseAmount(amount)
            if let growth { s += "，" + zhGrowth(growth) }
            var pp: [String] = []
            if let prev { pp.append(zhPoints(prev, than: "上月末")) }
            if let yearAgo { pp.append(zhPoints(yearAgo, than: "上年同期")) }
            if !pp.isEmpty { s += "，增速" + pp.joined(separator: "，") }
            return s + "。"
        case .en:
            var s = enName + " stood at " + ReleaseRounding.englishAmount(amount)
            if let growth { s += ", " + enGrowth(growth, verbs: ("up", "down")) }
            s += "."
            var pp: [String] = []
            if let prev { pp.append(enPoints(prev, than: "that at the end of the previous month")) }
            if let yearAgo { pp.append(enPoints(yearAgo, than: "that at the same time last year")) }
            if !pp.isEmpty { s += " The growth rate was " + pp.joined(separator: " and ") + "." }
            return s
        }
    }

    // MARK: Chinese phrases

    /// "增加1.36万亿元" / "减少5418亿元".
    func zhFlow(_ v: ReleaseDecimal) -> String {
        let a = ReleaseRounding.amount(v)
        return (a.isNegative ? "减少" : "增加") + ReleaseRounding.chineseAmount(a)
    }

    /// "同比少增5418亿元"; for a decrease "同比多减…/同比少减…"; "与上年同期持平" when it rounds to zero.
    func zhYearOnYearFlowChange(value: ReleaseDecimal, change: ReleaseDecimal) -> String {
        let a = ReleaseRounding.amount(change)
        if a.isZero { return "与上年同期持平" }
        let word: String
        if ReleaseRounding.amount(value).isNegative {
            word = a.isNegative ? "同比多减" : "同比少减"
        } else {
            word = a.isNegative ? "同比少增" : "同比多增"
        }
        return word + ReleaseRounding.chineseAmount(a)
    }

    /// "比上月多3312亿元" / "比上年同期少1.31万亿元" / "与上月持平".
    func zhMoreLess(_ change: ReleaseDecimal, than reference: String) -> String {
        let a = ReleaseRounding.amount(change)
        if a.isZero { return "与\(reference)持平" }
        return "比\(reference)" + (a.isNegative ? "少" : "多") + ReleaseRounding.chineseAmount(a)
    }

    /// "同比增长11.4%" / "同比下降1.4%" / "同比持平".
    func zhGrowth(_ g: ReleaseDecimal) -> String {
        let r = ReleaseRounding.rate(g)
        if r.isZero { return "同比持平" }
        return (r.isNegative ? "同比下降" : "同比增长") + ReleaseRounding.rateText(g) + "%"
    }

    /// "比上月末低0.4个百分点" / "与上月末持平".
    func zhPoints(_ pp: ReleaseDecimal, than reference: String) -> String {
        let r = ReleaseRounding.rate(pp)
        if r.isZero { return "与\(reference)持平" }
        return "比\(reference)" + (r.isNegative ? "低" : "高") + ReleaseRounding.rateText(pp) + "个百分点"
    }

    // MARK: English phrases

    /// "increased by RMB1.36 trillion" / "decreased by RMB541.8 billion".
    func enFlow(_ v: ReleaseDecimal) -> String {
        let a = ReleaseRounding.amount(v)
        return (a.isNegative ? "decreased by " : "increased by ") + ReleaseRounding.englishAmount(a)
    }

    /// "RMB541.8 billion less than the increase in the same period of 2022".
    func enYearOnYearFlowChange(value: ReleaseDecimal, change: ReleaseDecimal) -> String {
        let a = ReleaseRounding.amount(change)
        let base = ReleaseRounding.amount(value).isNegative ? "the decrease" : "the increase"
        if a.isZero { return "the same as \(base) in the same period of \(enYearAgo)" }
        let moreLess: String
        if ReleaseRounding.amount(value).isNegative {
            moreLess = a.isNegative ? "more" : "less"
        } else {
            moreLess = a.isNegative ? "less" : "more"
        }
        return ReleaseRounding.englishAmount(a) + " \(moreLess) than \(base) in the same period of \(enYearAgo)"
    }

    /// "up RMB331.2 billion from the previous month" / "unchanged from the previous month".
    func enUpDown(_ change: ReleaseDecimal, from reference: String) -> String {
        let a = ReleaseRounding.amount(change)
        if a.isZero { return "unchanged from \(reference)" }
        return (a.isNegative ? "down " : "up ") + ReleaseRounding.englishAmount(a) + " from \(reference)"
    }

    /// "up 11.4 percent year on year" / "down 1.4 percent year on year" / "unchanged year on year".
    func enGrowth(_ g: ReleaseDecimal, verbs: (up: String, down: String)) -> String {
        let r = ReleaseRounding.rate(g)
        if r.isZero { return "unchanged year on year" }
        return (r.isNegative ? verbs.down : verbs.up) + " " + ReleaseRounding.rateText(g) + " percent year on year"
    }

    /// "0.4 percentage points lower than that at the end of the previous month" / "the same as …".
    func enPoints(_ pp: ReleaseDecimal, than reference: String) -> String {
        let r = ReleaseRounding.rate(pp)
        if r.isZero { return "the same as \(reference)" }
        return ReleaseRounding.rateText(pp) + " percentage points " + (r.isNegative ? "lower" : "higher") + " than \(reference)"
    }
}
