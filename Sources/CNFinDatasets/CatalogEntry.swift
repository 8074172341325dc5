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
    /// The relations to other series (the catalog's `rate_id`, `stock_id`, `flow_id`, `ytd_id`
    /// columns, written by `Datasets/scripts/build_datasets.py`; empty when a catalog has none).
    public var relations = SeriesRelations()
}

/// How a series relates to the others of its catalog: read from `catalog.csv`, never
/// derived from id spellings, so a new series is one catalog row.
public struct SeriesRelations: Sendable, Hashable {
    /// For a stock: the series of its published year-on-year growth (%).
    public var rateID: String?
    /// For a rate or a flow: the stock it belongs to.
    public var stockID: String?
    /// For a stock: its monthly flow; for a year-to-date sum: the flow it sums.
    public var flowID: String?
    /// For a flow: the series of its published year-to-date sums.
    public var ytdID: String?

    /// Creates relations; an empty id means none.
    public init(rateID: String? = nil, stockID: String? = nil, flowID: String? = nil, ytdID: String? = nil) {
        func some(_ id: String?) -> String? { id.flatMap { $0.isEmpty ? nil : $0 } }
        self.rateID = some(rateID)
        self.stockID = some(stockID)
        self.flowID = some(flowID)
        self.ytdID = some(ytdID)
    }

    /// The ids named, in column order (rate, stock, flow, ytd).
    public var ids: [String] { [rateID, stockID, flowID, ytdID].compactMap { $0 } }
}
