import CNFinSeries

/// Monthly series aligned on the calendar for a regression or a time-series test:
/// the months where the dependent series and every (lagged) regressor have a value.
///
/// Lags are taken on the calendar, not by row position: the regressor `x.L2` in month t is
/// x in month t − 2 (``MonthlySeries/lag(_:)``), so a missing month never shifts a lag.
/// Lagged columns are named as in ``DistributedLag/design(columns:names:lags:)``:
/// `x`, `x.L1`, …, `x.LL`. The bounds `from`/`to` restrict the months of the dependent
/// variable; lags may reach before `from`.
public struct MonthlyDesign: Sendable {
    /// The dependent series' id.
    public let dependent: String
    /// The months of the sample, increasing (not necessarily consecutive).
    public let months: [Month]
    /// The dependent variable, one value per month.
    public let y: [Double]
    /// The regressors (each one value per month), in the order of ``names``.
    public let x: [[Double]]
    /// The regressor names: for each series its id and then `id.L1` … `id.LL`.
    public let names: [String]
    /// The ids (the dependent series, then every lagged term `id.Lk`) without a value in the first
    /// month the sample skips, comma-separated (empty when the months are consecutive): what
    /// ``requireConsecutive()`` names.
    private let missingInFirstGap: String

    /// Number of observations.
    public var nobs: Int { months.count }
    /// The first and last month of the sample.
    public var span: (first: Month, last: Month)? { months.first.flatMap { f in months.last.map { (f, $0) } } }
    /// Months between the first and last without a complete row (skipped by the alignment).
    public var skippedMonths: Int {
        guard let span else { return 0 }
        return span.first.distance(to: span.last) + 1 - months.count
    }

    /// Aligns `y` and `x` (with lags 0…`lags` of each regressor) on the calendar.
    /// - Throws: ``StatisticsError/invalidArgument(_:)`` for negative lags or duplicate ids,
    ///   ``StatisticsError/tooFewObservations(what:needed:available:)`` when no month is complete.
    public init(y: MonthlySeries, x: [MonthlySeries], lags: Int = 0, from: Month? = nil, to: Month? = nil) throws(StatisticsError) {
        guard lags >= 0 else { throw .invalidArgument("the number of lags must be non-negative, got \(lags)") }
        var seen: Set<String> = [y.id]
        for s in x {
            guard seen.insert(s.id).inserted else { throw .invalidArgument("series '\(s.id)' is named twice") }
        }
        // Before building (lags + 1) shifted copies of every regressor: a sample month m needs
        // every regressor at m − lags, so with more lags than the months between a regressor's
        // first value and the last month of y there is no observation at all, whatever the size.
        let dependentSeries = y.sliced(from: from, to: to)
        var noMonth = true
        if let last = dependentSeries.end, !x.contains(where: \.isEmpty) {
            noMonth = x.map(\.start).max().map { $0.distance(to: last) < lags } ?? false
        }
        guard !noMonth else {
            throw .tooFewObservations(what: Self.completeMonthsWhat(y: y, x: x, lags: lags, from: from, to: to),
                                      needed: 1, available: 0)
        }
        try StatisticsLimits.checkDesign(rows: dependentSeries.count, columns: saturatingProduct(x.count, saturatingSum(lags, 1)),
                                         what: "a monthly design with \(lags) lags of \(x.count) regressor(s)")
        // One LaggedSeries term per series and lag (the MonthlyRegressor that names `x.L2` and shifts
        // by calendar month); the design keeps the months where y and every term have a value.
        let terms = x.flatMap { s in (0...lags).map { LaggedSeries(s, lag: $0) } }
        let regressors = terms.map(\.lagged)
        let frame = SeriesFrame([dependentSeries] + regressors)
        let rows = frame.completeRows.filter { row in
            (from.map { row.month >= $0 } ?? true) && (to.map { row.month <= $0 } ?? true)
        }
        guard !rows.isEmpty else {
            throw .tooFewObservations(what: Self.completeMonthsWhat(y: y, x: x, lags: lags, from: from, to: to),
                                      needed: 1, available: 0)
        }
        dependent = y.id
        months = rows.map(\.month)
        self.y = rows.map { $0.values[0] }
        self.x = regressors.indices.map { j in rows.map { $0.values[j + 1] } }
        names = regressors.map(\.id)
        let gap = zip(months, months.dropFirst()).first { $0.distance(to: $1) != 1 }.map { $0.0.advanced(by: 1) }
        missingInFirstGap = gap.map { m in ([dependentSeries] + regressors).filter { $0[m] == nil }.map(\.id).joined(separator: ", ") } ?? ""
    }

    /// "months where y, x1, … all have a value [with L lags] [in from–to]", for errors.
    static func completeMonthsWhat(y: MonthlySeries, x: [MonthlySeries], lags: Int, from: Month?, to: Month?) -> String {
        let window = from == nil && to == nil ? "" : " in \(from?.description ?? "…")–\(to?.description ?? "…")"
        let lagged = lags > 0 ? " (with \(lags) lags)" : ""
        return "months where \(([y.id] + x.map(\.id)).joined(separator: ", ")) all have a value\(lagged)\(window)"
    }

    /// Requires consecutive months (time-series tests and positional lags need them).
    /// - Throws: ``StatisticsError/notConsecutive(first:last:missing:lastBefore:firstAfter:)`` naming the first gap.
    public func requireConsecutive() throws(StatisticsError) {
        for (a, b) in zip(months, months.dropFirst()) where a.distance(to: b) != 1 {
            let missing = a.distance(to: b) == 2 ? "\(a.advanced(by: 1))" : "\(a.advanced(by: 1))…\(b.advanced(by: -1))"
            throw .notConsecutive(first: months[0].description, last: months[months.count - 1].description, missing: missing,
                                  lastBefore: a.description, firstAfter: b.description, missingIn: missingInFirstGap)
        }
    }
}
