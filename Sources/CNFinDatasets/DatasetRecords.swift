import CNFinSeries

/// A value from another vintage or source of a series (row of `vintages.csv`),
/// kept alongside the chosen value.
public struct Vintage: Sendable, Hashable {
    /// Series id.
    public var id: String
    /// Month.
    public var month: Month
    /// The alternative value.
    public var value: Double
    /// Source tag.
    public var source: String
    /// Why it differs.
    public var note: String
}

/// A month where two sources disagree (row of `disagreements.csv`).
/// `difference` = `valueB − valueA`.
public struct Disagreement: Sendable, Hashable {
    /// Series id.
    public var id: String
    /// Month.
    public var month: Month
    /// First source and its value.
    public var sourceA: String
    public var valueA: Double
    /// Second source and its value.
    public var sourceB: String
    public var valueB: Double
    /// valueB − valueA as recorded.
    public var difference: Double
    /// Why they differ.
    public var explanation: String
}

/// A source tag and where its data came from (row of `sources.csv`).
public struct DataSource: Sendable, Hashable {
    /// The tag used in the `source` columns.
    public var source: String
    /// What it is.
    public var description: String
    /// The raw files it was read from.
    public var rawFiles: [String]
    /// Repository and commit, or `derived`.
    public var origin: String
}
