import CNFinSeries

/// One row of `catalog.csv`: what a bundled series is.
public struct CatalogEntry: Sendable, Hashable, Identifiable {
    /// The family a series belongs to.
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case money, loans, deposits, tsf
    }

    /// Series id, e.g. `m2`.
    public var id: String
    /// Chinese name, e.g. `广义货币(M2)`.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Unit (亿元 or %).
    public var unit: SeriesUnit
    /// Stock, flow or rate.
    public var kind: SeriesKind
    /// Money, loans, deposits or TSF.
    public var family: Family
    /// Frequency (`monthly`).
    public var frequency: String
    /// First month with data, if given.
    public var first: Month?
    /// Last month with data, if given.
    public var last: Month?
    /// Source tags (the `;`-separated `source` column).
    public var sources: [String]
    /// Free-text notes.
    public var notes: String
}
