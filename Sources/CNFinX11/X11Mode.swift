/// How X-11 combines trend-cycle `C`, seasonal `S` and irregular `I`.
public enum X11Mode: String, Sendable, Equatable, CaseIterable {
    /// `O = C + S + I` (flows that can be zero or negative).
    case additive
    /// `O = C · S · I`, factors around 1 (positive stocks).
    case multiplicative
    /// `log O = log C + log S + log I`: the additive method on logarithms, components
    /// returned as factors (`exp`). X-13's bias correction of the log-additive trend
    /// (its "legacy" correction) is not applied.
    case logAdditive

    /// Whether the X-11 arithmetic is ratio-based (`/`, `·`) rather than difference-based.
    var isRatio: Bool { self == .multiplicative }
}
