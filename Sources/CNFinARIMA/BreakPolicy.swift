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
    /// What the rule did, as data (``note`` is its English text).
    public let breakNote: BreakRuleNote?

    /// The rule's note in English.
    public var note: String? { breakNote?.text(in: .en) }
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
        guard !inside.isEmpty else { return BreakResolution(start: start, count: count, levelShifts: [], breakNote: nil) }
        func note(_ from: Month) -> BreakRuleNote {
            BreakRuleNote(policy: self, seriesID: seriesID, breaks: inside.map { .init(id: $0.id, month: $0.from) },
                          spanStart: start, spanEnd: end, from: from)
        }
        switch self {
        case .currentDefinition:
            if explicitSpan, let first = inside.first {
                throw .breakInSpan(breakID: first.id, month: first.from.description, series: seriesID)
            }
            let from = inside[inside.count - 1].from
            return BreakResolution(start: from, count: from.distance(to: end) + 1, levelShifts: [],
                                   breakNote: note(from))
        case .levelShifts:
            let months = Set(inside.map(\.from)).sorted()
            return BreakResolution(start: start, count: count, levelShifts: months.map { OutlierRegressor(.levelShift, at: $0) },
                                   breakNote: note(start))
        case .ignore:
            return BreakResolution(start: start, count: count, levelShifts: [],
                                   breakNote: note(start))
        }
    }
}

/// A gap-free span after the break rule: the values to analyse, the level shifts to estimate,
/// the note that says what was done, and the breaks left inside the span (with
/// ``BreakPolicy/levelShifts`` or ``BreakPolicy/ignore``), across which no growth rate may be
/// computed.
public struct BreakSpan: Sendable {
    public let seriesID: String
    public let policy: BreakPolicy
    public let start: Month
    public let values: [Double]
    public let levelShifts: [OutlierRegressor]
    /// What the rule did, as data (``note`` is its English text).
    public let breakNote: BreakRuleNote?
    /// First months of the definitional breaks inside `start…end` (none under `currentDefinition`).
    public let breakMonths: [Month]
    /// The break the span starts at when `currentDefinition` moved its start; `nil` otherwise.
    public let startBreak: DefinitionalBreak?

    public var end: Month { start.advanced(by: values.count - 1) }

    /// The rule's note in English.
    public var note: String? { breakNote?.text(in: .en) }

    /// Checks that the span has at least `minimum` months for `method`.
    /// - Throws: `currentDefinitionTooShort` naming the break when the rule shortened the span;
    ///   `spanTooShort` otherwise.
    public func require(minimum: Int, method: String) throws(ARIMAError) {
        guard values.count < minimum else { return }
        if let b = startBreak {
            throw .currentDefinitionTooShort(series: seriesID, breakID: b.id, from: start.description, to: end.description,
                                             count: values.count, required: minimum, method: method)
        }
        throw .spanTooShort(count: values.count, required: minimum)
    }

    /// `true` for the months whose change from the month before crosses a break in the span.
    public func crossesBreak(at month: Month) -> Bool { breakMonths.contains(month) }
}

extension BreakPolicy {
    /// Applies the break rule to `values` (one per month from `start`): the one rule of
    /// `arima`, `forecast`, `seasonal` and `filter`.
    ///
    /// - Throws: `breakInSpan` when `explicitSpan` and a break lies inside under `currentDefinition`.
    public func apply(seriesID: String, start: Month, values: [Double], breaks: [DefinitionalBreak],
                      explicitSpan: Bool) throws(ARIMAError) -> BreakSpan {
        let r = try resolve(seriesID: seriesID, start: start, count: values.count, breaks: breaks, explicitSpan: explicitSpan)
        let offset = start.distance(to: r.start)
        let kept = Array(values[offset..<(offset + r.count)])
        let end = r.start.advanced(by: r.count - 1)
        let inside = breaks.filter { $0.kind == .definition && $0.affects(seriesID) && $0.from > r.start && $0.from <= end }
        let startBreak = offset > 0 ? breaks.first { $0.kind == .definition && $0.affects(seriesID) && $0.from == r.start } : nil
        return BreakSpan(seriesID: seriesID, policy: self, start: r.start, values: kept, levelShifts: r.levelShifts, breakNote: r.breakNote,
                         breakMonths: Set(inside.map(\.from)).sorted(), startBreak: startBreak)
    }
}
