import CNFinSupport

/// Why a decomposition could not be computed.
public enum DecompositionError: Error, Sendable, Equatable, LocalizedMessage {
    /// Two arrays that must have the same length do not.
    case mismatchedLengths(what: String, expected: Int, actual: Int)
    /// A value is NaN or infinite.
    case nonFinite(what: String)
    /// The base of a growth rate is zero, so no growth or contribution is defined.
    case zeroBase(what: String)
    /// Log-growth contributions need positive levels at both dates.
    case logUndefined(what: String)
    /// A formula in the hierarchy table cannot be read.
    case invalidFormula(formula: String, reason: String)
    /// The hierarchy table is malformed.
    case invalidHierarchyTable(line: Int, reason: String)
    /// No hierarchy with this id exists.
    case unknownHierarchy(id: String, known: [String])
    /// The hierarchy does not define the requested measure (stock or flow).
    case measureNotDefined(hierarchy: String, measure: String)
    /// The requested basis does not apply to the measure (e.g. YTD of a stock).
    case basisNotApplicable(basis: String, measure: String)
    /// The aggregate has no value for a month the decomposition needs.
    case missingAggregate(id: String, month: String)
    /// No month is available for the decomposition.
    case noData(hierarchy: String)

    public var description: String { message(in: .en) }

    /// The message in `language` (the Chinese one is built in `DecompositionError+Chinese.swift`).
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case let .mismatchedLengths(what, expected, actual):
            return "\(what): expected \(expected) values, got \(actual)"
        case let .nonFinite(what):
            return "\(what) is NaN or infinite"
        case let .zeroBase(what):
            return "\(what) is zero, so growth and contributions are undefined"
        case let .logUndefined(what):
            return "log-growth contributions need positive levels: \(what)"
        case let .invalidFormula(formula, reason):
            return "invalid formula \"\(formula)\": \(reason)"
        case let .invalidHierarchyTable(line, reason):
            return "hierarchies.csv line \(line): \(reason)"
        case let .unknownHierarchy(id, known):
            return "unknown hierarchy \"\(id)\" (known: \(known.joined(separator: ", ")))"
        case let .measureNotDefined(hierarchy, measure):
            return "hierarchy \"\(hierarchy)\" defines no \(measure) decomposition"
        case let .basisNotApplicable(basis, measure):
            return "basis \(basis) does not apply to a \(measure)"
        case let .missingAggregate(id, month):
            return "\(id) has no value for \(month)"
        case let .noData(hierarchy):
            return "no month has the data needed to decompose \"\(hierarchy)\""
        }
    }
}
