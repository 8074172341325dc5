import CNFinOutput

/// Deterministic, locale-independent number text for SVG coordinates and labels.
///
/// Coordinates are rounded to two decimals and printed without trailing zeros
/// (`12.5`, `-3`, `0.25`), so the same chart always produces byte-identical SVG
/// on every platform; negative zero prints as `0`.
enum SVGNumber {
    /// `x` rounded to `decimals` places (0…6) in plain decimal notation, trailing zeros trimmed.
    static func format(_ x: Double, decimals: Int = 2) -> String {
        fixed(x, decimals: decimals, trimZeros: true, grouping: false)
    }

    /// `x` with exactly `decimals` places (0…6), optionally with `,` thousands separators: the
    /// project's one fixed-decimal rounding and grouping (``NumberText/fixed(_:digits:)``,
    /// ``NumberText/grouped(_:)``) — half-way cases decided on the decimal value, not on its last
    /// binary bits, so perturbing an input by an ulp keeps the SVG; no `-0`.
    static func fixed(_ x: Double, decimals: Int, trimZeros: Bool = false, grouping: Bool = false) -> String {
        guard x.isFinite else { return "0" }
        // Beyond 2^53 the digits are not meaningful; charts never get there.
        guard abs(x) < 9.0e15 / NumberText.power(min(max(decimals, 0), 6)) else { return x < 0 ? "-9e15" : "9e15" }
        var text = NumberText.droppingNegativeZeroSign(NumberText.fixed(x, digits: min(max(decimals, 0), 6)))
        if trimZeros { text = NumberText.trimmingFractionZeros(text) }
        return grouping ? NumberText.grouped(text) : text
    }
}
