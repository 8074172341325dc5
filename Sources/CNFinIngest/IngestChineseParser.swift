import CNFinDatasets
import CNFinSeries
import CNFinSupport

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
/// connective (我国, 中国, 全国, 其中, 另外 …). Parenthesised Latin insertions
/// inside a name (pinyin: 企(事)業(yè)單位貸款) are skipped. A subject carries
/// over to the following clauses of its sentence; a period carries over until
/// the next one, except that a date with another year than the text's first
/// one (a commentary quoting 2029年3月 in a 2030 text) holds only for its
/// sentence. A lead with unknown words makes the figure (and the rest of its
/// sentence, until a known subject) unparsed, and ends the sub-items of the
/// subject before it: 其中 attaches only to a household or corporate total
/// named before it in the same sentence, never across an unknown subject.
///
/// 比2028年同期多增 is read as a year-earlier comparison that carries its base
/// year; ``IngestParser`` keeps it only when the base year is the year before
/// the figure's. 增速分别比上月末和上年同期高0.2个和0.5个百分点 is a list: the
/// comparisons named before the numbers, in order, give their measures.
///
/// A comparison that rounds to zero is written without a number — 同比持平,
/// 与上月末持平, 与上月持平, 与上年同期持平 — and is read as the value 0 of the
/// measure its context names: after a level, 同比持平 is a growth rate of 0%;
/// after a growth rate or with 增速 (增速与上月末持平) it is a change of 0
/// percentage points; after a flow it is a change of 0亿元 of the flow. Its
/// resolution is the printed step the text would have shown (1亿元, 0.1).
/// 基本持平 ("about the same") states no figure and is skipped.
struct IngestChineseParser {
    /// The normalised scalars (``IngestTextNormalizer``), one per scalar of the text.
    let s: [Unicode.Scalar]
    /// The text: `s` and the original scalars where they differ.
    let input: IngestScalarText

    init(text: String, given: Month? = nil) {
        result.given = given
        input = IngestTextNormalizer.normalize(text)
        s = input.normalized
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
    /// The first year the text names: the year of the release. A date with
    /// another year (a commentary quoting 2029年3月 in a 2030 text) holds only
    /// for its sentence; year and period are restored after it.
    private var documentYear: Int?
    private var savedBeforeOtherYear: (year: Int?, period: Period)?
    private var period: Period = .none
    private var datelineMonth: Int?
    private var subject: SubjectState = .none
    private var parent: IngestSubject?
    private var lastRateWasShare = false
    /// The measure of the last figure of the sentence, for 持平 (``Kind/unchanged(_:growthWord:)``).
    private var lastMeasure: FigureMeasure?
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
        defer {
            if let saved = savedBeforeOtherYear {
                year = saved.year
                period = saved.period
                savedBeforeOtherYear = nil
            }
        }
        subject = .none
        parent = nil
        lastRateWasShare = false
        lastMeasure = nil
        var clauseStart = range.lowerBound
        for i in range.lowerBound...range.upperBound {
            if i == range.upperBound || IngestChineseParser.clauseEnds.contains(s[i]) {
                parseClause(clauseStart..<i)
                clauseStart = i + 1
            }
        }
    }

    private mutating func parseClause(_ range: Range<Int>) {
        result.work += range.count
        var leadStart = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if isDigit(i) && !(i > range.lowerBound && isLetter(s[i - 1])) {
                var j = i
                // A thousands comma only before the point: "1.3,1万亿元" is not 1.31 (found by FuzzIngestZH).
                var seenPoint = false
                while j < range.upperBound,
                      isDigit(j) || ((s[j] == "." || (s[j] == "," && !seenPoint)) && j + 1 < range.upperBound && isDigit(j + 1)) {
                    if s[j] == "." { seenPoint = true }
                    j += 1
                }
                if let next = numberFollowUp(number: i..<j, clause: range, leadStart: &leadStart) {
                    i = next
                    continue
                }
                i = j
                continue
            }
            if s[i] == "持", has(IngestChineseParser.unchangedWord, at: i, limit: range.upperBound) {
                let roughly = i >= range.lowerBound + 2 && s[i - 2] == "基" && s[i - 1] == "本"
                if !roughly {
                    result.figureCount += 1
                    figure(value: IngestNumber(mantissa: 0, decimals: 0), exponent: 0, isAmount: false, zero: true,
                           number: i..<(i + 2), end: i + 2, lead: leadStart..<i, clause: range)
                }
                leadStart = i + 2
                i += 2
                continue
            }
            if let end = periodWord(at: i, limit: range.upperBound) {
                i = end
                continue
            }
            i += 1
        }
        noteUnknownSubject(in: leadStart..<range.upperBound)
    }

    /// Words after the last figure of a clause (绿色贷款方面，其中…) that name
    /// loans or deposits the parser does not know end the subject and its
    /// sub-items: a 其中 after them is nobody's.
    private mutating func noteUnknownSubject(in tail: Range<Int>) {
        guard !tail.isEmpty, contains(IngestChineseParser.loanWord, in: tail) || contains(IngestChineseParser.depositWord, in: tail)
        else { return }
        let analysis = analyzeLead(tail, suffixes: [])
        result.work += analysis.work
        guard let unknown = analysis.unknown else { return }
        subject = .unknown(unknown)
        parent = nil
    }

    static let loanWord = scalars("贷款")
    static let depositWord = scalars("存款")

    private func contains(_ word: [Unicode.Scalar], in r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k + word.count <= r.upperBound {
            if has(word, at: k, limit: r.upperBound) { return true }
            k += 1
        }
        return false
    }

    static let unchangedWord = scalars("持平")

    // MARK: - Numbers: figures, years, months, dates

    /// Handles what follows a number; returns where scanning continues.
    private mutating func numberFollowUp(number: Range<Int>, clause: Range<Int>, leadStart: inout Int) -> Int? {
        guard let value = IngestNumber(s[number]) else { return nil }
        var j = number.upperBound
        while j < clause.upperBound, s[j] == " " { j += 1 }
        let limit = clause.upperBound
        // 分别…高0.2个和0.5个百分点: two changes in percentage points, one per comparison named before them.
        if let pair = percentagePointPair(after: j, limit: limit) {
            result.figureCount += 2
            listFigures(first: value, firstNumber: number, firstEnd: j + 1, second: pair.value, secondNumber: pair.number,
                        secondEnd: pair.end, lead: leadStart..<number.lowerBound, clause: clause)
            leadStart = pair.end
            return pair.end
        }
        // Amounts and rates.
        for (unit, exponent, isAmount) in IngestChineseParser.units where has(unit, at: j, limit: limit) {
            let end = j + unit.count
            result.figureCount += 1
            // A minus sign right before the digits (增量为-1987亿元), not a range (1-2月) or a hyphen in a word.
            let minus = number.lowerBound > max(clause.lowerBound, leadStart) && s[number.lowerBound - 1] == "-"
                && (number.lowerBound - 1 == clause.lowerBound || !isDigit(number.lowerBound - 2) && !isLetter(s[number.lowerBound - 2]))
            figure(value: value, exponent: exponent, isAmount: isAmount, negative: minus, number: number, end: end,
                   lead: leadStart..<(minus ? number.lowerBound - 1 : number.lowerBound), clause: clause)
            leadStart = end
            return end
        }
        for unit in IngestChineseParser.foreignUnits where has(unit, at: j, limit: limit) {
            let end = j + unit.count
            result.figureCount += 1
            unparsed(clause, .foreignCurrency)
            leadStart = end
            return end
        }
        let n = value.mantissa
        if value.decimals == 0, number.count == 4, has("年", at: j, limit: limit) {
            mark(number.lowerBound..<(j + 1))
            var k = j + 1
            if has("同期", at: k, limit: limit) { return k }  // 比2022年同期: a comparison, not a period
            // 比2022年末 / 较2022年底 / 与2022年: a comparison, not a period.
            if number.lowerBound > clause.lowerBound, ["比", "较", "与", "和"].contains(s[number.lowerBound - 1]) {
                if has("末", at: k, limit: limit) || has("底", at: k, limit: limit) { mark(k..<(k + 1)); k += 1 }
                return k
            }
            // 数据截至2026年8月 (cnfin's own data-currency line): how current the data are, not the
            // period of the text's figures — it sets neither the text's year nor its month.
            if number.lowerBound - clause.lowerBound >= 4, has("数据截至", at: number.lowerBound - 4, limit: number.lowerBound) {
                var end = k
                while end < limit, ("0"..."9").contains(s[end]) || (0xFF10...0xFF19).contains(s[end].value) { end += 1 }
                if end > k, end < limit, s[end] == "月" { end += 1 }
                mark(number.lowerBound..<end)
                return end
            }
            if let d = documentYear {
                if n != d, savedBeforeOtherYear == nil { savedBeforeOtherYear = (year, period) }
            } else {
                documentYear = n
            }
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

    // MARK: - Lists of percentage-point changes

    /// After the digits of a first number ending at `j`: `个和0.5个百分点`
    /// (also `个、`), the second number and the end of its unit.
    private func percentagePointPair(after j: Int, limit: Int) -> (value: IngestNumber, number: Range<Int>, end: Int)? {
        guard j + 1 < limit, s[j] == "个", s[j + 1] == "和" || s[j + 1] == "、" else { return nil }
        var k = j + 2
        while k < limit, s[k] == " " { k += 1 }
        let start = k
        while k < limit, isDigit(k) || (s[k] == "." && k + 1 < limit && isDigit(k + 1)) { k += 1 }
        guard k > start, let value = IngestNumber(s[start..<k]) else { return nil }
        let number = start..<k
        while k < limit, s[k] == " " { k += 1 }
        for unit in [IngestChineseParser.pointsUnit, IngestChineseParser.pointsUnitShort] where has(unit, at: k, limit: limit) {
            return (value, number, k + unit.count)
        }
        return nil
    }

    static let pointsUnit = scalars("个百分点")
    static let pointsUnitShort = scalars("百分点")

    /// `增速分别比上月末和上年同期高0.2个和0.5个百分点`: the comparisons named
    /// in the lead, in order, give the measures of the two numbers; the verb
    /// right before the first number their sign; the words before the first
    /// 比/较 the subject. Anything else makes both unparsed.
    private mutating func listFigures(first: IngestNumber, firstNumber: Range<Int>, firstEnd: Int, second: IngestNumber,
                                      secondNumber: Range<Int>, secondEnd: Int, lead: Range<Int>, clause: Range<Int>) {
        var upper = lead.upperBound
        while upper > lead.lowerBound, s[upper - 1] == " " { upper -= 1 }
        var sign: Double?
        for (verb, sg) in IngestChineseParser.listVerbs where upper - verb.count >= lead.lowerBound
            && has(verb, at: upper - verb.count, limit: upper) {
            sign = sg
            upper -= verb.count
            break
        }
        var compareAt: Int?
        var references: [Kind] = []
        var i = lead.lowerBound
        while i < upper {
            if compareAt == nil, s[i] == "比" || s[i] == "较" { compareAt = i }
            if compareAt != nil {
                if let (word, kind) = IngestChineseParser.listReferences.first(where: { has($0.0, at: i, limit: upper) }) {
                    references.append(kind)
                    i += word.count
                    continue
                }
            }
            i += 1
        }
        guard let sign, let compareAt, references.count == 2, references[0] != references[1] else {
            unparsed(clause, .ambiguousList(chinese: true))
            return
        }
        figure(value: first, exponent: 0, isAmount: false, number: firstNumber, end: firstEnd, lead: lead, clause: clause,
               forced: (references[0], sign, lead.lowerBound..<compareAt), pointsUnit: true)
        figure(value: second, exponent: 0, isAmount: false, number: secondNumber, end: secondEnd,
               lead: secondNumber.lowerBound..<secondNumber.lowerBound, clause: clause,
               forced: (references[1], sign, secondNumber.lowerBound..<secondNumber.lowerBound), pointsUnit: true)
    }

    static let listVerbs: [([Unicode.Scalar], Double)] = [
        ("提高", 1.0), ("上升", 1), ("回升", 1), ("加快", 1), ("下降", -1), ("回落", -1), ("放缓", -1), ("高", 1), ("低", -1),
    ].map { (scalars($0.0), $0.1) }
    static let listReferences: [([Unicode.Scalar], Kind)] = [
        ("上月末", Kind.ppPrev), ("上月", .ppPrev), ("上年同期", .ppYearAgo), ("去年同期", .ppYearAgo),
    ].map { (scalars($0.0), $0.1) }

    // MARK: - Period words

    static let chineseNumerals: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]

    static let periodWords: [([Unicode.Scalar], Period)] = { () -> [(String, Period)] in [
        ("前三季度", .ytd(9)), ("一季度末", .month(3, end: true)), ("一季度", .ytd(3)),
        ("上半年末", .month(6, end: true)), ("上半年", .ytd(6)), ("三季度末", .month(9, end: true)),
        ("二季度末", .month(6, end: true)), ("四季度末", .month(12, end: true)),
        ("二季度", .unsupported("二季度")), ("三季度", .unsupported("三季度")), ("四季度", .unsupported("四季度")),
        ("下半年", .unsupported("下半年")), ("全年", .ytd(12)), ("年末", .month(12, end: true)), ("年底", .month(12, end: true)),
    ] }().map { (scalars($0.0), $0.1) }
    static let periodFirstScalars = Set(periodWords.map { $0.0[0] })

    private mutating func periodWord(at i: Int, limit: Int) -> Int? {
        guard IngestChineseParser.periodFirstScalars.contains(s[i]) || IngestChineseParser.chineseNumerals[s[i]] != nil else {
            return nil
        }
        for (word, p) in IngestChineseParser.periodWords where has(word, at: i, limit: limit) {
            // 上年末 / 比年初 are comparisons, not periods.
            if word.first == "年", i > 0, s[i - 1] == "上" || s[i - 1] == "去" { return nil }
            period = p
            mark(i..<(i + word.count))
            return i + word.count
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

    /// Attributes one figure. With `zero`, the figure is a 持平 at `number`
    /// (no digits): its lead ends in a ``zeroSuffixes`` phrase, and its unit
    /// follows from the measure the context gives it.
    private mutating func figure(value: IngestNumber, exponent: Int, isAmount: Bool, zero: Bool = false, negative: Bool = false,
                                 number: Range<Int>, end: Int, lead: Range<Int>, clause: Range<Int>,
                                 forced: (kind: Kind, sign: Double, words: Range<Int>)? = nil, pointsUnit: Bool = false) {
        var analysis: LeadAnalysis
        if let forced {
            // A member of a list: the words before the comparisons name the subject; the list gives the measure.
            analysis = analyzeLead(forced.words, suffixes: [])
            analysis.kind = forced.kind
            analysis.sign = forced.sign
        } else {
            analysis = analyzeLead(lead, suffixes: zero ? IngestChineseParser.zeroSuffixes : IngestChineseParser.suffixes)
        }
        result.work += analysis.work
        if analysis.share {
            lastRateWasShare = true
            unparsed(clause, .share(chinese: true))
            return
        }
        if let unknown = analysis.unknown {
            // An unknown subject ends the sub-items of the one before it: 其中 after it is nobody's.
            subject = .unknown(unknown)
            parent = nil
            unparsed(clause, .unrecognisedWords(unknown))
            return
        }
        if let newSubject = analysis.subject {
            subject = .known(newSubject)
            if !newSubject.isChild { parent = newSubject }
        }
        if let child = analysis.child {
            guard let p = parent, let c = IngestSubject.child(child, of: p) else {
                subject = .unknown("其中")
                unparsed(clause, .orphanSubItem(nil))
                return
            }
            subject = .known(c)
        }
        guard case .known(let subj) = subject else {
            if case .unknown(let words) = subject {
                unparsed(clause, .notACatalogSeries(words))
            } else {
                unparsed(clause, .noSubject)
            }
            return
        }
        guard var kind = analysis.kind else {
            unparsed(clause, zero ? .unchangedWithoutComparison(chinese: true) : .noMeasure(chinese: true))
            return
        }
        var isAmount = isAmount
        var isPP = pointsUnit || !isAmount && (s[end - 1] == "点")
        if case .unchanged(let reference, let growthWord) = kind {
            guard let resolved = IngestChineseParser.unchangedKind(reference, growthWord: growthWord, after: lastMeasure) else {
                unparsed(clause, .unchangedWithoutReference(chinese: true))
                return
            }
            kind = resolved.kind
            isAmount = resolved.isAmount
            isPP = resolved.isPP
        }
        let sign: Double = analysis.sign * (negative ? -1 : 1)
        var monthValue: Int?
        var ytd = false
        var monthEnd: Bool?
        switch period {
        case .none: break
        case .month(let m, let e): monthValue = m; monthEnd = e
        case .ytd(let m): monthValue = m; ytd = true
        case .unsupported(let p):
            unparsed(clause, .unsupportedPeriod(p))
            return
        }
        if monthValue == nil, let d = datelineMonth {
            monthValue = d == 1 ? 12 : d - 1
        }
        let isPercent = !isAmount && !isPP
        var id: String?
        var measure: FigureMeasure?
        var why = IngestUnparsedReason.noSubject
        switch kind {
        case .level:
            if isAmount { id = subj.stock; measure = .level; why = .noSeries(.level, subject: subj.diagnosticName) }
        case .flow:
            if isAmount {
                if ytd { id = subj.ytd; measure = .ytdSum } else { id = subj.flow; measure = .increase }
                why = .noSeries(ytd ? .yearToDate : .flow, subject: subj.diagnosticName)
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
                why = measure.map { .noSeries(.measure($0), subject: subj.diagnosticName) } ?? .levelOrFlow(subject: subj.diagnosticName)
            }
        case .growth:
            if isPercent {
                lastRateWasShare = false
                id = subj.yoy; measure = .yoyPct; why = .noSeries(.yearOnYear, subject: subj.diagnosticName)
            } else if isPP, !lastRateWasShare {
                id = subj.yoy; measure = .ppVsYearAgo; why = .noSeries(.yearOnYear, subject: subj.diagnosticName)
            }
        case .ppPrev:
            if isPP, !lastRateWasShare { id = subj.yoy; measure = .ppVsPrev; why = .noSeries(.yearOnYear, subject: subj.diagnosticName) }
        case .ppYearAgo:
            if isPP, !lastRateWasShare { id = subj.yoy; measure = .ppVsYearAgo; why = .noSeries(.yearOnYear, subject: subj.diagnosticName) }
        case .changePrev:
            if isAmount, !ytd { id = subj.flow; measure = .changeVsPrev; why = .noSeries(.flow, subject: subj.diagnosticName) }
        case .unchanged:
            break  // resolved above
        case .changeYearAgo:
            if isAmount {
                if ytd { id = subj.ytd; measure = .ytdChangeVsYearAgo } else { id = subj.flow; measure = .changeVsYearAgo }
                why = .noSeries(ytd ? .yearToDate : .flow, subject: subj.diagnosticName)
            }
        }
        guard let measure else {
            unparsed(clause, lastRateWasShare && isPP
                     ? .shareChange(chinese: true)
                     : .unitDoesNotFit(wording: kind.description, unit: text(number.upperBound..<end)))
            return
        }
        guard let id else {
            unparsed(clause, why)
            return
        }
        let spanStart = firstNonSpace(lead.lowerBound, negative ? number.lowerBound - 1 : number.lowerBound)
        let valueInUnit = value.scaled(byPowerOfTen: exponent) * sign
        // 持平: the step the text would have printed (whole 亿元; one decimal of a rate).
        let resolution = zero ? (isAmount ? 1 : 0.1) : value.resolution(byPowerOfTen: exponent)
        lastMeasure = measure
        result.append(IngestRawFigure(
            year: year, month: monthValue, id: id, value: valueInUnit == 0 ? 0 : valueInUnit,
            unit: isAmount ? "亿元" : "%", measure: measure,
            span: IngestSpan(start: spanStart, end: end, text: text(spanStart..<end)),
            resolution: resolution, baseYear: analysis.baseYear))
    }

    /// What a 持平 states, from its comparison, whether 增速 names the growth
    /// rate, and the measure of the figure before it in the sentence:
    /// - after a growth rate or with 增速: a change in percentage points
    ///   (与上月末持平 → pp versus the previous month, 与上年同期持平 / 增速同比持平 → pp versus a year earlier);
    /// - after a level: 同比持平 is a growth rate of 0%;
    /// - after a flow or a change of a flow: a change of the flow (与上月持平 → versus
    ///   the previous month, 与上年同期持平 / 同比持平 → versus a year earlier);
    /// - otherwise `nil` (nothing is guessed).
    static func unchangedKind(_ reference: UnchangedReference, growthWord: Bool, after last: FigureMeasure?)
        -> (kind: Kind, isAmount: Bool, isPP: Bool)?
    {
        let rateBefore = growthWord || last == .yoyPct || last == .ppVsPrev || last == .ppVsYearAgo
        let flowBefore: Bool
        switch last {
        case .increase, .changeVsPrev, .changeVsYearAgo, .ytdSum, .ytdChangeVsYearAgo: flowBefore = true
        default: flowBefore = false
        }
        switch reference {
        case .yearOnYear:
            if rateBefore { return (.ppYearAgo, false, true) }
            if last == .level { return (.growth, false, false) }
            if flowBefore { return (.changeYearAgo, true, false) }
        case .previous:
            if rateBefore { return (.ppPrev, false, true) }
            if flowBefore { return (.changePrev, true, false) }
        case .yearAgo:
            if rateBefore { return (.ppYearAgo, false, true) }
            if flowBefore { return (.changeYearAgo, true, false) }
        }
        return nil
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

    /// The comparison a 持平 makes: 同比, 与上月(末), 与上年同期.
    enum UnchangedReference { case yearOnYear, previous, yearAgo }

    enum Kind: Equatable, CustomStringConvertible {
        case level, flow, levelOrFlow, growth, ppPrev, ppYearAgo, changePrev, changeYearAgo
        /// 持平: resolved by ``unchangedKind(_:growthWord:after:)``.
        case unchanged(UnchangedReference, growthWord: Bool)
        var description: String {
            switch self {
            case .unchanged: return "an unchanged comparison (持平)"
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
        /// The year of 比2028年同期 (compared with that year, not necessarily the year before).
        var baseYear: Int?
        /// Scalars the analysis visited (for ``IngestRawResult/work``).
        var work = 0
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

    /// Comparison phrases before 持平, longest first; a 增速 prefix marks a growth rate.
    static let zeroSuffixes: [([Unicode.Scalar], Kind, Double)] = {
        let references: [(String, UnchangedReference)] = [
            ("同比", .yearOnYear), ("与上月末", .previous), ("与上月", .previous), ("较上月末", .previous), ("和上月末", .previous),
            ("与上年同期", .yearAgo), ("与去年同期", .yearAgo), ("较上年同期", .yearAgo), ("和上年同期", .yearAgo),
        ]
        var table: [([Unicode.Scalar], Kind, Double)] = []
        for (phrase, reference) in references {
            table.append((scalars(phrase), .unchanged(reference, growthWord: false), 1))
            table.append((scalars("增速" + phrase), .unchanged(reference, growthWord: true), 1))
        }
        return table.sorted { $0.0.count > $1.0.count }
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
            ("企业贷款", .subject(.corporate)), ("企业单位贷款", .subject(.corporate)),
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
        for w in ["我国", "中国", "全国", "增速", "分别", "其中", "另外", "此外", "同时", "分部门看", "分部门", "当月", "本月", "月末", "月份", "初步统计",
                  "据初步统计", "数据显示", "的", "为", "是", "累计", "合计", "全部金融机构", "金融机构", "期末", "末", "净"] {
            list.append((w, .filler))
        }
        return list.map { (scalars($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    private func analyzeLead(_ lead: Range<Int>, suffixes: [([Unicode.Scalar], Kind, Double)]) -> LeadAnalysis {
        var a = LeadAnalysis()
        var upper = lead.upperBound
        while upper > lead.lowerBound, s[upper - 1] == " " { upper -= 1 }
        // The lead without parenthesised Latin insertions (pinyin: 企(事)業(yè)單位貸款).
        let idx = IngestChineseParser.positionsWithoutInsertions(s, lead.lowerBound..<upper)
        a.work = 3 * lead.count
        var tail = idx.map { s[$0] }
        // 比2022年同期 → read as 比上年同期; the year is kept to check it is the year before.
        var yearDelta = 0
        if let r = IngestChineseParser.explicitYearComparison(in: tail) {
            var digits = String.UnicodeScalarView()
            digits.append(contentsOf: tail[r.lowerBound..<(r.upperBound - 1)])
            a.baseYear = Int(String(digits))
            tail.replaceSubrange(r, with: scalars("上年"))
            yearDelta = r.count - 2
        }
        var remainderEnd = idx.count
        for (suffix, kind, sign) in suffixes where tail.count >= suffix.count && tail.suffix(suffix.count).elementsEqual(suffix) {
            a.kind = kind
            a.sign = sign
            remainderEnd = max(0, idx.count - suffix.count - yearDelta)
            break
        }
        var k = 0
        var unknown = String.UnicodeScalarView()
        var unknownCount = 0
        func addUnknown(_ c: Unicode.Scalar) {
            // Enough to name the words in a message; a long run of unknown text is cut.
            guard unknownCount < 40 else { return }
            unknown.append(c)
            unknownCount += 1
        }
        while k < remainderEnd {
            let i = idx[k]
            if consumed[i] || isDigit(i) || isPunctuation(s[i]) {
                if unknownCount > 0, unknown.last != " " { addUnknown(" ") }
                k += 1
                continue
            }
            if s[i] == "占" { a.share = true }
            if let (length, meaning) = matchWord(idx, from: k, end: remainderEnd) {
                switch meaning {
                case .subject(let subj): a.subject = subj; a.child = nil
                case .child(let c): a.child = c
                case .filler: break
                case .levelMarker: a.levelMarker = true
                case .flowMarker: a.flowMarker = true
                }
                k += length
                continue
            }
            if isHan(s[i]) || isLetter(s[i]) { addUnknown(input.original(i)) }
            k += 1
        }
        let trimmed = String(unknown).trimming(" ")
        if !trimmed.isEmpty { a.unknown = trimmed }
        return a
    }

    /// The longest known word at `idx[from]` (ending by `idx[end]`), and its length.
    private func matchWord(_ idx: [Int], from k: Int, end: Int) -> (Int, Word)? {
        guard let candidates = IngestChineseParser.wordsByFirstScalar[s[idx[k]]] else { return nil }
        for (word, meaning) in candidates where k + word.count <= end {
            var same = true
            for (n, c) in word.enumerated() where s[idx[k + n]] != c {
                same = false
                break
            }
            if same { return (word.count, meaning) }
        }
        return nil
    }

    static let wordsByFirstScalar: [Unicode.Scalar: [([Unicode.Scalar], Word)]] = Dictionary(grouping: words) { $0.0[0] }

    /// The positions of `range` in `s`, leaving out parenthesised insertions of
    /// Latin letters (pinyin such as （yè）, an English abbreviation such as
    /// （AFRE））; an insertion with a digit (（M2）) or a Han character (（事）) is kept.
    static func positionsWithoutInsertions(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "（" {
                var k = i + 1
                var letters = 0
                var onlyLetters = true
                while k < range.upperBound, k - i <= 16, s[k] != "）" {
                    let c = s[k]
                    if c == " " || c == "-" || c == "'" {
                    } else if c.properties.isAlphabetic, !(0x3400...0x9FFF).contains(c.value) {
                        letters += 1
                    } else {
                        onlyLetters = false
                    }
                    k += 1
                }
                if k < range.upperBound, s[k] == "）", onlyLetters, letters > 0 {
                    i = k + 1
                    continue
                }
            }
            out.append(i)
            i += 1
        }
        return out
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

    private mutating func unparsed(_ clause: Range<Int>, _ reason: IngestUnparsedReason) {
        let start = firstNonSpace(clause.lowerBound, clause.upperBound)
        var end = clause.upperBound
        while end > start, s[end - 1] == " " { end -= 1 }
        // One report per clause: checked before the text is copied, so a huge clause costs once.
        if let last = result.unparsed.last, last.span.start == start, last.span.end == end { return }
        result.unparsed.append((IngestSpan(start: start, end: end, text: text(start..<end)), reason))
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

    private mutating func text(_ r: Range<Int>) -> String {
        result.work += r.count
        return input.originalText(r)
    }
}

func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
