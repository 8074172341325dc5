import Testing
@testable import CNFinCharts

/// Axis scales for data at the ends of the double range (a user's dataset may hold 1e308 or
/// subnormal values): finite ticks, a bounded count, no `Int(±inf)` trap.
@Suite struct ExtremeScaleTests {
    @Test(arguments: [(-1e308, 1e308), (0, 1.7976931348623157e308), (-1.7976931348623157e308, 5), (Double.leastNonzeroMagnitude * 2_000, Double.leastNonzeroMagnitude * 4_000),
                      (Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude), (-1e300, -1e300), (0, 0), (.nan, 1), (-.infinity, .infinity)])
    func ticksAreFiniteAndBounded(minimum: Double, maximum: Double) {
        let scale = NiceScale(minimum: minimum, maximum: maximum, targetIntervals: Int.max)
        let ticks = scale.ticks
        #expect(!ticks.isEmpty && ticks.count <= NiceScale.maximumTicks + 1)
        #expect(ticks.allSatisfy { $0.isFinite }, "\(minimum)…\(maximum): \(ticks.prefix(3))")
        #expect((0...20).contains(scale.decimals))
        if minimum.isFinite, maximum.isFinite {
            // Within the scale's own tolerance of 1e-9 step (it keeps 10.000000001 from adding a tick).
            #expect(scale.lower <= minimum + 1e-9 * scale.step && scale.upper >= maximum - 1e-9 * scale.step)
        }
    }
}
