import CNFinARIMA
import CNFinSeries
import CNFinSupport
import CNFinX11

extension X13Options {
    /// The settings of `cnfin seasonal ID` without options and of the report's seasonal section:
    /// X-13's defaults (``X13Options/init(mode:holiday:holidayForm:outliers:fixedRegressors:order:tolerance:forecastMonths:seasonalFilter:henderson:lowerSigma:upperSigma:)``)
    /// with the CNY regressor form from the series kind (stock form for a month-end balance,
    /// flow form otherwise).
    public static func defaults(for kind: SeriesKind?) -> X13Options {
        X13Options(holidayForm: kind == .stock ? .stock : .flow)
    }
}

/// An X-13-style adjustment of a registered series on the span chosen by the break rule.
public struct X13SeriesAdjustment: Sendable {
    /// The span after the break rule (its note says what the rule did).
    public let span: BreakSpan
    public let options: X13Options
    public let result: X13Result

    /// The first month adjusted.
    public var start: Month { span.start }
    /// The observed values adjusted.
    public var values: [Double] { span.values }
    /// The break the span starts at, when the span of the current definition was used.
    public var startBreak: DefinitionalBreak? { span.startBreak }
    /// Whether the span crosses breaks with a level shift at each (`--break-regressors`).
    public var levelShifts: Bool { span.policy == .levelShifts }
    /// The first months of the breaks inside the span.
    public var breakMonths: [Month] { span.breakMonths }
}

extension X13Adjustment {
    /// Adjusts a span chosen by the break rule (``BreakPolicy/apply(seriesID:start:values:breaks:explicitSpan:)``):
    /// the level shifts the rule asks for are added to `options.fixedRegressors`.
    ///
    /// - Throws: `currentDefinitionTooShort` when the rule shortened the span below X-11's
    ///   three years; the errors of ``adjust(_:start:options:)`` otherwise.
    public static func adjust(_ span: BreakSpan, options: X13Options) throws(X13Error) -> X13Result {
        if span.values.count < X11.minimumObservations, let b = span.startBreak {
            throw .currentDefinitionTooShort(series: span.seriesID, breakID: b.id, from: span.start.description, to: span.end.description,
                                             count: span.values.count, minimum: X11.minimumObservations)
        }
        var o = options
        for ls in span.levelShifts where !o.fixedRegressors.contains(where: { $0.name == ls.name }) {
            o.fixedRegressors.append(ls)
        }
        return try adjust(span.values, start: span.start, options: o)
    }

    /// The default adjustment of a registered series up to `month`, as the report shows it and
    /// `cnfin seasonal ID --from START --to MONTH` prints it (`START` = the returned span's start):
    /// the longest gap-free stretch ending at `month`, cut to the span of the current definition
    /// (``BreakPolicy/currentDefinition``), adjusted with ``X13Options/defaults(for:)``.
    ///
    /// When the current definition is shorter than X-11's three years, the whole stretch is
    /// adjusted with a level shift at each break inside it (``BreakPolicy/levelShifts``, which
    /// `cnfin seasonal ID --break-regressors --from START --to MONTH` reproduces); the returned
    /// span's `policy` says which rule was used.
    public static func adjustDefault(_ series: MonthlySeries, through month: Month) throws(X13Error) -> X13SeriesAdjustment {
        var stretch: [Double] = []
        var m = month
        while let v = series[m], v.isFinite {
            stretch.append(v)
            m = m.advanced(by: -1)
        }
        stretch.reverse()
        guard !stretch.isEmpty else { throw .gap(month: month.description) }
        let start = month.advanced(by: -(stretch.count - 1))
        var span: BreakSpan
        do {
            span = try BreakPolicy.currentDefinition.apply(seriesID: series.id, start: start, values: stretch,
                                                           breaks: series.breaks, explicitSpan: false)
            if span.values.count < X11.minimumObservations, span.startBreak != nil {
                span = try BreakPolicy.levelShifts.apply(seriesID: series.id, start: start, values: stretch,
                                                         breaks: series.breaks, explicitSpan: false)
            }
        } catch {
            throw .regARIMA(error.description, chinese: localizedMessage(of: error, in: .zh))
        }
        let options = X13Options.defaults(for: series.kind)
        return X13SeriesAdjustment(span: span, options: options, result: try adjust(span, options: options))
    }
}
