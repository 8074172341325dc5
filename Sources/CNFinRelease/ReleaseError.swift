import CNFinDatasets
import CNFinSeries
import CNFinSupport

/// Why a monthly summary could not be produced.
public enum ReleaseError: Error, Equatable, LocalizedMessage {
    /// The data could not be loaded.
    case dataset(DatasetError)
    /// The data hold none of the headline series.
    case noData
    /// The requested month is after the last month with release figures.
    case afterLatest(month: Month, available: ClosedRange<Month>)
    /// The requested month is before the first month with release figures.
    case beforeFirst(month: Month, available: ClosedRange<Month>)
    /// The requested month lies in the range but the data hold none of its release figures.
    case noFigures(month: Month, available: ClosedRange<Month>)

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese the headline series (``ReleaseFigureID/headline``) are
    /// named by their Chinese names.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case .dataset(let error):
            return error.message(in: .en)
        case .noData:
            return "the data hold none of the headline series (\(ReleaseFigureID.headline.joined(separator: ", ")))"
        case .afterLatest(let month, let available):
            return "no release figures for \(month) yet: the data run from \(available.lowerBound) to \(available.upperBound)"
        case .beforeFirst(let month, let available):
            return "\(month) is before the data start: the data run from \(available.lowerBound) to \(available.upperBound)"
        case .noFigures(let month, let available):
            return "the data hold no release figures for \(month) (available range \(available.lowerBound) to "
                + "\(available.upperBound), with gaps)"
        }
    }

    private var chinese: String {
        switch self {
        case .dataset(let error):
            return error.message(in: .zh)
        case .noData:
            return "数据中没有任何一个主要指标（人民币贷款增加、人民币贷款余额、广义货币（M2）余额、社会融资规模增量）"
        case .afterLatest(let month, let available):
            return "尚无\(month)的发布数据：数据区间为\(available.lowerBound)至\(available.upperBound)"
        case .beforeFirst(let month, let available):
            return "\(month)早于数据起点：数据区间为\(available.lowerBound)至\(available.upperBound)"
        case .noFigures(let month, let available):
            return "数据中没有\(month)的发布数据（可用区间为\(available.lowerBound)至\(available.upperBound)，中间有缺口）"
        }
    }
}
