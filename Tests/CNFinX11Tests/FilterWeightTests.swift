import Foundation
import Testing
@testable import CNFinX11

/// Filter weights against published tables (independent of X-13's runs).
@Suite("X-11 filter weights")
struct FilterWeightTests {
    /// The 13-term Henderson weights as tabulated (e.g. Ladiray & Quenneville 2001, table 3.3;
    /// Findley et al. 1998), printed to 5 decimals: tolerance half a unit of the last digit.
    @Test("13-term Henderson weights")
    func henderson13() throws {
        let h = try HendersonFilter(length: 13)
        let published = [-0.01935, -0.02786, 0.0, 0.06549, 0.14736, 0.21434, 0.24006]
        for (k, w) in published.enumerated() {
            #expect(abs(h.weights[k] - w) <= 0.000005 + 1e-12)
            #expect(abs(h.weights[12 - k] - w) <= 0.000005 + 1e-12)
        }
        #expect(abs(h.weights.reduce(0, +) - 1) < 1e-14)
    }

    /// 9- and 23-term weights sum to one and reproduce cubics exactly (Henderson filters
    /// preserve polynomials of degree 3).
    @Test("Henderson filters preserve cubics", arguments: [5, 9, 17, 23])
    func cubic(length: Int) throws {
        let h = try HendersonFilter(length: length)
        let p = length / 2
        for t0 in [0.0, 3.7] {
            let f = { (t: Double) in 2 + 0.3 * t - 0.05 * t * t + 0.002 * t * t * t }
            var s = 0.0
            for j in -p...p { s += h.weights[j + p] * f(t0 + Double(j)) }
            #expect(abs(s - f(t0)) < 1e-10)
        }
    }

    /// Musgrave end filters sum to one (they are built to keep a constant) for every length.
    @Test("Musgrave end weights sum to one", arguments: [9, 13, 23])
    func musgrave(length: Int) throws {
        let h = try HendersonFilter(length: length)
        #expect(h.endWeights.count == length / 2)
        for (m, w) in h.endWeights.enumerated() {
            #expect(w.count == length - 1 - m)
            #expect(abs(w.reduce(0, +) - 1) < 1e-12)
        }
    }

    /// Seasonal filters: symmetric weights of the 3×3 filter are {1, 2, 3, 2, 1}/9, and every
    /// end filter sums to one (to the 3- or 5-digit rounding of the published 3×9 and 3×15 ends).
    @Test("seasonal filter weights")
    func seasonal() {
        let w = SeasonalFilter.s3x3.symmetricWeights
        for (a, b) in zip(w, [1.0, 2, 3, 2, 1].map { $0 / 9 }) { #expect(abs(a - b) < 1e-15) }
        for f in SeasonalFilter.allCases where f != .stable {
            #expect(abs(f.symmetricWeights.reduce(0, +) - 1) < 1e-14)
            for e in f.endWeights { #expect(abs(e.reduce(0, +) - 1) < 2e-3, "\(f) end \(e)") }
        }
    }
}
