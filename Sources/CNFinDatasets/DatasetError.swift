import CNFinSeries
import CNFinSupport

/// Why a dataset could not be loaded or a lookup failed.
public enum DatasetError: Error, Equatable, LocalizedMessage {
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

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese, ids, paths and reasons appear verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case .csv(let error):
            return localizedMessage(of: error, in: .en)
        case .missingFile(let path):
            return "\(path): file not found (a data directory needs \(DatasetError.requiredFiles.joined(separator: ", ")))"
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

    private var chinese: String {
        switch self {
        case .csv(let error):
            return localizedMessage(of: error, in: .zh)
        case .missingFile(let path):
            return "「\(path)」：找不到文件（数据目录须包含" + DatasetError.requiredFiles.map { "「\($0)」" }.joined(separator: "、") + "）"
        case .bundleMissing:
            return "「CNFinDatasets」资源包中缺少内置数据目录"
        case .unknownSeriesInFile(let location, let id, let suggestions):
            return "「\(location)」：序列代码「\(id)」不在「catalog.csv」中" + ChineseWording.didYouMean(suggestions)
        case .unknownSeries(let id, let suggestions):
            return "未知序列「\(id)」" + ChineseWording.didYouMean(suggestions)
        case .unreadableFile(let path, let reason):
            return "「\(path)」：无法读取（「\(reason)」）"
        case .writeFailed(let path, let reason):
            return "无法写入「\(path)」：" + ChineseWording.systemReason(reason)
        }
    }

    /// The files a data directory must hold, as the missing-file message lists them.
    static let requiredFiles = ["catalog.csv", "money.csv", "loans.csv", "deposits.csv", "tsf.csv", "vintages.csv", "published.csv",
                                "breaks.csv", "disagreements.csv", "sources.csv", "chinese-new-year.csv"]
}
