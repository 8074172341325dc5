import Foundation

/// A "nice" linear axis: ticks at multiples of 1, 2 or 5 × 10ᵏ that cover the data.
///
/// Heckbert's labelling ("Nice numbers for graph labels", Graphics Gems, 1990)
/// restricted to 1-2-5 steps: the step is the smallest of {1, 2, 5, 10}·10ᵏ that
/// is at least (max − min)/targetIntervals, and the axis runs from
/// ⌊min/step⌋·step to ⌈max/step⌉·step, so `lower ≤ min` and `upper ≥ max`.
public struct NiceScale: Sendable, Equatable {
    /// The first tick (≤ the smallest value).
    public let lower: Double
    /// The last tick (≥ the largest value).
    public let upper: Double
    /// The distance between ticks: 1, 2 or 5 × 10ᵏ.
    public let step: Double
    /// Decimals needed to print every tick exactly (0 for steps ≥ 1).
    public let decimals: Int

    /// A scale covering `minimum…maximum` with about `targetIntervals` intervals.
    /// A degenerate range (min == max) is widened to one unit around the value
    /// (or 0…1 at zero).
    public init(minimum: Double, maximum: Double, targetIntervals: Int = 5) {
        var lo = min(minimum, maximum)
        var hi = max(minimum, maximum)
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            if lo == 0 { hi = 1 } else {
                let pad = abs(lo) * 0.1
                lo -= pad; hi += pad
            }
        }
        let target = Double(max(targetIntervals, 1))
        let rough = (hi - lo) / target
        let exponent = floor(log10(rough))
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        let nice: Double
        if fraction <= 1 + 1e-9 { nice = 1 } else if fraction <= 2 + 1e-9 { nice = 2 } else if fraction <= 5 + 1e-9 { nice = 5 } else { nice = 10 }
        let step = nice * magnitude
        self.step = step
        // A small tolerance keeps 10.000000001 from spilling into an extra tick.
        self.lower = floor(lo / step + 1e-9) * step
        self.upper = ceil(hi / step - 1e-9) * step
        self.decimals = max(0, -Int(floor(log10(step) + 1e-9)))
    }

    /// The tick values from `lower` to `upper` inclusive, rounded to `decimals`.
    public var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded()) + 1
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (0..<max(count, 1)).map { i in
            let v = lower + Double(i) * step
            let r = (v * scale).rounded() / scale
            return r == 0 ? 0 : r
        }
    }

    /// A tick label: fixed `decimals`, `,` thousands separators, `−`-free ASCII minus.
    public func label(_ value: Double) -> String {
        SVGNumber.fixed(value, decimals: decimals, grouping: true)
    }
}
