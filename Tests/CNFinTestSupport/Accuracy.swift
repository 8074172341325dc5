import Foundation

/// Log relative error, NIST StRD's accuracy measure (McCullough 1998, "Assessing the reliability
/// of statistical software", Am. Stat. 52): `LRE = −log10(|x − c| / |c|)`, the number of
/// correct significant digits of `x` against the certified `c`; `−log10|x|` when `c = 0`.
/// Capped at 15 (the digits a double carries), so an exact match gives 15.
public func lre(_ estimate: Double, _ certified: Double) -> Double {
    if certified == 0 { return estimate == 0 ? 15 : min(15, -log10(abs(estimate))) }
    let relative = abs(estimate - certified) / abs(certified)
    return relative == 0 ? 15 : min(15, -log10(relative))
}

/// Largest `|a − b| / max(|b|, floor)` over positions where both are numbers; `∞` when the
/// lengths differ or NaN positions disagree.
public func maxRelativeError(_ a: [Double], _ b: [Double], floor: Double = 1) -> Double {
    guard a.count == b.count else { return .infinity }
    var largest = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN != y.isNaN { return .infinity }
        if x.isNaN { continue }
        largest = max(largest, abs(x - y) / max(abs(y), floor))
    }
    return largest
}

/// SplitMix64 (Steele, Lea & Flood 2014), a small deterministic generator so tests are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [-1, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
}
