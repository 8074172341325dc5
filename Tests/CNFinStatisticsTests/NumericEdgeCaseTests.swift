import CNFinSeries
import Foundation
import Testing
@testable import CNFinStatistics

/// The numeric edge cases a mutation fuzzer of the CLI found (issue 13), one test per class:
/// integer arguments near `Int.max` never trap, work sized from input is limited before it is
/// allocated, a statistic that cannot be computed is an error (never NaN or a p-value), and the
/// scale-invariant statistics are computed on scaled data.
@Suite struct NumericEdgeCaseTests {
    /// An AR(0.5) series from a fixed linear congruential generator (uniforms summed to an
    /// approximate normal): deterministic, no dependence on the platform's random source.
    static func ar(_ n: Int, phi: Double = 0.5, seed: UInt64 = 7) -> [Double] {
        var state = seed
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var x: [Double] = [], v = 0.0
        for _ in 0..<n {
            var e = -6.0
            for _ in 0..<12 { e += uniform() }
            v = phi * v + e
            x.append(v)
        }
        return x
    }

    /// Whether `body` throws ``StatisticsError/notComputable(statistic:reason:)``.
    static func isNotComputable(_ body: () throws -> Void) -> Bool {
        do { try body() } catch let error as StatisticsError {
            if case .notComputable = error { return true }
            return false
        } catch { return false }
        return false
    }

    @Test(arguments: [KPSSBandwidth.automatic, .legacy, .fixed(0), .fixed(1), .fixed(5)])
    func kpssOnAConstantSeriesIsNotComputable(bandwidth: KPSSBandwidth) {
        // Was: automatic → Int(NaN) trap; fixed(1) → η = NaN reported with p = 0.01.
        #expect(Self.isNotComputable { _ = try KPSS.test([Double](repeating: 5, count: 100), bandwidth: bandwidth) })
        #expect(Self.isNotComputable {
            _ = try KPSS.test([Double](repeating: -3e200, count: 40), regression: .level, bandwidth: bandwidth)
        })
    }

    @Test func kpssAutomaticLagsNeverTrap() {
        #expect(KPSS.automaticLags([Double](repeating: 0, count: 50)) == 0)
        #expect(KPSS.automaticLags([1, -1, 1, -1, 1, -1, 1, -1]) >= 0)
    }

    /// τ, η and the chosen lag do not depend on the unit of the series. Tolerance 1e-9 relative:
    /// scaling by a power of two is exact, the factors here are not, so results differ by rounding
    /// of order 1e-15 amplified by the fit's condition (small for an AR(1) design).
    @Test(arguments: [1e160, 1e-160, 1e300, 3e-300, -1e150])
    func adfAndKPSSAreScaleInvariant(factor: Double) throws {
        let x = Self.ar(300)
        let scaled = x.map { $0 * factor }
        for regression in ADFRegression.allCases {
            let a = try AugmentedDickeyFuller.test(x, regression: regression)
            let b = try AugmentedDickeyFuller.test(scaled, regression: regression)
            #expect(a.lags == b.lags)
            #expect(abs(a.statistic - b.statistic) <= 1e-9 * abs(a.statistic), "\(regression) \(a.statistic) \(b.statistic)")
            #expect(abs(a.pValue - b.pValue) <= 1e-9 + 1e-6 * a.pValue)
        }
        // The unscaled AR(0.5) rejects a unit root clearly; so must the scaled one (was τ = 0, p = 0.96).
        #expect(try AugmentedDickeyFuller.test(scaled).pValue < 0.01)
        for regression in KPSSRegression.allCases {
            let a = try KPSS.test(x, regression: regression)
            let b = try KPSS.test(scaled, regression: regression)
            #expect(a.lags == b.lags)
            #expect(abs(a.statistic - b.statistic) <= 1e-9 * abs(a.statistic))
        }
    }

    @Test func regressionWithAnExtremeCellIsNotComputable() throws {
        // One cell of 1e308: the slope's variance underflows; was SE 0 (or null) with t = 0, p = 1.
        let y = (0..<50).map { Double($0) + Double($0 % 7) * 0.3 }
        var x = (0..<50).map { 2 * Double($0) + Double($0 % 5) * 0.7 }
        x[7] = 1e308
        #expect(Self.isNotComputable { _ = try LinearModel(y: y, x: [x], names: ["x"]).fit() })
        #expect(Self.isNotComputable { _ = try LinearModel(y: y, x: [x], names: ["x"]).fit(covariance: .hc1) })
        // An exact fit is not an error: its standard errors are zero or rounding-level (NIST
        // Wampler1 certifies zeros), not "not computable".
        let exact = try LinearModel(y: (0..<10).map { 1 + 2 * Double($0) }, x: [(0..<10).map(Double.init)]).fit()
        #expect(exact.coefficients.allSatisfy { $0.standardError <= 1e-12 })
    }

    @Test func countsNearIntMaxAreErrorsNotTraps() {
        let x = Self.ar(60)
        let huge = [Int.max, Int.max - 1, Int.max / 2, Int.max / 3 + 1, 1 << 62]
        for lags in huge {
            #expect(throws: StatisticsError.self) { try DistributedLag.design(columns: [x], names: ["x"], lags: lags) }
            #expect(throws: StatisticsError.self) { try GrangerCausality.test(y: x, x: x, maxLag: lags) }
            #expect(throws: StatisticsError.self) { try LjungBox.test(x, maxLag: lags) }
            #expect(throws: StatisticsError.self) { try KPSS.test(x, bandwidth: .fixed(lags)) }
            #expect(throws: StatisticsError.self) { try AugmentedDickeyFuller.test(x, lags: .fixed(lags)) }
            #expect(throws: StatisticsError.self) { try AugmentedDickeyFuller.test(x, lags: .aic(maxLag: lags)) }
            #expect(throws: StatisticsError.self) {
                try LinearModel(y: x, x: [Array(x.reversed())]).fit(covariance: .hac(maxLags: lags, smallSampleCorrection: true))
            }
            #expect(throws: StatisticsError.self) {
                try RollingOLS(model: LinearModel(y: x, x: [Array(x.reversed())]), scheme: .rolling(window: lags))
            }
        }
        #expect(saturatingSum(Int.max, 1) == Int.max)
        #expect(saturatingSum(Int.min, -1) == Int.min)
        #expect(saturatingProduct(3, Int.max) == Int.max)
        #expect(saturatingProduct(-3, Int.max) == Int.min)
    }

    @Test func monthlyDesignRefusesImpossibleLagsBeforeBuildingThem() throws {
        let start = try Month.parse("2000-01")
        let y = MonthlySeries(id: "y", start: start, values: Self.ar(300).map { $0 })
        let x = MonthlySeries(id: "x", start: start, values: Self.ar(300, seed: 9).map { $0 })
        // Was: 100 000 shifted copies of every regressor built before noticing there is no month.
        for lags in [300, 100_000, Int.max] {
            let began = Date()
            #expect(throws: StatisticsError.self) { try MonthlyDesign(y: y, x: [x], lags: lags) }
            #expect(Date().timeIntervalSince(began) < 5, "lags \(lags)")
        }
        #expect(try MonthlyDesign(y: y, x: [x], lags: 299).nobs == 1)
    }

    @Test func designsBeyondTheLimitAreRefusedBeforeAllocation() {
        // 20 000 rows with 9 000 candidate lags would be a 1.4 GB design (the CLI's case was
        // 200 000 rows and --maxlag 6000, ~10 GB): a clear error instead.
        let x = Self.ar(20_000)
        do {
            _ = try AugmentedDickeyFuller.test(x, lags: .aic(maxLag: 9_000))
            Issue.record("expected tooLarge")
        } catch {
            if case let .tooLarge(_, size, limit) = error { #expect(size > limit) } else { Issue.record("\(error)") }
        }
        #expect(throws: StatisticsError.self) {
            try StatisticsLimits.checkDesign(rows: Int.max, columns: 2, what: "test")
        }
    }

    @Test func adfOnAnExactlyPeriodicSeriesFailsAfterOneFit() {
        // Every lag of Δx beyond the period is an exact combination of the others. Was: one
        // regression per candidate lag (5 s, 330 MB at 20 000 rows) before the error.
        let x = (0..<20_000).map { Double([1, 3, 2, 5][$0 % 4]) }
        let began = Date()
        #expect(throws: StatisticsError.self) { try AugmentedDickeyFuller.test(x) }
        // Generous bound (debug build, shared machine): the point is one fit, not 46.
        #expect(Date().timeIntervalSince(began) < 20)
    }
}
