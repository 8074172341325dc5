import CNFinSeries

/// The columns of the summary's figure table: the quantities the release
/// states about one headline series, named as in the summary's CSV/JSON output.
///
/// Not a second measure type but a view of ``FigureMeasure`` keyed on the
/// headline series: `value` is the level of a stock or the amount of a flow,
/// and the growth and year-to-date columns belong to the headline series
/// though the catalog stores them under its rate or YTD series.
/// ``figureMeasure(stock:)`` gives the measure each column is; the raw values
/// (`value`, `ytd`) are output column names and stay as they are.
public enum ReleaseMeasure: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The level (stock) or the monthly amount (flow), in the figure's unit.
    case value
    /// Year-on-year growth of a stock, in percent (同比增长).
    case yoyPct = "yoy_pct"
    /// Change of the growth rate versus the previous month-end, in percentage points (增速比上月末高/低).
    case ppVsPrev = "pp_vs_prev"
    /// Change of the growth rate versus the same month a year earlier, in percentage points (比上年同期高/低).
    case ppVsYearAgo = "pp_vs_year_ago"
    /// A flow minus the flow of the same month a year earlier, in 亿元 (同比多增/少增).
    case changeVsYearAgo = "change_vs_year_ago"
    /// A flow minus the flow of the previous month, in 亿元 (比上月多/少).
    case changeVsPrev = "change_vs_prev"
    /// The sum of the flow from January to the month, in 亿元 (前N个月).
    case ytd
    /// The year-to-date sum minus that of a year earlier, in 亿元.
    case ytdChangeVsYearAgo = "ytd_change_vs_year_ago"

    /// The measure this column is for a stock (`stock` true) or a flow, or
    /// `nil` when that kind of series has no such column (a flow's `yoy_pct`,
    /// a stock's year-to-date sum).
    public func figureMeasure(stock: Bool) -> FigureMeasure? {
        switch (self, stock) {
        case (.value, true): return .level
        case (.value, false): return .increase
        case (.yoyPct, true): return .yoyPct
        case (.ppVsPrev, true): return .ppVsPrev
        case (.ppVsYearAgo, true): return .ppVsYearAgo
        case (.changeVsYearAgo, false): return .changeVsYearAgo
        case (.changeVsPrev, false): return .changeVsPrev
        case (.ytd, false): return .ytdSum
        case (.ytdChangeVsYearAgo, false): return .ytdChangeVsYearAgo
        default: return nil
        }
    }

    public static func < (lhs: ReleaseMeasure, rhs: ReleaseMeasure) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
