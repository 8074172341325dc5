import Foundation
import Testing
@testable import CNFinStatistics

/// Rolling (window 60) and expanding (from 30) OLS against statsmodels `RollingOLS`
/// (Fixtures/statsmodels/ols.json): coefficients and non-robust SEs to 1e-10 relative (the bar).
/// statsmodels forms window cross-products, accurate to ~1e-13 on this well-conditioned data.
@Suite struct RollingOLSTests {
    func check(_ r: RollingRegressionResults, _ sm: [String: Any], _ what: String) throws {
        let p = try #require(sm["params"] as? [Any]).map(doubles)
        let b = try #require(sm["bse"] as? [Any]).map(doubles)
        #expect(r.params.count == p.count, "\(what): window count")
        var worst = 0.0
        for w in 0..<min(p.count, r.params.count) {
            for j in 0..<p[w].count {
                worst = max(worst, relDiff(r.params[w][j], p[w][j]), relDiff(r.standardErrors[w][j], b[w][j]))
            }
        }
        #expect(worst <= 1e-10, "\(what): worst relative difference \(worst)")
        print("\(what): worst relative difference vs statsmodels \(worst)")
    }

    @Test func rollingAndExpanding() throws {
        let (y, x, _) = try StatsmodelsParityTests.data()
        let ref = try Fixtures.json("statsmodels/ols.json")
        let model = try LinearModel(y: y, x: x)
        let rolling = try RollingOLS(model: model, scheme: .rolling(window: 60)).fit()
        #expect(rolling.windowEnds.first == 59 && rolling.windowObservations.allSatisfy { $0 == 60 })
        try check(rolling, try #require(ref["rolling_60"] as? [String: Any]), "rolling 60")
        // Frequent re-factorisation must give the same numbers.
        let rolling7 = try RollingOLS(model: model, scheme: .rolling(window: 60), refactorEvery: 7).fit()
        try check(rolling7, try #require(ref["rolling_60"] as? [String: Any]), "rolling 60 (refactor every 7)")
        let expanding = try RollingOLS(model: model, scheme: .expanding(minObservations: 30)).fit()
        try check(expanding, try #require(ref["expanding_30"] as? [String: Any]), "expanding 30")
        // The last expanding window is the full-sample OLS.
        let full = try model.fit()
        for j in 0..<4 { #expect(relDiff(expanding.params.last?[j] ?? .nan, full.params[j]) <= 1e-12) }
    }

    @Test func badWindows() throws {
        let model = try LinearModel(y: [1, 2, 3, 4, 5, 7], x: [[1, 3, 2, 5, 4, 6]])
        #expect(throws: StatisticsError.self) { try RollingOLS(model: model, scheme: .rolling(window: 2)) }
        #expect(throws: StatisticsError.self) { try RollingOLS(model: model, scheme: .rolling(window: 7)) }
    }
}
