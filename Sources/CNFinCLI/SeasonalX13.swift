import ArgumentParser
import CNFin
import Foundation

/// `cnfin seasonal --method x13`: the span under the break rule, the X-13-style adjustment and its output.
extension SeasonalCommand {
    /// The X-13 summary and the span adjusted (whose dataset status gives the header).
    func x13Presentation() throws -> (summary: X13Summary, input: SeriesSpan) {
        let (span, rule) = try breakSpan()
        var notes = span.notes
        if let note = rule.breakNote { notes.append(note) }
        let values = rule.values
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
            throw SeriesInput.tooShortSinceBreak(
                span, rule, minimum: X11.minimumObservations, method: BilingualText(en: "X-11", zh: "X-11 分解"),
                allows: BilingualText(
                    en: "--break-regressors to adjust \(span.start)…\(end) with a level shift at each definitional break, or --ignore-breaks",
                    zh: "--break-regressors 在每个统计口径变更处设水平移动、调整\(span.start)…\(end)，或加 --ignore-breaks"),
                language: lang)
        }
        let result = try X13Adjustment.adjust(rule, options: options)
        return (try X13Summary(series: span.label, result: result, kind: kind, breakMonths: Set(breakMonths), notes: notes), span)
    }
}
