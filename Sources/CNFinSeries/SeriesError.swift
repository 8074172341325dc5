/// Errors of operations on series.
public enum SeriesError: Error, Equatable, CustomStringConvertible {
    /// No conversion between the two units is defined.
    case unitConversion(seriesID: String, from: SeriesUnit, to: SeriesUnit)
    /// A series id that does not exist; `suggestions` are close matches.
    case unknownSeries(id: String, suggestions: [String])

    public var description: String {
        switch self {
        case .unitConversion(let id, let from, let to):
            return "cannot convert series '\(id)' from \(from) to \(to): only 亿元 ↔ 万亿元 is defined"
        case .unknownSeries(let id, let suggestions):
            return "unknown series '\(id)'" + CloseMatches.didYouMean(suggestions)
        }
    }
}
