import CNFinSeries

/// The data a hierarchy decomposition reads: monthly series by id, the break
/// registry, and published comparisons of flows that cannot be derived from
/// levels (同比多增/少增 as printed).
public struct SeriesPanel: Sendable {
    /// The series by id.
    public var series: [String: MonthlySeries]
    /// The registered definitional breaks (the registry plus any carried by the series).
    public var breaks: [DefinitionalBreak]
    /// Published changes of flows versus the same month a year earlier (亿元), by series id and month.
    public var publishedChangesVsYearAgo: [String: [Month: Double]]
    /// The series of published year-to-date sums of a flow, by flow id (the
    /// catalog's `ytd_id` relation, e.g. `loans_increase` → `loans_increase_ytd`).
    public var yearToDateIDs: [String: String]

    /// Creates a panel. Breaks carried by the series themselves are added to `breaks`.
    public init(series: [MonthlySeries], breaks: [DefinitionalBreak] = [],
                publishedChangesVsYearAgo: [String: [Month: Double]] = [:], yearToDateIDs: [String: String] = [:]) {
        var byID: [String: MonthlySeries] = [:]
        for s in series { byID[s.id] = s }
        self.series = byID
        var all = breaks
        var seen = Set(breaks.map(\.id))
        for s in series { for b in s.breaks where seen.insert(b.id).inserted { all.append(b) } }
        self.breaks = all
        self.publishedChangesVsYearAgo = publishedChangesVsYearAgo
        self.yearToDateIDs = yearToDateIDs
    }

    /// The value of series `id` at `month`, or `nil` (no such series, no value, or non-finite).
    public func value(_ id: String, at month: Month) -> Double? {
        guard let v = series[id]?[month], v.isFinite else { return nil }
        return v
    }

    /// The value of a formula at `month`; `nil` if any series it reads has no value.
    public func value(_ formula: LinearFormula, at month: Month) -> Double? {
        formula.evaluate { value($0, at: month) }
    }

    /// The published change of flow `id` at `month` versus a year earlier, if any.
    public func publishedChangeVsYearAgo(_ id: String, at month: Month) -> Double? {
        publishedChangesVsYearAgo[id]?[month]
    }

    /// The months in which series `id` has a value, ascending.
    public func months(of id: String) -> [Month] {
        series[id]?.observations.map(\.month) ?? []
    }
}
