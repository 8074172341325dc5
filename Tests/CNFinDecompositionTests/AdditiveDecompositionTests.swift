import Foundation
import Testing
@testable import CNFinDecomposition

@Suite struct AdditiveDecompositionTests {
    /// Hand-computed: X goes 100 → 110, components a 40 → 46, b 50 → 52, remainder 10 → 12.
    /// Contributions: a 6/100·100 = 6 pp, b 2 pp, remainder 2 pp; growth 10 %.
    @Test func handComputedStock() throws {
        let d = try AdditiveDecomposition.decompose(
            aggregate: (100, 110), components: [(40, 46), (50, 52)])
        // Exact binary arithmetic on small integers: tolerance 1e-12 covers one rounding of 100·x/100.
        #expect(abs(d.growthPercent - 10) < 1e-12)
        #expect(abs(d.components[0].contributionPoints - 6) < 1e-12)
        #expect(abs(d.components[1].contributionPoints - 2) < 1e-12)
        #expect(abs(d.unallocated.contributionPoints - 2) < 1e-12)
        #expect(d.unallocated.previous == 10 && d.unallocated.current == 12)
        #expect(abs((d.components[0].growthPercent ?? .nan) - 15) < 1e-12)
        #expect(abs((d.components[0].sharePercent ?? .nan) - 100 * 46.0 / 110) < 1e-12)
        #expect(abs(d.sumOfContributions - d.growthPercent) < 1e-12)
    }

    /// Log allocation: Σ = 100·ln(1.1); each contribution keeps its share of the arithmetic growth.
    @Test func logarithmicAllocation() throws {
        let d = try AdditiveDecomposition.decompose(
            aggregate: (100, 110), components: [(40, 46), (50, 52)], allocation: .logarithmic)
        let total = 100 * log(1.1)
        #expect(abs(d.growthPercent - total) < 1e-12)
        #expect(abs(d.components[0].contributionPoints - 0.6 * total) < 1e-12)
        #expect(abs(d.sumOfContributions - total) < 1e-12)
        #expect(throws: DecompositionError.self) {
            try AdditiveDecomposition.decompose(aggregate: (-1, 2), components: [], allocation: .logarithmic)
        }
    }

    /// Flows: base |F_{t−h}| so a negative earlier flow still gives a growth with the sign of the change.
    @Test func flowWithNegativeBase() throws {
        let d = try AdditiveDecomposition.decompose(aggregate: (-200, 300), components: [(-100, 100)])
        #expect(d.base == 200)
        #expect(abs(d.growthPercent - 250) < 1e-12)
        #expect(abs(d.components[0].contributionPoints - 100) < 1e-12)
        #expect(d.components[0].growthPercent == nil)  // undefined for a non-positive earlier level
    }

    @Test func errors() {
        #expect(throws: DecompositionError.zeroBase(what: "the base of the aggregate's growth")) {
            try AdditiveDecomposition.decompose(aggregate: (0, 1), components: [])
        }
        #expect(throws: DecompositionError.nonFinite(what: "level of component 1")) {
            try AdditiveDecomposition.decompose(aggregate: (1, 2), components: [(.nan, 1)])
        }
    }

    /// Additivity with large, awkward magnitudes (亿元 levels of M2): the sum matches to 1e-9 pp.
    @Test func additivityLargeLevels() throws {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<1000 {
            let parts0 = (0..<10).map { _ in generator.uniform() * 1e6 }
            let parts1 = parts0.map { $0 * (0.9 + 0.3 * generator.uniform()) }
            let x0 = parts0.reduce(0, +) + 1234.5, x1 = parts1.reduce(0, +) + 2345.25
            let d = try AdditiveDecomposition.decompose(
                aggregate: (x0, x1), components: Array(zip(parts0, parts1)).map { ($0.0, $0.1) })
            #expect(abs(d.sumOfContributions - d.growthPercent) < 1e-9)
            // The remainder's contribution equals its own Δ/B to rounding.
            #expect(abs(d.unallocated.contributionPoints - 100 * d.unallocated.change / d.base) < 1e-9)
        }
    }
}

/// A small deterministic generator for test data.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
