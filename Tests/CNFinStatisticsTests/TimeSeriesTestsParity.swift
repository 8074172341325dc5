import Foundation
import Testing
@testable import CNFinStatistics

/// ADF, KPSS, Granger and Ljung–Box against statsmodels 0.15.0 (Fixtures/statsmodels/tsa.json)
/// on seeded series (a random walk, a stationary AR(1), a trend-stationary series; n = 240).
/// Tolerances (the bar): statistics 1e-8 relative, p-values 1e-6 relative; lags, nobs and
/// critical values exact up to rounding (1e-12).
@Suite struct TimeSeriesTestsParity {
    static func series() throws -> [String: [Double]] { try Fixtures.csv("sim/series.csv") }

    static func tsa() throws -> [String: Any] { try Fixtures.json("statsmodels/tsa.json") }

    @Test func adf() throws {
        let s = try Self.series()
        let cases = try #require(try Self.tsa()["adf"] as? [[String: Any]])
        #expect(cases.count == 36)
        for c in cases {
            let name = c["series"] as? String ?? ""
            let reg = try #require(ADFRegression(rawValue: c["regression"] as? String ?? ""))
            let lags: LagSelection
            switch c["autolag"] as? String {
            case "AIC": lags = .aic(maxLag: nil)
            case "BIC": lags = .bic(maxLag: nil)
            case "t-stat": lags = .tStat(maxLag: nil)
            default: lags = .fixed(Int(double(c["maxlag"])))
            }
            let r = try AugmentedDickeyFuller.test(try #require(s[name]), regression: reg, lags: lags)
            let label = "ADF \(name) \(reg.rawValue) \(lags)"
            #expect(r.lags == Int(double(c["usedlag"])), "\(label): lags \(r.lags)")
            #expect(r.nobs == Int(double(c["nobs"])), "\(label): nobs")
            #expect(relDiff(r.statistic, double(c["statistic"])) <= 1e-8, "\(label): stat \(r.statistic) vs \(double(c["statistic"]))")
            #expect(relDiff(r.pValue, double(c["p_value"])) <= 1e-6, "\(label): p \(r.pValue) vs \(double(c["p_value"]))")
            let crit = try #require(c["critical_values"] as? [String: Any])
            for cv in r.criticalValues { #expect(relDiff(cv.value, double(crit[cv.level])) <= 1e-12, "\(label): crit \(cv.level)") }
        }
    }

    @Test func kpss() throws {
        let s = try Self.series()
        let cases = try #require(try Self.tsa()["kpss"] as? [[String: Any]])
        for c in cases {
            let name = c["series"] as? String ?? ""
            let reg = try #require(KPSSRegression(rawValue: c["regression"] as? String ?? ""))
            let bw: KPSSBandwidth
            switch c["nlags"] as? String {
            case "auto": bw = .automatic
            case "legacy": bw = .legacy
            default: bw = .fixed(Int(c["nlags"] as? String ?? "") ?? -1)
            }
            let r = try KPSS.test(try #require(s[name]), regression: reg, bandwidth: bw)
            let label = "KPSS \(name) \(reg.rawValue) \(bw)"
            #expect(r.lags == Int(double(c["lags"])), "\(label): lags \(r.lags)")
            #expect(relDiff(r.statistic, double(c["statistic"])) <= 1e-8, "\(label): stat \(r.statistic) vs \(double(c["statistic"]))")
            #expect(relDiff(r.pValue, double(c["p_value"])) <= 1e-6, "\(label): p \(r.pValue) vs \(double(c["p_value"]))")
        }
    }

    @Test func granger() throws {
        let (y, x, _) = try StatsmodelsParityTests.data()
        let ref = try #require(try Self.tsa()["granger"] as? [String: Any])
        let results = try GrangerCausality.test(y: y, x: x[0], maxLag: 4)
        #expect(results.count == 4)
        for r in results {
            let c = try #require(ref["\(r.lags)"] as? [String: Any])
            #expect(relDiff(r.fTest.statistic, double(c["F"])) <= 1e-8, "Granger \(r.lags): F \(r.fTest.statistic) vs \(double(c["F"]))")
            #expect(relDiff(r.fTest.pValue, double(c["F_p"])) <= 1e-6)
            #expect(r.dfDenominator == Int(double(c["df_denom"])) && r.dfNumerator == Int(double(c["df_num"])))
            #expect(relDiff(r.chiSquare, double(c["chi2"])) <= 1e-8)
            #expect(relDiff(r.chiSquarePValue, double(c["chi2_p"])) <= 1e-6)
        }
    }

    @Test func ljungBox() throws {
        let (y, x, _) = try StatsmodelsParityTests.data()
        let resid = try LinearModel(y: y, x: x).fit().residuals
        let tsa = try Self.tsa()
        let ref = try #require(tsa["ljungbox"] as? [String: Any])
        let r = try LjungBox.test(resid, maxLag: 12)
        let lb = doubles(ref["lb_stat"]), lbp = doubles(ref["lb_pvalue"]), bp = doubles(ref["bp_stat"]), bpp = doubles(ref["bp_pvalue"])
        for (i, q) in r.enumerated() {
            #expect(relDiff(q.ljungBox, lb[i]) <= 1e-8, "LB \(q.lag)")
            #expect(relDiff(q.ljungBoxPValue ?? .nan, lbp[i], floor: 1e-300) <= 1e-6, "LB p \(q.lag): \(q.ljungBoxPValue ?? .nan) vs \(lbp[i])")
            #expect(relDiff(q.boxPierce, bp[i]) <= 1e-8, "BP \(q.lag)")
            #expect(relDiff(q.boxPiercePValue ?? .nan, bpp[i], floor: 1e-300) <= 1e-6, "BP p \(q.lag)")
        }
        let ref2 = try #require(tsa["ljungbox_model_df2"] as? [String: Any])
        let r2 = try LjungBox.test(resid, maxLag: 12, modelDF: 2)
        let p2 = doubles(ref2["lb_pvalue"])
        #expect(relDiff(r2[5].ljungBoxPValue ?? .nan, p2[0], floor: 1e-300) <= 1e-6)
        #expect(relDiff(r2[11].ljungBoxPValue ?? .nan, p2[1], floor: 1e-300) <= 1e-6)
        #expect(r2[1].ljungBoxPValue == nil)

        // The headline (`cnfin test ljungbox`): Q and its p at the highest lag, Box–Pierce as a note,
        // and a note in both languages for the lags whose χ² reference is undefined.
        let h = try #require(LjungBox.headline(r2, nobs: resid.count, modelDF: 2))
        #expect(h.statistic == r2[11].ljungBox && h.pValue == r2[11].ljungBoxPValue && h.lags == 12 && h.nobs == resid.count)
        #expect(h.notes.count == 2 && h.chineseNotes.count == 2)
        #expect(h.notes[0].hasPrefix("Box-Pierce Q = ") && h.notes[1].contains("lags ≤ 2, the model's degrees of freedom"))
        #expect(h.chineseNotes[1].hasPrefix("滞后阶数 ≤ 模型自由度 2 时无Ljung-Box p值"))
        let h0 = try #require(LjungBox.headline(r, nobs: resid.count, modelDF: 0))
        #expect(h0.notes.count == 1)
        #expect(LjungBox.headline([], nobs: 0, modelDF: 0) == nil)
    }
}
