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
    ///
    /// Rounded by ``roundedScaled(_:decimals:)``: a decimal half-way case (`124053.25` to one decimal,
    /// `0.125` to two) rounds away from zero whichever side of it the binary value lies, so the text
    /// does not depend on the last bits of the value — which differ between CPUs for results of BLAS
    /// kernels, and between the printed and the computed form of a published figure.
    public static func fixed(_ value: Double, digits: Int) -> String {
        let d = min(max(0, digits), 15)
        guard value.isFinite, let scaled = roundedScaled(value, decimals: d) else {
            return value.isFinite ? String(format: "%.\(d)f", value) : shortest(value)
        }
        return String(format: "%.\(d)f", scaled / power(d))
    }

    /// `x · 10^decimals` rounded to an integer, half away from zero, after snapping to a grid a
    /// millionth of the last decimal: a value within ~1e-6 of a printed half-way case is that case.
    /// Binary noise of a few ulps therefore never decides a printed digit, and a true half-way case
    /// rounds as the PBoC rounds (half up in magnitude). `nil` when |x · 10^decimals| ≥ 10⁹, where
    /// the grid is coarser than a `Double` can hold; those numbers are printed as they are.
    public static func roundedScaled(_ x: Double, decimals: Int) -> Double? {
        let scaled = x * power(min(max(0, decimals), 15))
        guard scaled.isFinite, abs(scaled) < 1e9 else { return nil }
        let snapped = (scaled * 1e6).rounded() / 1e6
        return snapped.rounded(.toNearestOrAwayFromZero)
    }

    /// 10^n for 0 ≤ n ≤ 22, exact in binary.
    static func power(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}
