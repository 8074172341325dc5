import Foundation

extension NumberText {
    /// C's `%.{digits}g`: `digits` significant digits, exponent notation outside [1e-4, 10^digits),
    /// trailing zeros removed (`significant(0.99546, digits: 4)` → `"0.9955"`); `"nan"` for NaN.
    ///
    /// The statistics summaries print estimates and test statistics this way (statsmodels' summary
    /// uses the same `%g`-style formats).
    public static func significant(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "nan" }
        return String(format: "%.\(min(max(1, digits), 17))g", value)
    }
}
