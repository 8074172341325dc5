import CNFinTestSupport
import Testing
@testable import CNFinSeasonal

/// STL against statsmodels 0.15 (`STL(...).fit()`) on monthly CO₂.
/// Tolerance 1e-8 relative (to max(|reference|, 1) — the seasonal component crosses zero):
/// both implementations run the same arithmetic in a different order (running sums,
/// normalisations), so agreement is expected to ~1e-12; 1e-8 is the requirement.
@Suite struct STLTests {
    @Test(arguments: ["default", "robust", "deg0_jumps"])
    func matchesStatsmodels(caseName: String) throws {
        let y = try Fixture.co2()
        let cases = try Fixture.json("stl_co2.json")["cases"] as? [[String: Any]] ?? []
        let c = try #require(cases.first { $0["name"] as? String == caseName })
        let options = c["options"] as? [String: Any] ?? [:]
        func opt(_ k: String) -> Int? { options[k] as? Int }
        let model = try STL(period: 12, seasonal: opt("seasonal") ?? 7, trend: opt("trend"), lowPass: opt("low_pass"),
                            seasonalDegree: opt("seasonal_deg") ?? 1, trendDegree: opt("trend_deg") ?? 1,
                            lowPassDegree: opt("low_pass_deg") ?? 1, seasonalJump: opt("seasonal_jump") ?? 1,
                            trendJump: opt("trend_jump") ?? 1, lowPassJump: opt("low_pass_jump") ?? 1,
                            robust: options["robust"] as? Bool ?? false)
        #expect(model.trend == c["trend_span"] as? Int)
        #expect(model.lowPass == c["low_pass"] as? Int)
        let r = try model.fit(y, innerIterations: opt("inner_iter"), outerIterations: opt("outer_iter"))
        let eT = maxRelativeError(r.trend, Fixture.doubles(c["trend"]))
        let eS = maxRelativeError(r.seasonal, Fixture.doubles(c["seasonal_component"]))
        let eR = maxRelativeError(r.remainder, Fixture.doubles(c["resid"]))
        let eW = maxRelativeError(r.weights, Fixture.doubles(c["weights"]))
        print("STL \(caseName): trend \(eT) seasonal \(eS) resid \(eR) weights \(eW)")
        #expect(eT < 1e-8)
        #expect(eS < 1e-8)
        #expect(eR < 1e-8)
        #expect(eW < 1e-8)
    }

    @Test func defaultsFollowStatsmodels() throws {
        let m = try STL(period: 12)
        #expect(m.seasonal == 7 && m.trend == 23 && m.lowPass == 13)
        #expect(try STL(period: 4).trend == 9)  // ⌈6/(1 − 1.5/7)⌉ = 8 → 9
    }

    @Test func badInput() throws {
        #expect(throws: SeasonalError.invalidPeriod(1)) { try STL(period: 1) }
        #expect(throws: SeasonalError.self) { try STL(period: 12, seasonal: 8) }
        let m = try STL(period: 12)
        #expect(throws: SeasonalError.tooShort(method: "STL", count: 23, required: 24)) {
            try m.fit([Double](repeating: 1, count: 23))
        }
        var y = (0..<48).map { Double($0) }
        y[10] = .nan
        #expect(throws: SeasonalError.nonFinite(method: "STL", index: 10)) { try m.fit(y) }
    }
}
