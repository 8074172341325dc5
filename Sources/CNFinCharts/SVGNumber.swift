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

    /// `x` with exactly `decimals` places, optionally with `,` thousands separators.
    static func fixed(_ x: Double, decimals: Int, trimZeros: Bool = false, grouping: Bool = false) -> String {
        guard x.isFinite else { return "0" }
        let d = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        // One rounding rule with the tables (CNFinOutput's NumberText): half-way cases decided on the
        // decimal value, not on its last binary bits, so perturbing an input by an ulp keeps the SVG.
        let scaled = NumberText.roundedScaled(abs(x), decimals: d) ?? (abs(x) * scale).rounded()
        // Beyond 2^53 the digits are not meaningful; charts never get there.
        guard scaled < 9.0e15 else { return x < 0 ? "-9e15" : "9e15" }
        let n = Int64(scaled)
        var p: Int64 = 1
        for _ in 0..<d { p *= 10 }
        let whole = n / p
        var fraction = n % p
        var integerText = String(whole)
        if grouping, integerText.count > 3 {
            var grouped = ""
            for (i, c) in integerText.enumerated() {
                if i > 0, (integerText.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            integerText = grouped
        }
        var fractionText = ""
        if d > 0 {
            var digits = [Character](repeating: "0", count: d)
            for i in stride(from: d - 1, through: 0, by: -1) {
                digits[i] = Character(String(fraction % 10))
                fraction /= 10
            }
            fractionText = String(digits)
            if trimZeros {
                while fractionText.hasSuffix("0") { fractionText.removeLast() }
            }
        }
        let body = fractionText.isEmpty ? integerText : integerText + "." + fractionText
        return (x < 0 && n != 0) ? "-" + body : body
    }
}
