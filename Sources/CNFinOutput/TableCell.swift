/// One cell of a ``Table``.
///
/// Text renderers print ``display``; the JSON renderer writes `.number` as a
/// JSON number, `.missing` as `null` and `.text` as a string.
public enum TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// A text cell.
    case text(String)
    /// A numeric cell with the text shown by the text renderers.
    case number(Double, display: String)
    /// An empty cell (a missing value).
    case missing

    /// Creates a text cell from a literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// A numeric cell displayed with `formatted` (default: Swift's shortest
    /// round-trip representation, e.g. `2820504.68`).
    public static func number(_ value: Double, formatted: String? = nil) -> TableCell {
        .number(value, display: formatted ?? NumberText.shortest(value))
    }

    /// A numeric cell, or ``missing`` when `value` is `nil`.
    public static func optionalNumber(_ value: Double?, formatted: (Double) -> String = NumberText.shortest) -> TableCell {
        guard let value else { return .missing }
        return .number(value, display: formatted(value))
    }

    /// The text the text renderers print (empty for ``missing``).
    public var display: String {
        switch self {
        case .text(let s): return s
        case .number(_, let display): return display
        case .missing: return ""
        }
    }
}
