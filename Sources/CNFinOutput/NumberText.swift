import Foundation

/// Number-to-text conversions shared by the renderers.
public enum NumberText {
    /// The shortest decimal text that reads back as the same `Double`
    /// (Swift's `description`), without a trailing `.0` for integers and
    /// without exponent for magnitudes in [1e-6, 1e16). NaN and infinities
    /// give `"NaN"`, `"inf"`, `"-inf"`.
    ///
    /// Examples: `2820504.68` → `"2820504.68"`, `15560.0` → `"15560"`.
    public static func shortest(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e16 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// Fixed-point text with `digits` decimals, e.g. `fixed(11.3789, digits: 1)` → `"11.4"`.
    public static func fixed(_ value: Double, digits: Int) -> String {
        if !value.isFinite { return shortest(value) }
        return String(format: "%.\(max(0, digits))f", value)
    }
}
