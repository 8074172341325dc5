import CNFinCalendar
import CNFinSeries

/// The monthly monetary and credit statistics: catalog, series, published
/// comparisons, vintages, break registry, source list, disagreements between
/// sources and Chinese New Year dates.
///
/// Load the bundled copy with ``bundled()`` or a directory in the same format
/// with ``load(directory:)``.
public struct Dataset: Sendable {
    /// The catalog, in file order.
    public let catalog: [CatalogEntry]
    /// Every series by id (catalog entries without rows give empty series).
    public let seriesByID: [String: MonthlySeries]
    /// Published comparisons (`published.csv`).
    public let publishedComparisons: [PublishedComparison]
    /// Alternative values (`vintages.csv`).
    public let vintages: [Vintage]
    /// The break registry (`breaks.csv`).
    public let breaks: [DefinitionalBreak]
    /// The source key of every stored observation, by series id and month.
    public let observationSources: [String: [Month: String]]
    /// Source tags (`sources.csv`).
    public let sources: [DataSource]
    /// Disagreements between sources (`disagreements.csv`).
    public let disagreements: [Disagreement]
    /// Spring Festival dates (`chinese-new-year.csv`).
    public let chineseNewYear: [CivilDate]

    private let entryIndex: [String: Int]
    private let publishedIndex: [PublishedKey: PublishedComparison]

    private struct PublishedKey: Hashable {
        var id: String
        var month: Month
        var measure: FigureMeasure
    }

    /// Assembles a dataset; series get the breaks that list them.
    public init(catalog: [CatalogEntry], series: [MonthlySeries], published: [PublishedComparison] = [],
                vintages: [Vintage] = [], breaks: [DefinitionalBreak] = [], sources: [DataSource] = [],
                disagreements: [Disagreement] = [], chineseNewYear: [CivilDate] = [],
                observationSources: [String: [Month: String]] = [:]) {
        self.catalog = catalog
        self.observationSources = observationSources
        var byID: [String: MonthlySeries] = [:]
        for entry in catalog {
            byID[entry.id] = MonthlySeries(id: entry.id, start: entry.first ?? Month(index: 2000 * 12), values: [],
                                           unit: entry.unit, kind: entry.kind)
        }
        for s in series { byID[s.id] = s }
        for (id, s) in byID {
            var copy = s
            copy.breaks = breaks.filter { $0.affects(id) }
            byID[id] = copy
        }
        seriesByID = byID
        publishedComparisons = published
        self.vintages = vintages
        self.breaks = breaks
        self.sources = sources
        self.disagreements = disagreements
        self.chineseNewYear = chineseNewYear
        var index: [String: Int] = [:]
        for (i, entry) in catalog.enumerated() where index[entry.id] == nil { index[entry.id] = i }
        entryIndex = index
        var pub: [PublishedKey: PublishedComparison] = [:]
        for p in published { pub[PublishedKey(id: p.id, month: p.month, measure: p.measure)] = p }
        publishedIndex = pub
    }

    /// The catalog ids, in catalog order.
    public var ids: [String] { catalog.map(\.id) }

    /// The catalog entry of `id`, or an error listing close matches.
    public func entry(_ id: String) throws(DatasetError) -> CatalogEntry {
        guard let i = entryIndex[id] else {
            throw .unknownSeries(id: id, suggestions: CloseMatches.suggestions(for: id, among: ids))
        }
        return catalog[i]
    }

    /// The series `id`, or an error listing close matches.
    public func series(_ id: String) throws(DatasetError) -> MonthlySeries {
        if let s = seriesByID[id] { return s }
        // Ids are lower-case; `M2` or `Loans_YoY` name the one series whose id differs only in case.
        let folded = ids.filter { $0.lowercased() == id.lowercased() }
        guard folded.count == 1, let s = seriesByID[folded[0]] else {
            throw .unknownSeries(id: id, suggestions: CloseMatches.suggestions(for: id, among: ids))
        }
        return s
    }

    /// The source key (`sources.csv`) of the stored value of `id` in `month`, if any.
    public func source(id: String, month: Month) -> String? {
        observationSources[id]?[month]
    }

    /// The published comparison for `id`, `month` and `measure`, if any.
    public func published(id: String, month: Month, measure: FigureMeasure) -> PublishedComparison? {
        publishedIndex[PublishedKey(id: id, month: month, measure: measure)]
    }

    /// The alternative values recorded for `id` (optionally one month).
    public func vintages(id: String, month: Month? = nil) -> [Vintage] {
        vintages.filter { $0.id == id && (month == nil || $0.month == month) }
    }

    /// The break entries listing `id`.
    public func breaks(affecting id: String) -> [DefinitionalBreak] {
        breaks.filter { $0.affects(id) }
    }

    /// The Spring Festival date of `year`, if listed.
    public func chineseNewYear(in year: Int) -> CivilDate? {
        chineseNewYear.first { $0.year == year }
    }
}
