import CNFinSeries

/// Why a dataset could not be loaded or a lookup failed.
public enum DatasetError: Error, Equatable, CustomStringConvertible {
    /// A data file is malformed (the CSV error names file, line and column).
    case csv(CSVError)
    /// A required file is missing from the data directory.
    case missingFile(path: String)
    /// The bundled data directory is missing from the resource bundle.
    case bundleMissing
    /// A file refers to a series id that is not in `catalog.csv`.
    case unknownSeriesInFile(CSVLocation, id: String, suggestions: [String])
    /// A lookup asked for a series id that is not in the catalog.
    case unknownSeries(id: String, suggestions: [String])
    /// A file of a dataset directory (or the directory) could not be read or is malformed.
    case unreadableFile(path: String, reason: String)
    /// A file of a dataset directory could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .csv(let error):
            return error.description
        case .missingFile(let path):
            return "\(path): file not found (a data directory needs catalog.csv, money.csv, loans.csv, deposits.csv, tsf.csv, "
                + "vintages.csv, published.csv, breaks.csv, disagreements.csv, sources.csv, chinese-new-year.csv)"
        case .bundleMissing:
            return "the bundled data directory is missing from the CNFinDatasets resource bundle"
        case .unknownSeriesInFile(let location, let id, let suggestions):
            return "\(location): series id '\(id)' is not in catalog.csv" + CloseMatches.didYouMean(suggestions)
        case .unknownSeries(let id, let suggestions):
            return "unknown series '\(id)'" + CloseMatches.didYouMean(suggestions)
        case .unreadableFile(let path, let reason):
            return "\(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
