import CNFinSeries

/// A comparison printed in a release (row of `published.csv`), e.g. "同比少增5418亿元".
public struct PublishedComparison: Sendable, Hashable {
    /// What the published figure compares.
    public enum Measure: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// Change of a flow versus the same month a year earlier (同比多增/少增), in the series' unit.
        case changeVsYearAgo = "change_vs_year_ago"
        /// Change versus the previous month (比上月多/少).
        case changeVsPrevious = "change_vs_prev"
        /// Change of a growth rate versus the previous month-end, in percentage points.
        case percentagePointsVsPrevious = "pp_vs_prev"
        /// Change of a growth rate versus the same month a year earlier, in percentage points.
        case percentagePointsVsYearAgo = "pp_vs_year_ago"

        public var description: String { rawValue }
    }

    /// Series id.
    public var id: String
    /// Month of the release figure.
    public var month: Month
    /// What is compared.
    public var measure: Measure
    /// The published value.
    public var value: Double
    /// Its unit.
    public var unit: SeriesUnit
    /// Source tag.
    public var source: String
}
