import Foundation
import Testing
@testable import CNFinStatistics
@testable import CNFinLinearAlgebra

/// The fast paths introduced for performance must agree with the reference computations they replace.
@Suite struct FastPathEquivalenceTests {
    /// A seeded AR(2)-in-differences random walk (deterministic LCG + Box–Muller).
    static func series(n: Int, seed: UInt64, drift: Double) -> [Double] {
        var s = seed
        func uniform() -> Double { s = s &* 6364136223846793005 &+ 1442695040888963407; return Double(s >> 11) / Double(1 << 53) }
        var x = [100.0, 100.5], d1 = 0.5, d2 = 0.0
        while x.count < n {
            let e = (-2 * log(max(uniform(), 1e-300))).squareRoot() * cos(2 * Double.pi * uniform())
            let d = drift + 0.4 * d1 - 0.2 * d2 + e
            x.append((x.last ?? 0) + d); d2 = d1; d1 = d
        }
        return x
    }

    /// ADF lag selection from one QR of the largest-lag design equals one regression per candidate
    /// (AIC, BIC, t-stat; all three deterministic specifications; several series).
    @Test func adfLagSelectionFromOneFactorisation() throws {
        for seed in UInt64(1)...6 {
            let x = Self.series(n: 240, seed: seed, drift: seed.isMultiple(of: 2) ? 0.3 : 0)
            for regression in ADFRegression.allCases {
                for method in [LagSelection.aic(maxLag: nil), .bic(maxLag: nil), .tStat(maxLag: nil)] {
                    let maxLag = 15
                    let fast = try AugmentedDickeyFuller.selectLagByOneFactorisation(x, regression: regression, maxLag: maxLag, method: method)
                    let reference = try AugmentedDickeyFuller.selectLagByRegressions(x, regression: regression, maxLag: maxLag, method: method)
                    #expect(fast == reference, "seed \(seed) \(regression) \(method)")
                }
            }
        }
    }

    /// Forced refinement and the direct QR path agree to 1e-12 relative on a well-conditioned design,
    /// for coefficients, non-robust, HC3 and HAC standard errors (κ·u ≈ 1e-15 here).
    @Test func refinementPoliciesAgreeOnWellConditionedData() throws {
        let (y, x, _) = try StatsmodelsParityTests.data()
        let model = try LinearModel(y: y, x: x)
        for cov in [CovarianceType.nonrobust, .hc3, .hac(maxLags: 4, smallSampleCorrection: false)] {
            let direct = try model.fit(covariance: cov, refinement: .never)
            let refined = try model.fit(covariance: cov, refinement: .always)
            #expect(direct.refinementIterations == 0 && refined.refinementIterations > 0)
            for j in 0..<model.parameterCount {
                #expect(relDiff(direct.params[j], refined.params[j]) <= 1e-12)
                #expect(relDiff(direct.coefficients[j].standardError, refined.coefficients[j].standardError) <= 1e-12)
            }
            let hd = direct.leverage, hr = refined.leverage
            #expect(hd.count == y.count && zip(hd, hr).allSatisfy { relDiff($0, $1) <= 1e-12 })
        }
    }

    /// Singular values of the k × k R equal those of the design (the condition-number shortcut).
    @Test func conditionNumberFromR() throws {
        let (_, x, _) = try StatsmodelsParityTests.data()
        let a = try Matrix(columns: x)
        let full = try SingularValueDecomposition(a).singularValues
        let qr = try PivotedQR(a)
        var r = Matrix(rows: 3, columns: 3)
        for j in 0..<3 { for i in 0...j { r[i, j] = qr.factors[i, j] } }
        let fromR = try SingularValues.of(r)
        for (u, v) in zip(full, fromR) { #expect(relDiff(u, v) <= 1e-13) }
    }
}
