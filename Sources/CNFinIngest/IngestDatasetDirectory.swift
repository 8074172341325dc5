import CNFinDatasets
import CNFinSeries
import Foundation

/// A dataset directory in the format of `Datasets/data` (catalog.csv, long family CSVs
/// `id,month,value,source`, published.csv `id,month,measure,value,unit,source`), read so that
/// figures can be checked against it and merged into it. The files, their layout and their
/// writing are CNFinDatasets' (``DatasetDirectoryFiles``); this type indexes them by figure.
public struct IngestDatasetDirectory: IngestReference, Sendable {
    /// The directory.
    public var url: URL { files.url }
    var files: DatasetDirectoryFiles
    /// "id|YYYY-MM" → (family, record index)
    var valueIndex: [String: (String, Int)]
    /// "id|YYYY-MM|measure" → record index in published
    var publishedIndex: [String: Int]

    /// Reads the directory; `catalog.csv` must exist, the other files may be missing (they are created on merge).
    public init(directory url: URL) throws(IngestError) {
        do { files = try DatasetDirectoryFiles(directory: url) } catch { throw IngestError(error) }
        valueIndex = [:]
        for name in DatasetDirectoryFiles.familyNames {
            guard let file = files.values(family: name) else { continue }
            for k in file.records.indices {
                if let id = file.field(k, "id"), let month = file.field(k, "month") { valueIndex[id + "|" + month] = (name, k) }
            }
        }
        publishedIndex = [:]
        for k in files.published.records.indices {
            if let id = files.published.field(k, "id"), let month = files.published.field(k, "month"),
               let measure = files.published.field(k, "measure") {
                publishedIndex[id + "|" + month + "|" + measure] = k
            }
        }
    }

    public func value(id: String, month: Month) -> Double? {
        guard let (family, k) = valueIndex[id + "|" + month.description],
              let text = files.values(family: family)?.field(k, "value") else { return nil }
        return Double(text)
    }

    public func stockID(ofRate id: String) -> String? { files.catalog[id]?.stockID }

    public func published(id: String, month: Month, measure: String) -> Double? {
        guard let k = publishedIndex[id + "|" + month.description + "|" + measure],
              let text = files.published.field(k, "value") else { return nil }
        return Double(text)
    }
}

extension IngestError {
    /// The ingest error of a dataset directory's read or write failure (same wording).
    init(_ error: DatasetError) {
        switch error {
        case .writeFailed(let path, let reason): self = .writeFailed(path: path, reason: reason)
        case .unreadableFile(let path, let reason): self = .datasetUnreadable(path: path, reason: reason)
        case .missingFile(let path): self = .datasetUnreadable(path: path, reason: "missing")
        case .csv(let csv): self = .datasetUnreadable(path: csv.location?.file ?? "dataset directory", reason: csv.description)
        case .bundleMissing, .unknownSeries, .unknownSeriesInFile:
            // Not thrown by DatasetDirectoryFiles' reading and writing.
            self = .datasetUnreadable(path: "dataset directory", reason: error.description)
        }
    }
}
