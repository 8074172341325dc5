import CNFinTestSupport
import Testing
@testable import CNFinSeasonal

/// Classical decomposition vs statsmodels `seasonal_decompose` (two_sided, no extrapolation):
/// 1e-10 relative — identical moving averages, only the summation order differs.
@Suite struct ClassicalDecompositionTests {
    @Test(arguments: ClassicalDecomposition.Model.allCases)
    func matchesStatsmodels(model: ClassicalDecomposition.Model) throws {
        let y = try Fixture.co2()
        let ref = try #require(Fixture.json("classical_co2.json")[model.rawValue] as? [String: Any])
        let r = try ClassicalDecomposition(period: 12, model: model).fit(y)
        let e = [maxRelativeError(r.trend, Fixture.doubles(ref["trend"])),
                 maxRelativeError(r.seasonal, Fixture.doubles(ref["seasonal"])),
                 maxRelativeError(r.remainder, Fixture.doubles(ref["resid"]))]
        print("classical \(model): \(e)")
        #expect(e.allSatisfy { $0 < 1e-10 })
    }

    @Test func badInput() throws {
        #expect(throws: SeasonalError.invalidPeriod(0)) { try ClassicalDecomposition(period: 0) }
        let m = try ClassicalDecomposition(period: 12, model: .multiplicative)
        var y = [Double](repeating: 2, count: 30)
        y[3] = -1
        #expect(throws: SeasonalError.nonPositiveForLog(index: 3, value: -1)) { try m.fit(y) }
    }
}

/// HP filter vs statsmodels `hpfilter` (sparse direct solve): 1e-8 relative. The system
/// `(I + λDᵀD)` has condition number ≈ 16λ ≈ 2·10⁶ at λ = 129 600, so two correct solvers
/// agree to about 1e-10.
@Suite struct HodrickPrescottTests {
    @Test(arguments: [129_600.0, 1_600.0])
    func twoSidedMatchesStatsmodels(lambda: Double) throws {
        let y = try Fixture.co2()
        let ref = try #require(Fixture.json("hp_co2.json")[String(Int(lambda))] as? [String: Any])
        let r = try HodrickPrescottFilter(lambda: lambda).fit(y)
        let e = maxRelativeError(r.trend, Fixture.doubles(ref["trend"]))
        print("HP two-sided λ=\(lambda): \(e)")
        #expect(e < 1e-8)
        // The cycle is a small difference of large numbers: compare on the scale of the data.
        #expect(maxRelativeError(r.cycle, Fixture.doubles(ref["cycle"]), floor: 300) < 1e-8)
    }

    /// One-sided HP (O(n) forward elimination) vs a loop of statsmodels two-sided filters on
    /// growing samples: 1e-8 relative.
    @Test func oneSidedMatchesLoopOfTwoSided() throws {
        let y = try Fixture.co2()
        let ref = try #require(Fixture.json("hp_co2.json")["one_sided_129600"] as? [String: Any])
        var expected = Fixture.doubles(ref["trend"])
        expected[0] = y[0]
        expected[1] = y[1]
        let r = try HodrickPrescottFilter().fitOneSided(y)
        let e = maxRelativeError(r.trend, expected)
        print("HP one-sided: \(e)")
        #expect(e < 1e-8)
    }

    @Test func badInput() throws {
        #expect(throws: SeasonalError.self) { try HodrickPrescottFilter(lambda: -1) }
        #expect(throws: SeasonalError.self) { try HodrickPrescottFilter().fit([1, 2]) }
        #expect(throws: SeasonalError.nonFinite(method: "HP filter", index: 1)) { try HodrickPrescottFilter().fit([1, .infinity, 3]) }
    }
}

/// Hamilton filter vs statsmodels OLS of the same regression: 1e-9 relative.
@Suite struct HamiltonFilterTests {
    @Test func matchesStatsmodelsOLS() throws {
        let y = try Fixture.co2()
        let ref = try Fixture.json("hamilton_co2.json")
        let r = try HamiltonFilter().fit(y)
        let eT = maxRelativeError(r.filter.trend, Fixture.doubles(ref["trend"]))
        let eC = maxRelativeError(r.filter.cycle, Fixture.doubles(ref["cycle"]), floor: 300)
        let eB = maxRelativeError(r.coefficients, Fixture.doubles(ref["params"]), floor: 1e-3)
        let eS = maxRelativeError(r.standardErrors, Fixture.doubles(ref["bse"]))
        print("Hamilton: trend \(eT) cycle \(eC) params \(eB) bse \(eS)")
        #expect(eT < 1e-9 && eC < 1e-9 && eS < 1e-9)
        #expect(eB < 1e-7)
    }

    @Test func tooShort() throws {
        #expect(throws: SeasonalError.self) { try HamiltonFilter().fit([Double](repeating: 1, count: 40)) }
    }
}
