/// The quantities the release states about one figure, named as in the
/// dataset's `published.csv` and in the JSON output.
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

    public static func < (lhs: ReleaseMeasure, rhs: ReleaseMeasure) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
