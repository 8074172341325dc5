import CNFinARIMA
import CNFinOutput
import CNFinSeries
import CNFinX11
import CNFinSupport

/// What `cnfin seasonal` (method x13) prints for an ``X13Result``: the regARIMA estimates, the X-13
/// diagnostics with their plain-language verdict, and the series table — titles, headers, verdict and
/// notes in the reader's language, the numbers the same in both.
///
/// Output rule (as ``SeasonalAdjustmentSummary``): tables are labelled in the language; the CSV keeps the
/// machine keys `month,observed,adjusted,trend,seasonal,holiday,outlier,irregular`; the JSON keys never
/// change (`verdict` holds both languages), only its `notes` follow the language.
public struct X13Summary: Sendable {
    public var series: SeriesLabel
    public var result: X13Result
    /// The regARIMA part, as `cnfin arima` prints it.
    public var model: RegARIMAReport
    public var kind: SeriesKind?
    /// First months of definitional breaks inside the span: no growth rate there.
    public var breakMonths: Set<Month>
    /// Notes on the span and the break rule (the summary adds the outlier, CNY and growth notes).
    public var notes: [any LocalizedNote]

    public init(series: SeriesLabel, result: X13Result, kind: SeriesKind?, breakMonths: Set<Month>,
                notes: [any LocalizedNote]) throws(ARIMAError) {
        self.series = series
        self.result = result
        self.model = RegARIMAReport(series: series, fit: result.regARIMA, diagnostics: try result.regARIMA.diagnostics(),
                                    localizedNotes: [])
        self.kind = kind
        self.breakMonths = breakMonths
        self.notes = notes
    }

    /// The machine keys of the component columns (CSV headers and JSON keys).
    public static let componentKeys = ["observed", "adjusted", "trend", "seasonal", "holiday", "outlier", "irregular"]

    var components: [[Double]] {
        [result.observed, result.adjusted, result.trend, result.seasonal, result.holiday, result.outlier, result.irregular]
    }

    /// `YYYY-MM…YYYY-MM`.
    public var span: String {
        "\(result.start)…\(result.start.advanced(by: result.observed.count - 1))"
    }

    /// Every note in order: the caller's, the automatic outliers, the CNY choice, the growth columns.
    public var allNotes: [any LocalizedNote] {
        var out = notes
        if !result.detectedOutliers.isEmpty {
            out.append(RegARIMANote.automaticOutliers(types: [], criticalValue: nil,
                                                      found: result.detectedOutliers.sorted { $0.month < $1.month }.map(\.name)))
        }
        if !result.outlierTies.isEmpty { out.append(RegARIMANote.outlierTies(result.outlierTies)) }
        if !result.holidayCandidates.isEmpty {
            out.append(SeasonalNote.holidayChoice(candidates: result.holidayCandidates.map { .init(spec: $0.spec, aicc: $0.aicc) },
                                                  chosen: result.holidaySpec))
        }
        if kind != .stock {
            out.append(SeasonalNote.growthForStocksOnly)
        } else if !breakMonths.isEmpty {
            out.append(SeasonalNote.noGrowthAcrossBreaks(breakMonths.sorted()))
        }
        return out
    }

    /// Month-on-month % change of the adjusted series (stocks only), missing at a break month.
    public var growth: [Double]? {
        guard kind == .stock else { return nil }
        let a = result.adjusted, months = result.months
        return a.indices.map { i in
            i == 0 || breakMonths.contains(months[i]) ? .nan : 100 * (a[i] / a[i - 1] - 1)
        }
    }

    /// The settings in `language`: regARIMA order and transform, CNY window, X-11 mode, filters.
    public func settings(_ language: DisplayLanguage) -> String {
        let x = result.x11
        let order = result.regARIMA.order
        if language == .zh {
            let transform = result.regARIMA.model.transform == .log ? "取对数" : "不变换"
            let mode: String
            switch x.mode {
            case .additive: mode = "加法"
            case .multiplicative: mode = "乘法"
            case .logAdditive: mode = "对数加法"
            }
            return "regARIMA \(order) \(transform)，春节 \(result.holidaySpec.label(language))，X-11 \(mode)，"
                + "季节滤波 \(x.seasonalFilter.rawValue.replacingOccurrences(of: "x", with: "×"))，Henderson \(x.hendersonD12)"
        }
        return "regARIMA \(order) \(result.regARIMA.model.transform.rawValue), CNY \(result.holidaySpec.label), "
            + "X-11 \(x.mode.rawValue), seasonal filter \(x.seasonalFilter.rawValue), Henderson \(x.hendersonD12)"
    }

    /// The series table; `exact` (CSV): machine-key headers, shortest round-trip numbers, no title or notes.
    public func seriesTable(exact: Bool, language: DisplayLanguage = .en) -> Table {
        let zh = language == .zh && !exact
        var headers = [zh ? "月份" : "month"] + (zh ? ["原始值", "季调后", "趋势", "季节", "春节", "离群值", "不规则"] : Self.componentKeys)
        let g = exact ? nil : growth
        if g != nil { headers.append(zh ? "环比（%）" : "mom %") }
        // Values in the series' unit with the unit's decimals; multiplicative factors with 4.
        let amount = SeasonalCell.decimals(unit: series.unit)
        let fd = result.mode != .additive ? 4 : amount
        let digits: [Int?] = exact ? Array(repeating: nil, count: 7) : [amount, amount, amount, fd, fd, fd, fd]
        let rows: [[TableCell]] = result.months.indices.map { i in
            var row: [TableCell] = [.text(result.months[i].description)]
            row += components.enumerated().map { j, c in SeasonalCell.cell(c[i], digits[j]) }
            if let g { row.append(SeasonalCell.cell(g[i], 2)) }
            return row
        }
        let name = series.text(in: language)
        let title = zh ? "\(name)的 X-13 式季节调整（\(span)，\(settings(language))）"
            : "X-13-style seasonal adjustment of \(name) (\(span), \(settings(language)))"
        return Table(title: exact ? nil : title, columns: SeasonalCell.columns(headers), rows: rows,
                     notes: exact ? [] : allNotes.map { $0.text(in: language) })
    }

    /// The plain-language verdict of the diagnostics in `language`.
    public func verdict(_ language: DisplayLanguage) -> String {
        let d = result.diagnostics
        let id = d.identifiable
        let qsP = NumberText.fixed(d.qsAdjusted.pValue, digits: 3)
        let q = d.quality.q
        let residual = d.qsAdjusted.pValue <= 0.01
        if language == .zh {
            let idZh = id == .present ? "存在可识别的季节性" : (id == .probablyNotPresent ? "季节性可能不存在" : "不存在可识别的季节性")
            return "\(idZh)（X-13 组合检验）。"
                + (residual ? "调整后序列仍有残余季节性（QS p = \(qsP)）。" : "调整后序列无残余季节性（QS p = \(qsP)）。")
                + "质量统计量 Q = \(NumberText.fixed(q, digits: 2))（\(q < 1 ? "小于 1，可接受" : "不小于 1，不可接受")）。"
        }
        return "Seasonality: \(id.rawValue.lowercased()) (X-13's combined test). "
            + (residual ? "Residual seasonality in the adjusted series (QS p = \(qsP)). "
                : "No residual seasonality in the adjusted series (QS p = \(qsP)). ")
            + "Quality Q = \(NumberText.fixed(q, digits: 2)) (\(q < 1 ? "acceptable, below 1" : "not acceptable, 1 or more"))."
    }

    /// The regARIMA estimates, the X-13 diagnostics with the verdict, the series.
    public func tables(language: DisplayLanguage) -> [Table] {
        let zh = language == .zh
        let d = result.diagnostics
        func t(_ c: String, _ e: String) -> TableCell { .text(zh ? c : e) }
        var rows: [[TableCell]] = [
            [t("QS 原始序列", "QS original"), SeasonalCell.cell(d.qsOriginal.value, 3), SeasonalCell.cell(d.qsOriginal.pValue, 4)],
            [t("QS 季调后序列", "QS adjusted"), SeasonalCell.cell(d.qsAdjusted.value, 3), SeasonalCell.cell(d.qsAdjusted.pValue, 4)],
            [t("QS 不规则成分", "QS irregular"), SeasonalCell.cell(d.qsIrregular.value, 3), SeasonalCell.cell(d.qsIrregular.pValue, 4)],
            [t("稳定季节性 F（D8）", "F stable seasonality (D8)"), SeasonalCell.cell(d.stableSeasonalityF, 3), .missing],
            [t("移动季节性 F（D8）", "F moving seasonality (D8)"), SeasonalCell.cell(d.movingSeasonalityF, 3), .missing],
        ]
        for (i, v) in d.quality.m.enumerated() { rows.append([.text("M\(i + 1)"), SeasonalCell.cell(v, 3), .missing]) }
        // Q and Q2 with the 3 decimals of the M statistics they average: one number of decimals per column.
        rows.append([.text("Q"), SeasonalCell.cell(d.quality.q, 3), .missing])
        rows.append([.text("Q2"), SeasonalCell.cell(d.quality.q2, 3), .missing])
        let identifiable: String
        switch d.identifiable {
        case .present: identifiable = zh ? "存在" : "PRESENT"
        case .probablyNotPresent: identifiable = zh ? "可能不存在" : "PROBABLY NOT PRESENT"
        case .notPresent: identifiable = zh ? "不存在" : "NOT PRESENT"
        }
        let diagnostics = Table(title: zh ? "X-13 诊断：可识别的季节性\(identifiable)" : "X-13 diagnostics: identifiable seasonality \(identifiable)",
                                columns: SeasonalCell.columns(zh ? ["诊断", "统计量", "p值"] : ["diagnostic", "statistic", "p-value"]),
                                rows: rows, notes: [verdict(language)])
        return model.estimatesTables(language: language) + [diagnostics, seriesTable(exact: false, language: language)]
    }

    /// The JSON: keys and numbers the same in every language (`verdict` holds both); `notes` in `language`.
    public func json(language: DisplayLanguage) -> JSONValue {
        let d = result.diagnostics
        let x = result.x11
        var obj: [(key: String, value: JSONValue)] = [
            ("series", .string(series.id)), ("span", .string(span)), ("method", .string("x13")),
            ("kind", kind.map { .string($0.rawValue) } ?? .null),
            ("months", .array(result.months.map { .string($0.description) })),
        ]
        for (k, c) in zip(Self.componentKeys, components) { obj.append((k, .array(c.map { $0.isFinite ? .number($0) : .null }))) }
        if let g = growth { obj.append(("mom_growth_pct", .array(g.map { $0.isFinite ? .number($0) : .null }))) }
        obj.append(("model", model.json(language: language)))
        obj.append(("cny", .object([
            ("chosen", .string(result.holidaySpec.label)),
            ("candidates", .array(result.holidayCandidates.map { .object([("window", .string($0.spec.label)), ("aicc", .number($0.aicc))]) })),
        ])))
        obj.append(("x11", .object([("mode", .string(x.mode.rawValue)), ("seasonal_filter", .string(x.seasonalFilter.rawValue)),
                                    ("henderson", .number(Double(x.hendersonD12)))])))
        var ms: [(key: String, value: JSONValue)] = []
        for (i, v) in d.quality.m.enumerated() { ms.append(("M\(i + 1)", .optionalNumber(v.isFinite ? v : nil))) }
        obj.append(("diagnostics", .object([
            ("qs_original", .number(d.qsOriginal.value)), ("qs_adjusted", .number(d.qsAdjusted.value)),
            ("qs_irregular", .number(d.qsIrregular.value)),
            ("stable_seasonality_f", .number(d.stableSeasonalityF)), ("moving_seasonality_f", .number(d.movingSeasonalityF)),
            ("identifiable_seasonality", .string(d.identifiable.rawValue)),
            ("m", .object(ms)), ("q", .number(d.quality.q)), ("q2", .number(d.quality.q2)),
        ])))
        obj.append(("verdict", .object([("en", .string(verdict(.en))), ("zh", .string(verdict(.zh)))])))
        obj.append(("notes", .array(allNotes.map { .string($0.text(in: language)) })))
        return .object(obj)
    }
}
