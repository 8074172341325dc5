import CNFinSeries

/// How a regARIMA span treats registered definitional breaks (`DefinitionalBreak` of kind
/// `definition`: levels before and after do not mix).
public enum BreakPolicy: String, Sendable, Hashable {
    /// Default: model only the span of the current definition (from the last break on).
    case currentDefinition
    /// Model the whole span with a level shift `LS` at each break inside it.
    case levelShifts
    /// Model the whole span as if there were no break.
    case ignore
}

/// The span and extra regressors chosen under a ``BreakPolicy``, with the note that says so.
public struct BreakResolution: Sendable {
    public let start: Month
    public let count: Int
    public let levelShifts: [OutlierRegressor]
    public let note: String?
}

extension BreakPolicy {
    /// Applies the break rule to the span `start…start+count−1`.
    ///
    /// - `explicitSpan`: the user fixed the span (`--from/--to`); then a break inside it under
    ///   `currentDefinition` is an error naming the break, not a silent truncation.
    /// - Throws: `breakInSpan` (explicit span crossing a break), `spanTooShort` is left to the fit.
    public func resolve(seriesID: String, start: Month, count: Int, breaks: [DefinitionalBreak],
                        explicitSpan: Bool) throws(ARIMAError) -> BreakResolution {
        let end = start.advanced(by: count - 1)
        let inside = breaks.filter { $0.kind == .definition && $0.affects(seriesID) && $0.from > start && $0.from <= end }
            .sorted { $0.from < $1.from }
        guard !inside.isEmpty else { return BreakResolution(start: start, count: count, levelShifts: [], note: nil) }
        let listed = inside.map { "\($0.id) (\($0.from))" }.joined(separator: ", ")
        switch self {
        case .currentDefinition:
            if explicitSpan, let first = inside.first {
                throw .breakInSpan(breakID: first.id, month: first.from.description, series: seriesID)
            }
            let from = inside[inside.count - 1].from
            return BreakResolution(start: from, count: from.distance(to: end) + 1, levelShifts: [],
                                   note: "\(seriesID) has definitional break(s) \(listed) in \(start)…\(end): modelled on the span of the current definition, \(from)…\(end) (or a level shift at each break, or across as if none)")
        case .levelShifts:
            let months = Set(inside.map(\.from)).sorted()
            return BreakResolution(start: start, count: count, levelShifts: months.map { OutlierRegressor(.levelShift, at: $0) },
                                   note: "\(seriesID) has definitional break(s) \(listed): a level shift is estimated at each")
        case .ignore:
            return BreakResolution(start: start, count: count, levelShifts: [],
                                   note: "\(seriesID) has definitional break(s) \(listed): modelled across them as if there were none")
        }
    }
}
