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
        // Non-finite bounds, or data so close to zero (below 1e-300, subnormal territory) that
        // 10ᵏ steps cannot be formed accurately: the unit axis.
        if !lo.isFinite || !hi.isFinite || !(max(abs(lo), abs(hi)) >= 1e-300) { lo = min(lo, 0); hi = max(hi, 1) }
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            if lo == 0 { hi = 1 } else {
                let pad = abs(lo) * 0.1
                lo -= pad; hi += pad
            }
        }
        let target = Double(min(max(targetIntervals, 1), NiceScale.maximumTicks))
        // hi − lo overflows for data spanning ±1e308: divide first.
        let rough = (hi - lo).isFinite ? (hi - lo) / target : hi / target - lo / target
        let exponent = floor(log10(rough))
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        let nice: Double
        if fraction <= 1 + 1e-9 { nice = 1 } else if fraction <= 2 + 1e-9 { nice = 2 } else if fraction <= 5 + 1e-9 { nice = 5 } else { nice = 10 }
        let step = nice * magnitude
        self.step = step
        // A small tolerance keeps 10.000000001 from spilling into an extra tick.
        // Clamped to the finite range: ⌊min/step⌋·step can exceed it by one step at ±1.8e308.
        let finite = Double.greatestFiniteMagnitude
        self.lower = max(floor(lo / step + 1e-9) * step, -finite)
        self.upper = min(ceil(hi / step - 1e-9) * step, finite)
        // Int(_:) traps on non-finite values; a step below 1e-20 prints with 20 decimals at most.
        let digits = -floor(log10(step) + 1e-9)
        self.decimals = digits.isFinite ? Int(min(max(digits, 0), 20)) : 0
    }

    /// The most ticks a scale produces, whatever the data (a guard on `ticks`' allocation).
    public static let maximumTicks = 1_000

    /// The tick values from `lower` to `upper` inclusive, rounded to `decimals`.
    public var ticks: [Double] {
        // upper/step − lower/step, not (upper − lower)/step, which overflows for ±1e308.
        let intervals = (upper / step - lower / step).rounded()
        let count = intervals.isFinite ? Int(min(max(intervals, 0), Double(NiceScale.maximumTicks))) + 1 : 1
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (0..<max(count, 1)).map { i in
            let direct = lower + Double(i) * step
            // i·step overflows on an axis spanning ±1e308; lower/step + i is at most the tick count.
            let v = min(max(direct.isFinite ? direct : (lower / step + Double(i)) * step, lower), upper)
            let r = (v * scale).rounded() / scale
            return r == 0 ? 0 : r
        }
    }

    /// A tick label: fixed `decimals`, `,` thousands separators, `−`-free ASCII minus.
    public func label(_ value: Double) -> String {
        SVGNumber.fixed(value, decimals: decimals, grouping: true)
    }
}
