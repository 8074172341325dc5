/// What a published figure states about its series: the one measure type of cnfin.
///
/// The raw values are the names used in the JSON/CSV output of `cnfin ingest`
/// and, for the comparisons (``comparisons``), in the `measure` column of the
/// dataset's `published.csv` (``PublishedComparison``).
public enum FigureMeasure: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// A month-end level (余额, 存量), in 亿元; stored in the family CSV.
    case level
    /// A monthly flow (增加 / 减少, 增量), in 亿元; stored in the family CSV.
    case increase
    /// Year-on-year growth of a stock, in % (同比增长 x%); stored as the `…_yoy` series.
    case yoyPct = "yoy_pct"
    /// Change of a growth rate versus the previous month-end, in percentage
    /// points (增速比上月末高/低 x 个百分点).
    case ppVsPrev = "pp_vs_prev"
    /// Change of a growth rate versus the same month a year earlier, in
    /// percentage points (比上年同期高/低 x 个百分点).
    case ppVsYearAgo = "pp_vs_year_ago"
    /// A monthly flow minus the flow of the same month a year earlier, in 亿元
    /// (同比多增 / 少增 / 多减 / 少减, 比上年同期多 / 少): x_t − x_{t−12}.
    case changeVsYearAgo = "change_vs_year_ago"
    /// A monthly flow minus the flow of the previous month, in 亿元 (比上月多 / 少): x_t − x_{t−1}.
    case changeVsPrev = "change_vs_prev"
    /// A year-to-date sum of a flow (前X个月, 一季度, 上半年, 前三季度, 全年, 1–2月), in 亿元;
    /// stored as the `…_ytd` series.
    case ytdSum = "ytd_sum"
    /// A year-to-date sum minus that of a year earlier, in 亿元.
    case ytdChangeVsYearAgo = "ytd_change_vs_year_ago"

    public var description: String { rawValue }

    /// The measure name under which the figure is kept in `published.csv`,
    /// or `nil` when it is a value of its series (family CSV).
    public var publishedMeasure: String? {
        switch self {
        case .level, .increase, .yoyPct, .ytdSum: return nil
        case .ppVsPrev, .ppVsYearAgo, .changeVsYearAgo, .changeVsPrev: return rawValue
        case .ytdChangeVsYearAgo: return FigureMeasure.changeVsYearAgo.rawValue
        }
    }

    /// The measures kept as rows of `published.csv` (comparisons printed in a release).
    public static let comparisons: [FigureMeasure] = [.changeVsYearAgo, .changeVsPrev, .ppVsPrev, .ppVsYearAgo]
}
