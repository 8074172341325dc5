import CNFinSeries

/// A comparison printed in a release (row of `published.csv`), e.g. "同比少增5418亿元".
public struct PublishedComparison: Sendable, Hashable {
    /// Series id.
    public var id: String
    /// Month of the release figure.
    public var month: Month
    /// What is compared (one of ``FigureMeasure/comparisons``).
    public var measure: FigureMeasure
    /// The published value.
    public var value: Double
    /// Its unit.
    public var unit: SeriesUnit
    /// Source tag.
    public var source: String
}
