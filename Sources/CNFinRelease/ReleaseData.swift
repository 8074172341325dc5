import CNFinDatasets
import CNFinSeries
import Foundation

/// The data a release summary is computed from: a ``Dataset`` plus the
/// source key of every observation (the `source` column of the series files),
/// so that each figure can say where it came from.
public struct ReleaseData: Sendable {
    /// The dataset.
    public let dataset: Dataset
    /// Source key by series id and month.
    public let observationSources: [String: [Month: String]]

    /// Wraps a dataset; `observationSources` gives the source key of each
    /// observation (missing keys are reported as `data`).
    public init(dataset: Dataset, observationSources: [String: [Month: String]] = [:]) {
        self.dataset = dataset
        self.observationSources = observationSources
    }

    /// Loads a data directory in the bundled format (`catalog.csv`,
    /// `money.csv`, …); errors name the file, line and column.
    public static func load(directory: URL) throws(ReleaseError) -> ReleaseData {
        let dataset: Dataset
        do {
            dataset = try Dataset.load(directory: directory)
        } catch {
            throw .dataset(error)
        }
        // The dataset already holds the source of every observation: the
        // series files are read once.
        return ReleaseData(dataset: dataset, observationSources: dataset.observationSources)
    }

    /// Built once, on first use (static stored properties are initialised
    /// lazily and thread-safely), from ``Dataset/bundled()`` — the bundled
    /// files are parsed once per process whichever is asked for first.
    private static let bundledResult: Result<ReleaseData, ReleaseError> = {
        do throws(DatasetError) {
            let dataset = try Dataset.bundled()
            return .success(ReleaseData(dataset: dataset, observationSources: dataset.observationSources))
        } catch {
            return .failure(.dataset(error))
        }
    }()

    /// The data shipped with cnfin, loaded once and cached.
    public static func bundled() throws(ReleaseError) -> ReleaseData {
        try bundledResult.get()
    }

    /// The value of `id` in `month`, with its source key.
    public func observation(_ id: String, _ month: Month) -> (value: Double, source: String)? {
        guard let series = dataset.seriesByID[id], let v = series[month], v.isFinite else { return nil }
        return (v, observationSources[id]?[month] ?? "data")
    }

    /// The source keys of figures as printed in a release (first prints).
    public static let printSources: Set<String> = ["releases", "reference"]

    /// The figure of `id` in `month` as the release printed it: the series
    /// value when its source is a release print, else a first-print vintage
    /// (`vintages.csv`, source `releases`/`reference`) when the data carry
    /// one — the PBoC later revises its tables (TSF in particular) and the
    /// series hold the latest table vintage — else the series value. A print
    /// flagged as a data error (note `data_error…`, e.g. a mislabelled news
    /// transcription) is not used.
    public func releaseObservation(_ id: String, _ month: Month) -> (value: Double, source: String)? {
        let current = observation(id, month)
        if let current, Self.printSources.contains(current.source) { return current }
        if let printed = dataset.vintages.first(where: {
            $0.id == id && $0.month == month && Self.printSources.contains($0.source) && $0.value.isFinite
                && !$0.note.hasPrefix("data_error")
        }) {
            return (printed.value, printed.source + " (first print, vintages.csv)")
        }
        return current
    }

    /// The published comparison of `id` in `month`, with its source key.
    public func published(_ id: String, _ month: Month, _ measure: FigureMeasure)
        -> (value: Double, source: String)?
    {
        guard let p = dataset.published(id: id, month: month, measure: measure), p.value.isFinite else { return nil }
        return (p.value, p.source)
    }

    /// The months from the first to the last observation of any headline series.
    public var availableMonths: ClosedRange<Month>? {
        var first: Month?
        var last: Month?
        for id in ReleaseFigureID.headline {
            guard let s = dataset.seriesByID[id]?.trimmed(), let start = s.values.isEmpty ? nil : s.start, let end = s.end
            else { continue }
            first = first.map { min($0, start) } ?? start
            last = last.map { max($0, end) } ?? end
        }
        guard let first, let last else { return nil }
        return first...last
    }

    /// The latest month in which all headline series have a value (or, if
    /// there is none, the latest month in which any has).
    public var latestReleaseMonth: Month? {
        guard let range = availableMonths else { return nil }
        var m = range.upperBound
        while m >= range.lowerBound {
            if ReleaseFigureID.headline.allSatisfy({ observation($0, m) != nil }) { return m }
            m = m.advanced(by: -1)
        }
        return range.upperBound
    }
}
