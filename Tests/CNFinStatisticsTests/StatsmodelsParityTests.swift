import CNFinTestSupport
import Foundation
import Testing
@testable import CNFinStatistics

/// OLS/WLS parity with statsmodels 0.15.0 on seeded, well-conditioned simulated data
/// (Fixtures/statsmodels/ols.json, made by make_fixtures.py). On such data statsmodels
/// (pinv-based) is itself accurate to ~1e-13, so the tolerances below test cnfin, not noise:
/// coefficients and non-robust SEs 1e-10 relative; HC0–HC3 and HAC SEs 1e-9 (the bar);
/// derived statistics 1e-9 relative.
@Suite struct StatsmodelsParityTests {
    static func data() throws -> (y: [Double], x: [[Double]], w: [Double]) {
        let c = try Fixtures.csv("sim/regression.csv")
        return (c["y"] ?? [], [c["x1"] ?? [], c["x2"] ?? [], c["x3"] ?? []], c["w"] ?? [])
    }

    static func expectClose(_ a: [Double], _ b: [Double], _ tol: Double, _ what: String) {
        #expect(a.count == b.count, "\(what): count")
        for (i, (u, v)) in zip(a, b).enumerated() {
            #expect(relDiff(u, v) <= tol, "\(what)[\(i)]: \(u) vs \(v), rel \(relDiff(u, v))")
        }
    }

    @Test func olsWithIntercept() throws {
        let (y, x, _) = try Self.data()
        let ref = try Fixtures.json("statsmodels/ols.json")
        let sm = try #require(ref["with_intercept"] as? [String: Any])
        let r = try LinearModel(y: y, x: x, names: ["x1", "x2", "x3"]).fit()
        Self.expectClose(r.params, doubles(sm["params"]), 1e-10, "params")
        Self.expectClose(r.coefficients.map(\.standardError), doubles(sm["bse"]), 1e-10, "bse")
        Self.expectClose(r.coefficients.map(\.t), doubles(sm["tvalues"]), 1e-9, "t")
        Self.expectClose(r.coefficients.map(\.pValue), doubles(sm["pvalues"]), 1e-8, "p")
        let ci = doubles(sm["conf_int_95"])  // row-major (k × 2)
        Self.expectClose(r.coefficients.map(\.ciLow), stride(from: 0, to: ci.count, by: 2).map { ci[$0] }, 1e-9, "ci low")
        Self.expectClose(r.coefficients.map(\.ciHigh), stride(from: 1, to: ci.count, by: 2).map { ci[$0] }, 1e-9, "ci high")
        let r90 = try LinearModel(y: y, x: x).fit(confidenceLevel: 0.90)
        let ci90 = doubles(sm["conf_int_90"])
        Self.expectClose(r90.coefficients.map(\.ciLow), stride(from: 0, to: ci90.count, by: 2).map { ci90[$0] }, 1e-9, "ci90 low")
        let scalars: [(Double, String)] = [
            (r.rSquared, "rsquared"), (r.adjustedRSquared, "rsquared_adj"), (r.fStatistic ?? .nan, "fvalue"),
            (r.logLikelihood, "llf"), (r.aic, "aic"), (r.bic, "bic"), (r.ssr, "ssr"),
            (r.durbinWatson, "durbin_watson"),
        ]
        for (v, key) in scalars { #expect(relDiff(v, double(sm[key])) <= 1e-9, "\(key): \(v) vs \(double(sm[key]))") }
        #expect(relDiff(r.fPValue ?? .nan, double(sm["f_pvalue"]), floor: 1e-300) <= 1e-6)
        let jb = doubles(sm["jarque_bera"])
        Self.expectClose([r.jarqueBera.statistic, r.jarqueBera.pValue, r.jarqueBera.skewness, r.jarqueBera.kurtosis], jb, 1e-9, "JB")
        Self.expectClose(r.leverage, doubles(sm["leverage"]), 1e-10, "leverage")
        Self.expectClose(r.residuals, doubles(sm["resid"]), 1e-9, "resid")
        #expect(r.dfModel == 3 && r.dfResid == y.count - 4 && r.nobs == y.count)
    }

    @Test(arguments: ["HC0", "HC1", "HC2", "HC3", "HAC_4_plain", "HAC_4_corrected", "HAC_auto_plain", "HAC_auto_corrected"])
    func robustCovariances(kind: String) throws {
        let (y, x, _) = try Self.data()
        let ref = try Fixtures.json("statsmodels/ols.json")
        let autoLags = Int(double(ref["hac_auto_lags"]))
        #expect(autoLags == CovarianceType.automaticHACLags(nobs: y.count))
        let key = kind.replacingOccurrences(of: "auto", with: "\(autoLags)")
        let sm = try #require((ref["robust"] as? [String: Any])?[key] as? [String: Any])
        let cov: CovarianceType
        switch kind {
        case "HC0": cov = .hc0
        case "HC1": cov = .hc1
        case "HC2": cov = .hc2
        case "HC3": cov = .hc3
        case "HAC_4_plain": cov = .hac(maxLags: 4, smallSampleCorrection: false)
        case "HAC_4_corrected": cov = .hac(maxLags: 4, smallSampleCorrection: true)
        case "HAC_auto_plain": cov = .hac(maxLags: nil, smallSampleCorrection: false)
        default: cov = .hac(maxLags: nil, smallSampleCorrection: true)
        }
        let r = try LinearModel(y: y, x: x).fit(covariance: cov)
        Self.expectClose(r.coefficients.map(\.standardError), doubles(sm["bse"]), 1e-9, "\(kind) bse")
        Self.expectClose(r.coefficients.map(\.pValue), doubles(sm["pvalues"]), 1e-7, "\(kind) p")
        #expect(relDiff(r.fStatistic ?? .nan, double(sm["fvalue"])) <= 1e-9, "\(kind) robust F")
        #expect(relDiff(r.fPValue ?? .nan, double(sm["f_pvalue"])) <= 1e-6, "\(kind) robust F p")
    }

    @Test func olsWithoutIntercept() throws {
        let (y, x, _) = try Self.data()
        let sm = try #require(try Fixtures.json("statsmodels/ols.json")["no_intercept"] as? [String: Any])
        let r = try LinearModel(y: y, x: x, intercept: false).fit()
        Self.expectClose(r.params, doubles(sm["params"]), 1e-10, "params")
        Self.expectClose(r.coefficients.map(\.standardError), doubles(sm["bse"]), 1e-10, "bse")
        // Uncentred R² without an intercept.
        #expect(relDiff(r.rSquared, double(sm["rsquared"])) <= 1e-10)
        #expect(relDiff(r.adjustedRSquared, double(sm["rsquared_adj"])) <= 1e-10)
        #expect(relDiff(r.fStatistic ?? .nan, double(sm["fvalue"])) <= 1e-9)
        #expect(relDiff(r.aic, double(sm["aic"])) <= 1e-10)
    }

    @Test func weightedLeastSquares() throws {
        let (y, x, w) = try Self.data()
        let sm = try #require(try Fixtures.json("statsmodels/ols.json")["wls"] as? [String: Any])
        let r = try LinearModel(y: y, x: x, weights: w).fit()
        Self.expectClose(r.params, doubles(sm["params"]), 1e-10, "params")
        Self.expectClose(r.coefficients.map(\.standardError), doubles(sm["bse"]), 1e-10, "bse")
        for (v, key) in [(r.rSquared, "rsquared"), (r.adjustedRSquared, "rsquared_adj"), (r.logLikelihood, "llf"),
                         (r.fStatistic ?? .nan, "fvalue"), (r.ssr, "ssr"), (r.aic, "aic"), (r.bic, "bic")] {
            #expect(relDiff(v, double(sm[key])) <= 1e-10, "WLS \(key): \(v) vs \(double(sm[key]))")
        }
    }
}

/// Longley (scaled condition number ≈ 4e4, raw ≈ 5e9): HC0–HC3 and HAC standard errors against
/// exact 50-digit mpmath arithmetic (Fixtures/mpmath/longley_robust.json). The bar is ≥ 9 correct
/// digits (statsmodels itself holds ~8.8 for HC3 and ~7.6 for HAC here).
@Suite struct LongleyRobustTests {
    @Test(arguments: ["nonrobust", "HC0", "HC1", "HC2", "HC3", "HAC", "HAC_corrected"])
    func exactReference(kind: String) throws {
        let ref = try Fixtures.json("mpmath/longley_robust.json")
        let data = try NISTDataset(name: "Longley")
        let lags = Int(double(ref["HAC_lags"]))
        let cov: CovarianceType
        switch kind {
        case "nonrobust": cov = .nonrobust
        case "HC0": cov = .hc0
        case "HC1": cov = .hc1
        case "HC2": cov = .hc2
        case "HC3": cov = .hc3
        case "HAC": cov = .hac(maxLags: lags, smallSampleCorrection: false)
        default: cov = .hac(maxLags: lags, smallSampleCorrection: true)
        }
        let r = try data.model().fit(covariance: cov)
        let exact = doubles(ref[kind])
        var worst = 15.0
        for (j, se) in r.coefficients.map(\.standardError).enumerated() {
            let digits = lre(se, exact[j])
            worst = min(worst, digits)
            #expect(digits >= 9, "Longley \(kind) SE[\(j)]: \(digits) digits")
        }
        if kind == "HAC" { #expect(CovarianceType.automaticHACLags(nobs: 16) == lags) }
        print("Longley \(kind): min correct digits \(worst)")
    }
}
