import CNFinDatasets
import CNFinDecomposition
import CNFinSeries

extension SeriesPanel {
    /// The panel of a dataset: its series, its break registry, its published 同比多增/少增 figures
    /// (``PublishedComparison`` with measure ``FigureMeasure/changeVsYearAgo``) and the catalog's `ytd_id`
    /// relations. Here, in the one module that knows both a ``Dataset`` and a ``SeriesPanel``, so that
    /// `cnfin decompose`/`indicators` and the tests of the decompositions on the bundled data build it alike.
    public init(dataset: Dataset) {
        var changes: [String: [Month: Double]] = [:]
        for p in dataset.publishedComparisons where p.measure == .changeVsYearAgo {
            changes[p.id, default: [:]][p.month] = p.value
        }
        let ytd = dataset.catalog.compactMap { e in e.relations.ytdID.map { (e.id, $0) } }
        self.init(series: Array(dataset.seriesByID.values), breaks: dataset.breaks, publishedChangesVsYearAgo: changes,
                  yearToDateIDs: Dictionary(ytd, uniquingKeysWith: { a, _ in a }))
    }
}
