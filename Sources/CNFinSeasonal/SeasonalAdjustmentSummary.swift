import CNFinOutput
import CNFinSeries
import CNFinSupport

/// What `cnfin seasonal --method stl|classical` prints for a ``SeasonalAdjustmentResult``: the CNY
/// regression effects, the festival effect by year, the residual-seasonality diagnostics, the dispersion
/// of the adjusted January/February changes and the series table — titles, headers and notes in the
/// reader's language, the numbers the same in both.
///
/// Output rule (the same as `regress` and `test`): text, Markdown, LaTeX and workbook tables are labelled
/// in the language; the CSV (``seriesTable(exact:language:)`` with `exact`) keeps the stable machine keys
/// `month,observed,trend,seasonal,holiday,irregular,adjusted` in every language; the JSON keys never change,
/// only its `notes` follow the language.
public struct SeasonalAdjustmentSummary: Sendable {
    /// The series (id, and its Chinese catalog name).
    public var series: SeriesLabel
    /// The first and last month adjusted.
    public var start: Month
    public var end: Month
    /// The decomposition method, whether robust, and the CNY window (`nil`: no CNY handling).
    public var method: SeasonalAdjustment.Method
    public var robust: Bool
    public var holidayWindow: (before: Int, after: Int)?
    public var result: SeasonalAdjustmentResult
    /// Notes on the span, the break rule and the growth columns, rendered in a language.
    public var notes: [any LocalizedNote]
    /// First months of definitional breaks inside the span: no growth rate there.
    public var breakMonths: Set<Month>

    public init(series: SeriesLabel, start: Month, end: Month, method: SeasonalAdjustment.Method, robust: Bool,
                holidayWindow: (before: Int, after: Int)?, result: SeasonalAdjustmentResult, notes: [any LocalizedNote],
                breakMonths: Set<Month> = []) {
        self.series = series
        self.start = start
        self.end = end
        self.method = method
        self.robust = robust
        self.holidayWindow = holidayWindow
        self.result = result
        self.notes = notes
        self.breakMonths = breakMonths
    }

    /// The machine keys of the component columns (CSV headers and JSON keys).
    public static let componentKeys = ["observed", "trend", "seasonal", "holiday", "irregular", "adjusted"]

    static func componentNames(_ language: DisplayLanguage) -> [String] {
        language == .zh ? ["原始值", "趋势", "季节", "春节", "不规则", "季调后"] : componentKeys
    }

    /// A CNY coefficient's row label: `CNY [-5, +20]` in English; in Chinese in the notation of the X-13
    /// output's holiday label, 春节窗口[-5,+20].
    static func holidayLabel(_ name: String, _ language: DisplayLanguage) -> String {
        guard language == .zh, name.hasPrefix("CNY ") else { return name }
        return "春节窗口" + name.dropFirst(4).filter { $0 != " " }
    }

    var components: [[Double]] {
        [result.observed, result.trend, result.seasonal, result.holiday, result.irregular, result.adjusted]
    }

    /// `YYYY-MM…YYYY-MM`.
    public var span: String { "\(start)…\(end)" }

    /// The settings in `language`, e.g. `STL, additive, CNY window [−5, +20] days`.
    public func settings(_ language: DisplayLanguage) -> String {
        let zh = language == .zh
        var text = (zh && method == .classical ? "经典分解" : method.rawValue.uppercased()) + (robust ? (zh ? " 稳健" : " robust") : "")
        text += zh ? (result.multiplicative ? "，对数/乘法" : "，加法") : (result.multiplicative ? ", log/multiplicative" : ", additive")
        if let w = holidayWindow {
            text += zh ? "，春节窗口 [−\(w.before), +\(w.after)] 天" : ", CNY window [−\(w.before), +\(w.after)] days"
        } else {
            text += zh ? "，不处理春节" : ", no CNY handling"
        }
        return text
    }

    /// Month-on-month and annualised growth of the adjusted series (stocks only), missing at a break month.
    public var growth: (mom: [Double], annualized: [Double])? {
        guard var mom = result.monthOnMonthGrowth, var ann = result.annualizedGrowth else { return nil }
        for (i, m) in result.months.enumerated() where breakMonths.contains(m) {
            mom[i] = .nan
            ann[i] = .nan
        }
        return (mom, ann)
    }

    /// The series table: month, the components (+ growth columns for a stock unless `exact`). `exact`
    /// (CSV): machine-key headers, every number as its shortest round-trip text, no title or notes.
    public func seriesTable(exact: Bool, language: DisplayLanguage = .en) -> Table {
        let zh = language == .zh && !exact
        var headers = [zh ? "月份" : "month"] + (exact ? Self.componentKeys : Self.componentNames(language))
        let growth = exact ? nil : self.growth
        if growth != nil { headers += zh ? ["环比（%）", "年化（%）"] : ["mom %", "ann. %"] }
        // Values in the series' unit with the unit's decimals; multiplicative factors with 4.
        let amount = SeasonalCell.decimals(unit: series.unit)
        let factorDigits = result.multiplicative ? 4 : amount
        let digits: [Int?] = exact ? [nil, nil, nil, nil, nil, nil] : [amount, amount, factorDigits, factorDigits, factorDigits, amount]
        let rows: [[TableCell]] = result.months.indices.map { i in
            var row: [TableCell] = [.text(result.months[i].description)]
            row += components.enumerated().map { j, c in SeasonalCell.cell(c[i], digits[j]) }
            if let (mom, ann) = growth { row += [SeasonalCell.cell(mom[i], 2), SeasonalCell.cell(ann[i], 1)] }
            return row
        }
        let name = series.text(in: language)
        let title = zh ? "\(name)的季节调整（\(span)，\(settings(language))）"
            : "Seasonal adjustment of \(name) (\(span), \(settings(language)))"
        return Table(title: exact ? nil : title, columns: SeasonalCell.columns(headers), rows: rows,
                     notes: exact ? [] : notes.map { $0.text(in: language) })
    }

    /// CNY coefficients, festival effects by year, diagnostics, dispersion, then the series.
    public func tables(language: DisplayLanguage) -> [Table] {
        let zh = language == .zh
        var out: [Table] = []
        let unit = zh ? (result.multiplicative ? "对数点" : "序列单位") : (result.multiplicative ? "log points" : "units of the series")
        if !result.holidayCoefficients.isEmpty {
            out.append(Table(
                title: zh ? "春节回归效应（\(unit)）" : "CNY regression effects (\(unit))",
                columns: SeasonalCell.columns(zh ? ["系数", "估计值", "标准误", "t值"] : ["coefficient", "estimate", "std. error", "t"]),
                rows: result.holidayCoefficients.map { c in
                    [.text(Self.holidayLabel(c.name, language)), SeasonalCell.cell(c.estimate, 4), SeasonalCell.cell(c.standardError, 4), SeasonalCell.cell(c.t, 2)]
                }))
            let effectUnit = result.multiplicative ? "%" : (zh ? "序列单位" : "units of the series")
            out.append(Table(
                title: zh ? "各年春节效应（\(effectUnit)，± 标准误）" : "Festival effect by year (\(effectUnit), ± std. error)",
                columns: SeasonalCell.columns(zh ? ["年份", "春节", "1月", "2月", "3月"] : ["year", "festival", "January", "February", "March"],
                                              leftAligned: 2),
                rows: result.festivalEffects.map { f in
                    var row: [TableCell] = [.text("\(f.year)"), .text(f.festivalDate.description)]
                    for m in 1...3 {
                        if let e = f.months.first(where: { $0.month.month == m }) {
                            row.append(.text("\(NumberText.fixed(e.effect, digits: 1)) ± \(NumberText.fixed(e.standardError, digits: 1))"))
                        } else {
                            row.append(.missing)
                        }
                    }
                    return row
                }))
        }
        let d = result.diagnostics
        let verdict = zh ? (d.passes ? "未发现（两个 p 值均 > 0.1）" : "存在残余季节性（有 p 值 ≤ 0.1）")
            : (d.passes ? "none found (both p > 0.1)" : "RESIDUAL SEASONALITY (a p-value ≤ 0.1)")
        out.append(Table(
            title: zh ? "调整后序列的残余季节性（一阶差分，n = \(d.observations)）：\(verdict)"
                : "Residual seasonality in the adjusted series (first differences, n = \(d.observations)): \(verdict)",
            columns: SeasonalCell.columns(zh ? ["诊断", "统计量", "自由度", "p值"] : ["diagnostic", "statistic", "df", "p-value"]),
            rows: [
                [.text(zh ? "\(d.fDegreesOfFreedom.0) 个月份虚拟变量的 F 检验" : "F-test on \(d.fDegreesOfFreedom.0) month dummies"),
                 SeasonalCell.cell(d.fStatistic, 3), .text("\(d.fDegreesOfFreedom.0), \(d.fDegreesOfFreedom.1)"), SeasonalCell.cell(d.fPValue, 4)],
                [.text(zh ? "QS（滞后 12、24）" : "QS (lags 12, 24)"), SeasonalCell.cell(d.qsStatistic, 3), .text("2"), SeasonalCell.cell(d.qsPValue, 4)],
            ]))
        // The dispersion is in the series' units, not a test statistic: its own table and column.
        let changeUnit = result.multiplicative ? "%" : (zh ? "序列单位" : "units")
        out.append(Table(
            title: zh ? "调整后环比变化的离散程度" : "Dispersion of the adjusted month-on-month change",
            columns: SeasonalCell.columns(zh ? ["月份", "标准差（\(changeUnit)）"] : ["months", "s.d. (\(changeUnit))"]),
            rows: [
                [.text(zh ? "1月" : "January"), SeasonalCell.cell(result.adjustedChangeDeviation(calendarMonth: 1), 2)],
                [.text(zh ? "2月" : "February"), SeasonalCell.cell(result.adjustedChangeDeviation(calendarMonth: 2), 2)],
                [.text(zh ? "全部月份" : "all months"), SeasonalCell.cell(result.adjustedChangeDeviation(calendarMonth: nil), 2)],
            ]))
        out.append(seriesTable(exact: false, language: language))
        return out
    }

    /// The JSON: keys and numbers the same in every language (`settings` in English); `notes` in `language`.
    public func json(language: DisplayLanguage) -> JSONValue {
        let d = result.diagnostics
        var object: [(key: String, value: JSONValue)] = [
            (key: "series", value: .string(series.id)),
            (key: "span", value: .string(span)),
            (key: "settings", value: .string(settings(.en))),
            (key: "kind", value: result.kind.map { .string($0.rawValue) } ?? .null),
            (key: "multiplicative", value: .bool(result.multiplicative)),
            (key: "months", value: .array(result.months.map { .string($0.description) })),
        ]
        var columns = Array(zip(Self.componentKeys, components))
        if let (mom, ann) = growth {
            columns += [("mom_growth_pct", mom), ("annualized_growth_pct", ann)]
        }
        for (key, values) in columns {
            object.append((key: key, value: .array(values.map { $0.isFinite ? .number($0) : .null })))
        }
        object.append((key: "coefficients", value: .array(result.coefficients.map { c in
            .object([(key: "name", value: .string(c.name)), (key: "estimate", value: .number(c.estimate)),
                     (key: "std_error", value: .number(c.standardError)), (key: "t", value: .number(c.t))])
        })))
        object.append((key: "festival_effects", value: .array(result.festivalEffects.map { f in
            .object([
                (key: "year", value: .number(Double(f.year))),
                (key: "date", value: .string(f.festivalDate.description)),
                (key: "months", value: .array(f.months.map { e in
                    .object([(key: "month", value: .string(e.month.description)), (key: "effect", value: .number(e.effect)),
                             (key: "std_error", value: .number(e.standardError))])
                })),
            ])
        })))
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        object.append((key: "diagnostics", value: .object([
            (key: "observations", value: .number(Double(d.observations))),
            (key: "f_statistic", value: .number(d.fStatistic)),
            (key: "f_df", value: .array([.number(Double(d.fDegreesOfFreedom.0)), .number(Double(d.fDegreesOfFreedom.1))])),
            (key: "f_p_value", value: .number(d.fPValue)),
            (key: "qs_statistic", value: .number(d.qsStatistic)),
            (key: "qs_p_value", value: .number(d.qsPValue)),
            (key: "passes", value: .bool(d.passes)),
            (key: "adjusted_change_sd_january", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: 1)))),
            (key: "adjusted_change_sd_february", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: 2)))),
            (key: "adjusted_change_sd_all", value: .optionalNumber(finite(result.adjustedChangeDeviation(calendarMonth: nil)))),
        ])))
        object.append((key: "notes", value: .array(notes.map { .string($0.text(in: language)) })))
        return .object(object)
    }
}
