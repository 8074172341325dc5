/// Errors of the X-13-style adjustment (``X13Adjustment``). Payloads are plain text and
/// numbers: the underlying regARIMA or X-11 error is carried as its description.
public enum X13Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The span has fewer months than X-11 needs (three years).
    case spanTooShort(observations: Int, minimum: Int)
    /// A month inside the span has no value.
    case gap(month: String)
    /// A ratio mode or the log transform was asked for a series with a zero or negative value.
    case nonPositive(month: String, value: Double, mode: String)
    /// An option is outside its domain.
    case invalidOption(name: String, value: String, requirement: String)
    /// The span of the series' current definition (since its last definitional break `breakID`,
    /// `from…to`) has fewer months than X-11 needs.
    case currentDefinitionTooShort(series: String, breakID: String, from: String, to: String, count: Int, minimum: Int)
    /// The regARIMA pre-adjustment failed.
    case regARIMA(String)
    /// X-11 failed.
    case x11(String)

    public var description: String {
        switch self {
        case let .spanTooShort(n, minimum):
            return "X-13 adjustment: the span has \(n) months; X-11 needs at least \(minimum) (three years)"
        case let .gap(month):
            return "X-13 adjustment: \(month) is missing; the span must be gap-free"
        case let .nonPositive(month, value, mode):
            return "X-13 adjustment: the value of \(month) is \(value) (≤ 0), impossible in \(mode) mode; use the additive mode"
        case let .invalidOption(name, value, requirement):
            return "invalid \(name) = \(value): \(requirement)"
        case let .currentDefinitionTooShort(series, breakID, from, to, count, minimum):
            return "X-13 adjustment: \(series) is on its current definition only since the break \(breakID): \(from)…\(to) has \(count) months; "
                + "X-11 needs at least \(minimum) (three years)"
        case let .regARIMA(text):
            return "regARIMA pre-adjustment: \(text)"
        case let .x11(text):
            return "X-11: \(text)"
        }
    }
}
