import Foundation

/// Number-to-text conversions: the project's one shortest round-trip text, one fixed-decimal
/// rounding, one thousands grouping (tables, charts, reports, dataset files and ingest all print
/// through these).
public enum NumberText {
    /// The shortest decimal text that reads back as the same `Double` (Swift's `description`), with
    /// integer-valued doubles of magnitude below 10¹⁶ written as integers (`15560`, not `15560.0`;
    /// `-0` as `0`; Swift's description writes those below 10¹⁶ without exponent but with `.0`). NaN and infinities give `"NaN"`, `"inf"`, `"-inf"` (JSON writes `null` instead:
    /// CNFinOutput's `JSONValue.numberText`). This is the one number rule of every CSV and JSON
    /// output: exact, and never longer than it must be (`0.95`, `1e+300`, `1e-07`; 17 digits only
    /// where the double needs them).
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

    /// `text` (a plain decimal such as `-0.00`) without the minus sign when every digit is zero, so a
    /// value that rounds to zero prints `0.00`, not `-0.00`.
    public static func droppingNegativeZeroSign(_ text: String) -> String {
        guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else { return text }
        return String(text.dropFirst())
    }

    /// `text` (a plain decimal) without trailing zeros after the point, and without the point when
    /// none remain (`11.50` → `11.5`, `11.0` → `11`, `-0.0` → `0`).
    public static func trimmingFractionZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var out = Substring(text)
        while out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
        return droppingNegativeZeroSign(String(out))
    }

    /// `text` (a plain decimal such as `-2820504.68`) with its integer part grouped by thousands with
    /// commas (`-2,820,504.68`); text that is not a plain decimal is returned unchanged.
    public static func grouped(_ text: String) -> String {
        var sign = "", body = Substring(text)
        if body.first == "-" || body.first == "+" { sign = String(body.removeFirst()) }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = parts.first, integer.allSatisfy(\.isNumber) else { return text }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return sign + groups.joined(separator: ",") + fraction
    }

    /// 10^n for 0 ≤ n ≤ 22, exact in binary.
    public static func power(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }
}
