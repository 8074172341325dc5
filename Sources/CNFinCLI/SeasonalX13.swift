import ArgumentParser
import CNFin
import Foundation

/// `cnfin seasonal --method x13`: the span under the break rule, the X-13-style adjustment and its output.
extension SeasonalCommand {
    func x13Presentation() throws -> SeasonalX13Presentation {
        let (span, rule) = try breakSpan()
        var notes = span.note.map { [$0] } ?? []
        if let note = rule.note { notes.append(note) }
        let start = rule.start, values = rule.values
        var fixed: [OutlierRegressor] = []
        let breakMonths = rule.breakMonths
        for o in x13.outlier.flatMap(\.regressors) {
            if !fixed.contains(where: { $0.name == o.name }) { fixed.append(o) }
        }
        let kind = seriesKind(span)
        let holiday: ChineseNewYearSpec
        if !cny {
            holiday = .none
        } else if let s = x13.cnySplit {
            holiday = .split(before: s.before, after: s.after)
        } else if let w = cnyWindow {
            holiday = .window(before: w.before, after: w.after)
        } else {
            holiday = .automatic(ChineseNewYearSpec.candidates)
        }
        let mode: X13Options.ModeChoice = log ? .multiplicative
            : x13.mode.choice
        let types = x13.outliers.kinds
        // The defaults are the library's (the report uses the same); each flag overrides one setting.
        var options = X13Options.defaults(for: kind)
        options.mode = mode
        options.holiday = holiday
        if let form = x13.cnyForm { options.holidayForm = form }
        options.outliers = types.isEmpty ? .none : .automatic(types)
        options.fixedRegressors = fixed
        options.seasonalFilter = x13.seasonalFilter.choice
        options.henderson = x13.henderson.choice
        let end = rule.end
        if values.count < X11.minimumObservations, rule.startBreak != nil {
            throw SeriesInput.tooShortSinceBreak(span, rule, minimum: X11.minimumObservations, method: "X-11",
                allows: "--break-regressors to adjust \(span.start)…\(end) with a level shift at each definitional break, or --ignore-breaks")
        }
        let result = try X13Adjustment.adjust(rule, options: options)
        notes += result.notes
        if !result.holidayCandidates.isEmpty {
            notes.append("CNY windows chosen by AICc: " + result.holidayCandidates.map {
                "\($0.spec.label) \(NumberText.fixed($0.aicc, digits: 2))"
            }.joined(separator: ", ") + " → \(result.holidaySpec.label)")
        }
        if kind != .stock {
            notes.append("growth rates of the adjusted series are shown for stocks only")
        } else if !breakMonths.isEmpty {
            notes.append("no growth rate across the definitional break(s) at " + breakMonths.map(\.description).joined(separator: ", "))
        }
        let model = RegARIMAReport(series: span.name, fit: result.regARIMA, diagnostics: try result.regARIMA.diagnostics())
        return SeasonalX13Presentation(name: span.name, span: "\(start)…\(end)", result: result, model: model, kind: kind,
                                       breakMonths: Set(breakMonths), notes: notes)
    }
}

/// Tables and JSON of an ``X13Result``.
struct SeasonalX13Presentation {
    let name: String
    let span: String
    let result: X13Result
    /// The regARIMA part, as `cnfin arima` prints it.
    let model: RegARIMAReport
    let kind: SeriesKind?
    let breakMonths: Set<Month>
    let notes: [String]

    static let columns = ["observed", "adjusted", "trend", "seasonal", "holiday", "outlier", "irregular"]

    var components: [[Double]] {
        [result.observed, result.adjusted, result.trend, result.seasonal, result.holiday, result.outlier, result.irregular]
    }

    /// Month-on-month % change of the adjusted series (stocks only), missing at a break month.
    var growth: [Double]? {
        guard kind == .stock else { return nil }
        let a = result.adjusted, months = result.months
        return a.indices.map { i in
            i == 0 || breakMonths.contains(months[i]) ? .nan : 100 * (a[i] / a[i - 1] - 1)
        }
    }

    func seriesTable(exact: Bool) -> Table {
        var headers = ["month"] + Self.columns
        let g = exact ? nil : growth
        if g != nil { headers.append("mom %") }
        let ratio = result.mode != .additive
        let fd = ratio ? 4 : 1
        let digits: [Int?] = exact ? Array(repeating: nil, count: 7) : [1, 1, 1, fd, fd, fd, fd]
        let rows: [[TableCell]] = result.months.indices.map { i in
            var row: [TableCell] = [.text(result.months[i].description)]
            row += components.enumerated().map { j, c in SeasonalPresentation.cell(c[i], digits[j]) }
            if let g { row.append(SeasonalPresentation.cell(g[i], 2)) }
            return row
        }
        return Table(title: exact ? nil : "X-13-style seasonal adjustment of \(name) (\(span), \(settings))",
                     columns: headers.enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) },
                     rows: rows, notes: exact ? [] : notes)
    }

    var settings: String {
        let x = result.x11
        return "regARIMA \(result.regARIMA.order) \(result.regARIMA.model.transform.rawValue), CNY \(result.holidaySpec.label), "
            + "X-11 \(x.mode.rawValue), seasonal filter \(x.seasonalFilter.rawValue), Henderson \(x.hendersonD12)"
    }

    /// Plain-language verdict, English and Chinese.
    var verdict: (en: String, zh: String) {
        let d = result.diagnostics
        let id = d.identifiable
        let qsP = d.qsAdjusted.pValue
        let q = d.quality.q
        let residual = qsP <= 0.01
        let en = "Seasonality: \(id.rawValue.lowercased()) (X-13's combined test). "
            + (residual ? "Residual seasonality in the adjusted series (QS p = \(NumberText.fixed(qsP, digits: 3))). "
                : "No residual seasonality in the adjusted series (QS p = \(NumberText.fixed(qsP, digits: 3))). ")
            + "Quality Q = \(NumberText.fixed(q, digits: 2)) (\(q < 1 ? "acceptable, below 1" : "not acceptable, 1 or more"))."
        let idZh = id == .present ? "存在可识别的季节性" : (id == .probablyNotPresent ? "季节性可能不存在" : "不存在可识别的季节性")
        let zh = "\(idZh)（X-13 组合检验）。"
            + (residual ? "调整后序列仍有残余季节性（QS p = \(NumberText.fixed(qsP, digits: 3))）。"
                : "调整后序列无残余季节性（QS p = \(NumberText.fixed(qsP, digits: 3))）。")
            + "质量统计量 Q = \(NumberText.fixed(q, digits: 2))（\(q < 1 ? "小于 1，可接受" : "不小于 1，不可接受")）。"
        return (en, zh)
    }

    var tables: [Table] {
        let d = result.diagnostics
        let m = d.quality.m
        var rows: [[TableCell]] = [
            [.text("QS original"), SeasonalPresentation.cell(d.qsOriginal.value, 3), SeasonalPresentation.cell(d.qsOriginal.pValue, 4)],
            [.text("QS adjusted"), SeasonalPresentation.cell(d.qsAdjusted.value, 3), SeasonalPresentation.cell(d.qsAdjusted.pValue, 4)],
            [.text("QS irregular"), SeasonalPresentation.cell(d.qsIrregular.value, 3), SeasonalPresentation.cell(d.qsIrregular.pValue, 4)],
            [.text("F stable seasonality (D8)"), SeasonalPresentation.cell(d.stableSeasonalityF, 3), .missing],
            [.text("F moving seasonality (D8)"), SeasonalPresentation.cell(d.movingSeasonalityF, 3), .missing],
        ]
        for (i, v) in m.enumerated() { rows.append([.text("M\(i + 1)"), SeasonalPresentation.cell(v, 3), .missing]) }
        rows.append([.text("Q"), SeasonalPresentation.cell(d.quality.q, 2), .missing])
        rows.append([.text("Q2"), SeasonalPresentation.cell(d.quality.q2, 2), .missing])
        let v = verdict
        let diag = Table(title: "X-13 diagnostics: identifiable seasonality \(d.identifiable.rawValue)",
                         columns: ["diagnostic", "statistic", "p-value"].enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) },
                         rows: rows, notes: [v.en, v.zh])
        return [model.estimatesTable, diag, seriesTable(exact: false)]
    }

    var json: JSONValue {
        let d = result.diagnostics
        let x = result.x11
        var obj: [(key: String, value: JSONValue)] = [
            ("series", .string(name)), ("span", .string(span)), ("method", .string("x13")),
            ("kind", kind.map { .string($0.rawValue) } ?? .null),
            ("months", .array(result.months.map { .string($0.description) })),
        ]
        for (k, c) in zip(Self.columns, components) { obj.append((k, .array(c.map { $0.isFinite ? .number($0) : .null }))) }
        if let g = growth { obj.append(("mom_growth_pct", .array(g.map { $0.isFinite ? .number($0) : .null }))) }
        obj.append(("model", model.json))
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
        let v = verdict
        obj.append(("verdict", .object([("en", .string(v.en)), ("zh", .string(v.zh))])))
        obj.append(("notes", .array(notes.map { .string($0) })))
        return .object(obj)
    }
}
