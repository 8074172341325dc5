/// Reads the figures of a Chinese release text (金融统计数据报告,
/// 社会融资规模统计数据报告, news reports of them).
///
/// The text is split into sentences (。！？ and line breaks) and clauses
/// (，；：). Each figure (a number with 万亿元 / 亿元 / % / 个百分点) is read
/// with the words between it and the previous figure of its clause (its
/// *lead*): the lead must end in a measure phrase (余额, 增加, 减少, 同比增长,
/// 同比多增, 比上月多, 增速比上月末低, 比上年同期高 …) and every other word of
/// the lead must be a known subject (人民币贷款, 住户贷款, 其中 中长期贷款,
/// M2 …), a period (5月末, 5月份, 前4个月, 一季度, 上半年, 1-2月, 全年 …) or a
/// connective (我国, 其中, 另外 …). A subject carries over to the following
/// clauses of its sentence; a period carries over until the next one. A lead
/// with unknown words makes the figure (and the rest of its sentence, until a
/// known subject) unparsed.
struct IngestChineseParser {
    let s: [Unicode.Scalar]
    let original: [Unicode.Scalar]

    init(text: String) {
        original = Array(text.unicodeScalars)
        s = IngestTextNormalizer.normalize(text)
    }

    // MARK: - State

    enum Period: Equatable {
        case none
        case month(Int, end: Bool)
        case ytd(Int)
        case unsupported(String)
    }

    enum SubjectState {
        case none
        case known(IngestSubject)
        case unknown(String)
    }

    private var year: Int?
    private var period: Period = .none
    private var datelineMonth: Int?
    private var subject: SubjectState = .none
    private var parent: IngestSubject?
    private var lastRateWasShare = false
    private var consumed: [Bool] = []
    private var result = IngestRawResult()

    // MARK: - Driver

    mutating func parse() -> IngestRawResult {
        consumed = Array(repeating: false, count: s.count)
        var sentenceStart = 0
        var i = 0
        while i <= s.count {
            if i == s.count || IngestChineseParser.sentenceEnds.contains(s[i]) {
                parseSentence(sentenceStart..<i)
                sentenceStart = i + 1
            }
            i += 1
        }
        return result
    }

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "\n", "\r"]
    static let clauseEnds: Set<Unicode.Scalar> = ["，", "；", "："]

    private mutating func parseSentence(_ range: Range<Int>) {
        subject = .none
        parent = nil
        lastRateWasShare = false
        var clauseStart = range.lowerBound
        for i in range.lowerBound...range.upperBound {
            if i == range.upperBound || IngestChineseParser.clauseEnds.contains(s[i]) {
                parseClause(clauseStart..<i)
                clauseStart = i + 1
            }
        }
    }

    private mutating func parseClause(_ range: Range<Int>) {
        var leadStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if isDigit(i) && !(i > range.lowerBound && isLetter(s[i - 1])) {
                var j = i
                while j < range.upperBound, isDigit(j) || ((s[j] == "." || s[j] == ",") && j + 1 < range.upperBound && isDigit(j + 1)) {
                    j += 1
                }
                if let next = numberFollowUp(number: i..<j, clause: range, leadStart: &leadStart) {
                    i = next
                    continue
                }
                i = j
                continue
            }
            if let end = periodWord(at: i, limit: range.upperBound) {
                i = end
                continue
            }
            i += 1
        }
    }

    // MARK: - Numbers: figures, years, months, dates

    /// Handles what follows a number; returns where scanning continues.
    private mutating func numberFollowUp(number: Range<Int>, clause: Range<Int>, leadStart: inout Int) -> Int? {
        guard let value = IngestNumber(s[number]) else { return nil }
        var j = number.upperBound
        while j < clause.upperBound, s[j] == " " { j += 1 }
        let limit = clause.upperBound
        // Amounts and rates.
        for (unit, exponent, isAmount) in IngestChineseParser.units where has(unit, at: j, limit: limit) {
            let end = j + unit.count
            result.figureCount += 1
            figure(value: value, exponent: exponent, isAmount: isAmount, number: number, end: end,
                   lead: leadStart..<number.lowerBound, clause: clause)
            leadStart = end
            return end
        }
        for unit in IngestChineseParser.foreignUnits where has(unit, at: j, limit: limit) {
            let end = j + unit.count
            result.figureCount += 1
            unparsed(clause, "an amount in a foreign currency")
            leadStart = end
            return end
        }
        let n = value.mantissa
        if value.decimals == 0, number.count == 4, has("年", at: j, limit: limit) {
            mark(number.lowerBound..<(j + 1))
            var k = j + 1
            if has("同期", at: k, limit: limit) { return k }  // 比2022年同期: a comparison, not a period
            year = n
            if has("末", at: k, limit: limit) || has("底", at: k, limit: limit) {
                period = .month(12, end: true)
                mark(k..<(k + 1))
                k += 1
            }
            return k
        }
        if value.decimals == 0, (1...12).contains(n), has("-", at: j, limit: limit) {
            var k = j + 1
            let start2 = k
            while k < limit, isDigit(k) { k += 1 }
            if k > start2, has("月", at: k, limit: limit), let second = IngestNumber(s[start2..<k]),
               (1...12).contains(second.mantissa) {
                var end = k + 1
                if has("份", at: end, limit: limit) { end += 1 }
                mark(number.lowerBound..<end)
                if n == 1 {
                    period = second.mantissa == 1 ? .month(1, end: false) : .ytd(second.mantissa)
                } else {
                    period = .unsupported(text(number.lowerBound..<end))
                }
                return end
            }
        }
        if value.decimals == 0, has("月", at: j, limit: limit) {
            var k = j + 1
            // A date (6月13日), possibly a dateline (6月13日电).
            let dayStart = k
            while k < limit, isDigit(k) { k += 1 }
            if k > dayStart, has("日", at: k, limit: limit) {
                mark(number.lowerBound..<(k + 1))
                if has("电", at: k + 1, limit: limit), (1...12).contains(n) {
                    datelineMonth = n
                    mark((k + 1)..<(k + 2))
                    return k + 2
                }
                return k + 1
            }
            guard (1...12).contains(n) else { return nil }
            k = j + 1
            var end = false
            if has("份", at: k, limit: limit) {
                k += 1
            } else if has("末", at: k, limit: limit) || has("底", at: k, limit: limit) {
                end = true
                k += 1
            }
            mark(number.lowerBound..<k)
            period = .month(n, end: end)
            return k
        }
        if value.decimals == 0, has("个月", at: j, limit: limit), number.lowerBound > 0, s[number.lowerBound - 1] == "前" {
            mark((number.lowerBound - 1)..<(j + 2))
            period = (1...12).contains(n) ? .ytd(n) : .unsupported(text((number.lowerBound - 1)..<(j + 2)))
            return j + 2
        }
        if value.decimals == 0, has("日", at: j, limit: limit) {
            mark(number.lowerBound..<(j + 1))
            return j + 1
        }
        return nil
    }

    static let units: [([Unicode.Scalar], Int, Bool)] = [
        (scalars("万亿元"), 4, true), (scalars("万亿"), 4, true), (scalars("亿元"), 0, true), (scalars("亿"), 0, true),
        (scalars("个百分点"), 0, false), (scalars("百分点"), 0, false), (scalars("%"), 0, false),
    ]
    static let foreignUnits: [[Unicode.Scalar]] = [scalars("万亿美元"), scalars("亿美元"), scalars("美元"), scalars("万元"), scalars("元")]

    // MARK: - Period words

    static let chineseNumerals: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    private mutating func periodWord(at i: Int, limit: Int) -> Int? {
        let words: [(String, Period)] = [
            ("前三季度", .ytd(9)), ("一季度末", .month(3, end: true)), ("一季度", .ytd(3)),
            ("上半年末", .month(6, end: true)), ("上半年", .ytd(6)), ("三季度末", .month(9, end: true)),
            ("二季度末", .month(6, end: true)), ("四季度末", .month(12, end: true)),
            ("二季度", .unsupported("二季度")), ("三季度", .unsupported("三季度")), ("四季度", .unsupported("四季度")),
            ("下半年", .unsupported("下半年")), ("全年", .ytd(12)), ("年末", .month(12, end: true)), ("年底", .month(12, end: true)),
        ]
        for (word, p) in words where has(word, at: i, limit: limit) {
            // 上年末 / 比年初 are comparisons, not periods.
            if word == "年末" || word == "年底", i > 0, s[i - 1] == "上" || s[i - 1] == "去" { return nil }
            period = p
            mark(i..<(i + word.unicodeScalars.count))
            return i + word.unicodeScalars.count
        }
        // 前两个月, 前十一个月
        if s[i] == "前" {
            var k = i + 1
            var n = 0
            while k < limit, let d = IngestChineseParser.chineseNumerals[s[k]] {
                n = d == 10 ? (n == 0 ? 10 : n * 10) : n + d
                k += 1
            }
            if k > i + 1, has("个月", at: k, limit: limit) {
                period = (1...12).contains(n) ? .ytd(n) : .unsupported(text(i..<(k + 2)))
                mark(i..<(k + 2))
                return k + 2
            }
        }
        // Section headings: 一、 二、
        if IngestChineseParser.chineseNumerals[s[i]] != nil {
            var k = i
            while k < limit, IngestChineseParser.chineseNumerals[s[k]] != nil { k += 1 }
            if k < limit, s[k] == "、", i == 0 || !isHan(s[i - 1]) {
                mark(i..<(k + 1))
                return k + 1
            }
        }
        return nil
    }

    // MARK: - Figures

    private mutating func figure(value: IngestNumber, exponent: Int, isAmount: Bool, number: Range<Int>, end: Int,
                                 lead: Range<Int>, clause: Range<Int>) {
        let analysis = analyzeLead(lead)
        if analysis.share {
            lastRateWasShare = true
            unparsed(clause, "a share of a total (占比) has no series")
            return
        }
        if let unknown = analysis.unknown {
            subject = .unknown(unknown)
            unparsed(clause, "unrecognised words \"\(unknown)\"")
            return
        }
        if let newSubject = analysis.subject {
            subject = .known(newSubject)
            if !newSubject.isChild { parent = newSubject }
        }
        if let child = analysis.child {
            guard let p = parent, let c = IngestSubject.child(child, of: p) else {
                subject = .unknown("其中")
                unparsed(clause, "a sub-item (其中 …) without a household or corporate loan total before it")
                return
            }
            subject = .known(c)
        }
        guard case .known(let subj) = subject else {
            if case .unknown(let words) = subject {
                unparsed(clause, "the subject \"\(words)\" is not a catalog series")
            } else {
                unparsed(clause, "no subject (which series?) for this figure")
            }
            return
        }
        guard let kind = analysis.kind else {
            unparsed(clause, "no measure (余额/增加/同比增长 …) for this figure")
            return
        }
        let sign: Double = analysis.sign
        var monthValue: Int?
        var ytd = false
        var monthEnd: Bool?
        switch period {
        case .none: break
        case .month(let m, let e): monthValue = m; monthEnd = e
        case .ytd(let m): monthValue = m; ytd = true
        case .unsupported(let p):
            unparsed(clause, "the period \"\(p)\" is not a month, a month-end or a year-to-date period")
            return
        }
        if monthValue == nil, let d = datelineMonth {
            monthValue = d == 1 ? 12 : d - 1
        }
        let isPP = !isAmount && (s[end - 1] == "点")
        let isPercent = !isAmount && !isPP
        var id: String?
        var measure: IngestMeasure?
        var why = ""
        switch kind {
        case .level:
            if isAmount { id = subj.stock; measure = .level; why = "no level series for \(subj.name)" }
        case .flow:
            if isAmount {
                if ytd { id = subj.ytd; measure = .ytdSum } else { id = subj.flow; measure = .increase }
                why = ytd ? "no year-to-date series for \(subj.name) in the catalog" : "no flow series for \(subj.name)"
            }
        case .levelOrFlow:
            if isAmount {
                if subj.flow == nil || analysis.levelMarker {
                    id = subj.stock; measure = .level
                } else if subj.stock == nil || analysis.flowMarker {
                    if ytd { id = subj.ytd; measure = .ytdSum } else { id = subj.flow; measure = .increase }
                } else if monthEnd == true {
                    id = subj.stock; measure = .level
                } else if ytd || monthEnd == false && hasMonthFlowMarker(lead) {
                    if ytd { id = subj.ytd; measure = .ytdSum } else { id = subj.flow; measure = .increase }
                }
                why = measure == nil ? "cannot tell a level from a flow for \(subj.name)"
                    : "no \(measure?.rawValue ?? "") series for \(subj.name) in the catalog"
            }
        case .growth:
            if isPercent {
                lastRateWasShare = false
                id = subj.yoy; measure = .yoyPct; why = "no year-on-year series for \(subj.name)"
            } else if isPP, !lastRateWasShare {
                id = subj.yoy; measure = .ppVsYearAgo; why = "no year-on-year series for \(subj.name)"
            }
        case .ppPrev:
            if isPP, !lastRateWasShare { id = subj.yoy; measure = .ppVsPrev; why = "no year-on-year series for \(subj.name)" }
        case .ppYearAgo:
            if isPP, !lastRateWasShare { id = subj.yoy; measure = .ppVsYearAgo; why = "no year-on-year series for \(subj.name)" }
        case .changePrev:
            if isAmount, !ytd { id = subj.flow; measure = .changeVsPrev; why = "no flow series for \(subj.name)" }
        case .changeYearAgo:
            if isAmount {
                if ytd { id = subj.ytd; measure = .ytdChangeVsYearAgo } else { id = subj.flow; measure = .changeVsYearAgo }
                why = ytd ? "no year-to-date series for \(subj.name) in the catalog" : "no flow series for \(subj.name)"
            }
        }
        guard let measure else {
            unparsed(clause, lastRateWasShare && isPP
                     ? "a change of a share (占比) has no series"
                     : "the unit does not fit the wording (\(kind) with \(text(number.upperBound..<end)))")
            return
        }
        guard let id else {
            unparsed(clause, why)
            return
        }
        let spanStart = firstNonSpace(lead.lowerBound, number.lowerBound)
        let valueInUnit = value.scaled(byPowerOfTen: exponent) * sign
        result.figures.append(IngestRawFigure(
            year: year, month: monthValue, id: id, value: valueInUnit == 0 ? 0 : valueInUnit,
            unit: isAmount ? "亿元" : "%", measure: measure,
            span: IngestSpan(start: spanStart, end: end, text: text(spanStart..<end)),
            resolution: value.resolution(byPowerOfTen: exponent)))
    }

    private func hasMonthFlowMarker(_ lead: Range<Int>) -> Bool {
        // 5月份 … 为: 月份 names a month's flow.
        var i = lead.lowerBound
        while i + 1 < lead.upperBound {
            if s[i] == "月", s[i + 1] == "份" { return true }
            i += 1
        }
        return false
    }

    // MARK: - Lead analysis

    enum Kind: CustomStringConvertible {
        case level, flow, levelOrFlow, growth, ppPrev, ppYearAgo, changePrev, changeYearAgo
        var description: String {
            switch self {
            case .level: return "a level"
            case .flow: return "a flow"
            case .levelOrFlow: return "an amount"
            case .growth: return "a growth rate"
            case .ppPrev, .ppYearAgo: return "a change in percentage points"
            case .changePrev, .changeYearAgo: return "a change of a flow"
            }
        }
    }

    struct LeadAnalysis {
        var kind: Kind?
        var sign: Double = 1
        var subject: IngestSubject?
        var child: IngestSubject.Child?
        var unknown: String?
        var share = false
        var levelMarker = false
        var flowMarker = false
    }

    /// Measure phrases that end a lead, longest first.
    static let suffixes: [([Unicode.Scalar], Kind, Double)] = {
        var table: [String: (Kind, Double)] = [:]
        let yearAgo = ["同比", "比上年同期", "比去年同期", "较上年同期", "较去年同期", "增速比上年同期", "增速较上年同期", "增速同比", "比上年"]
        let prev = ["比上月", "比上月末", "较上月", "较上月末", "增速比上月末", "增速比上月", "增速较上月末", "环比"]
        let amountVerbs: [(String, Double)] = [("多增", 1), ("少增", -1), ("多减", -1), ("少减", 1), ("多", 1), ("少", -1)]
        let ppVerbs: [(String, Double)] = [("高", 1), ("低", -1), ("提高", 1), ("上升", 1), ("回升", 1), ("下降", -1),
                                            ("回落", -1), ("加快", 1), ("放缓", -1)]
        for p in yearAgo {
            for (v, sg) in amountVerbs { table[p + v] = (.changeYearAgo, sg) }
            for (v, sg) in ppVerbs { table[p + v] = (.ppYearAgo, sg) }
        }
        for p in prev {
            for (v, sg) in amountVerbs { table[p + v] = (.changePrev, sg) }
            for (v, sg) in ppVerbs { table[p + v] = (.ppPrev, sg) }
        }
        for (w, sg) in [("同比增长", 1.0), ("同比上升", 1), ("同比下降", -1), ("同比减少", -1), ("增长", 1), ("下降", -1),
                        ("同比增速为", 1), ("同比增速", 1), ("增速为", 1)] {
            table[w] = (.growth, sg)
        }
        for (w, sg) in [("增加", 1.0), ("净增加", 1), ("新增", 1), ("减少", -1), ("净减少", -1), ("增量为", 1), ("增量", 1),
                        ("净融资", 1), ("净融资为", 1)] {
            table[w] = (.flow, sg)
        }
        for w in ["余额为", "余额", "余额达", "余额达到", "存量为", "存量", "存量达", "达到", "达"] {
            table[w] = (.level, 1)
        }
        for w in ["为", "是"] { table[w] = (.levelOrFlow, 1) }
        return table.map { (scalars($0.key), $0.value.0, $0.value.1) }.sorted { $0.0.count > $1.0.count }
    }()

    enum Word {
        case subject(IngestSubject)
        case child(IngestSubject.Child)
        case filler
        case levelMarker
        case flowMarker
    }

    /// Known words of a lead, longest first.
    static let words: [([Unicode.Scalar], Word)] = {
        var list: [(String, Word)] = [
            ("人民币贷款", .subject(.loans)), ("人民币存款", .subject(.deposits)),
            ("广义货币（M2）", .subject(.m2)), ("广义货币", .subject(.m2)), ("M2", .subject(.m2)),
            ("狭义货币（M1）", .subject(.m1)), ("狭义货币", .subject(.m1)), ("M1", .subject(.m1)),
            ("流通中货币（M0）", .subject(.m0)), ("流通中货币", .subject(.m0)), ("M0", .subject(.m0)),
            ("社会融资规模存量", .subject(.tsfStock)), ("社会融资规模增量", .subject(.tsfFlow)), ("社会融资规模", .subject(.tsf)),
            ("社融存量", .subject(.tsfStock)), ("社融增量", .subject(.tsfFlow)), ("社融", .subject(.tsf)),
            ("住户贷款", .subject(.household)), ("住户部门贷款", .subject(.household)),
            ("企（事）业单位贷款", .subject(.corporate)), ("企事业单位贷款", .subject(.corporate)),
            ("非金融企业及机关团体贷款", .subject(.corporate)),
            ("非银行业金融机构贷款", .subject(.nonbankLoans)),
            ("住户存款", .subject(.householdDeposits)), ("非金融企业存款", .subject(.corporateDeposits)),
            ("财政性存款", .subject(.fiscalDeposits)), ("非银行业金融机构存款", .subject(.nonbankDeposits)),
            ("对实体经济发放的人民币贷款", .subject(.tsfRMBLoans)),
            ("对实体经济发放的外币贷款折合人民币", .subject(.tsfFXLoans)), ("外币贷款折合人民币", .subject(.tsfFXLoans)),
            ("委托贷款", .subject(.tsfEntrusted)), ("信托贷款", .subject(.tsfTrust)),
            ("未贴现的银行承兑汇票", .subject(.tsfBills)), ("未贴现银行承兑汇票", .subject(.tsfBills)),
            ("企业债券融资", .subject(.tsfCorporateBonds)), ("企业债券", .subject(.tsfCorporateBonds)),
            ("政府债券", .subject(.tsfGovernmentBonds)),
            ("非金融企业境内股票融资", .subject(.tsfEquity)), ("非金融企业境内股票", .subject(.tsfEquity)),
            ("存款类金融机构资产支持证券", .subject(.tsfABS)), ("贷款核销", .subject(.tsfWriteoffs)),
            ("中长期贷款", .child(.mediumLongTerm)), ("短期贷款", .child(.shortTerm)), ("票据融资", .child(.bills)),
            ("余额", .levelMarker), ("存量", .levelMarker), ("新增", .flowMarker), ("增量", .flowMarker),
        ]
        for w in ["我国", "其中", "另外", "此外", "同时", "分部门看", "分部门", "当月", "本月", "月末", "月份", "初步统计",
                  "据初步统计", "数据显示", "的", "为", "是", "累计", "合计", "全部金融机构", "金融机构", "期末", "末", "净"] {
            list.append((w, .filler))
        }
        return list.map { (scalars($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    private func analyzeLead(_ lead: Range<Int>) -> LeadAnalysis {
        var a = LeadAnalysis()
        var upper = lead.upperBound
        while upper > lead.lowerBound, s[upper - 1] == " " { upper -= 1 }
        // 比2022年同期 → read as 比上年同期.
        var tail = Array(s[lead.lowerBound..<upper])
        var yearDelta = 0
        if let r = IngestChineseParser.explicitYearComparison(in: tail) {
            tail.replaceSubrange(r, with: scalars("上年"))
            yearDelta = r.count - 2
        }
        var remainderEnd = upper
        for (suffix, kind, sign) in IngestChineseParser.suffixes where tail.count >= suffix.count && Array(tail.suffix(suffix.count)) == suffix {
            a.kind = kind
            a.sign = sign
            remainderEnd = max(lead.lowerBound, upper - suffix.count - yearDelta)
            break
        }
        var i = lead.lowerBound
        var unknown = ""
        while i < remainderEnd {
            if consumed[i] || isDigit(i) || isPunctuation(s[i]) {
                if !unknown.isEmpty, !unknown.hasSuffix(" ") { unknown += " " }
                i += 1
                continue
            }
            if s[i] == "占" { a.share = true }
            var matched = false
            for (word, meaning) in IngestChineseParser.words where i + word.count <= remainderEnd && Array(s[i..<(i + word.count)]) == word {
                switch meaning {
                case .subject(let subj): a.subject = subj; a.child = nil
                case .child(let c): a.child = c
                case .filler: break
                case .levelMarker: a.levelMarker = true
                case .flowMarker: a.flowMarker = true
                }
                i += word.count
                matched = true
                break
            }
            if matched { continue }
            if isHan(s[i]) || isLetter(s[i]) {
                unknown.unicodeScalars.append(original[i])
            }
            i += 1
        }
        let trimmed = unknown.trimmingCharactersSpaces()
        if !trimmed.isEmpty { a.unknown = trimmed }
        return a
    }

    /// The range of `dddd年` in a lead ending in `比dddd年同期…` / `较dddd年同期…`.
    static func explicitYearComparison(in lead: [Unicode.Scalar]) -> Range<Int>? {
        let marker = scalars("年同期")
        guard lead.count >= 8 else { return nil }
        var i = lead.count - marker.count
        while i >= 5 {
            if Array(lead[i..<(i + marker.count)]) == marker {
                let y = (i - 4)..<(i + 1)
                let digitsOK = lead[(i - 4)..<i].allSatisfy { ("0"..."9").contains($0) }
                if digitsOK, lead[i - 5] == "比" || lead[i - 5] == "较" { return y }
                return nil
            }
            i -= 1
        }
        return nil
    }

    // MARK: - Helpers

    private mutating func unparsed(_ clause: Range<Int>, _ reason: String) {
        let start = firstNonSpace(clause.lowerBound, clause.upperBound)
        var end = clause.upperBound
        while end > start, s[end - 1] == " " { end -= 1 }
        let span = IngestSpan(start: start, end: end, text: text(start..<end))
        if let last = result.unparsed.last, last.span == span { return }
        result.unparsed.append((span, reason))
    }

    private func firstNonSpace(_ from: Int, _ to: Int) -> Int {
        var k = from
        while k < to, s[k] == " " || s[k] == "\t" { k += 1 }
        return k
    }

    private mutating func mark(_ r: Range<Int>) {
        for k in r where k < consumed.count { consumed[k] = true }
    }

    private func has(_ word: String, at i: Int, limit: Int) -> Bool {
        has(scalars(word), at: i, limit: limit)
    }

    private func has(_ word: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard i >= 0, i + word.count <= limit else { return false }
        for (k, c) in word.enumerated() where s[i + k] != c { return false }
        return true
    }

    private func isDigit(_ i: Int) -> Bool { ("0"..."9").contains(s[i]) }

    private func isLetter(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) || ("a"..."z").contains(c) }

    private func isHan(_ c: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value)
    }

    private func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        !isHan(c) && !isLetter(c) && !("0"..."9").contains(c)
    }

    private func text(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: original[r])
        return String(out)
    }
}

func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

extension String {
    func trimmingCharactersSpaces() -> String {
        var scalars = Substring(self)
        while let f = scalars.first, f == " " { scalars.removeFirst() }
        while let l = scalars.last, l == " " { scalars.removeLast() }
        return String(scalars)
    }
}
