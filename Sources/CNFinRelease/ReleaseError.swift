import CNFinDatasets
import CNFinSeries

/// Why a monthly summary could not be produced.
public enum ReleaseError: Error, Equatable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .dataset(let error):
            return error.description
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
}
