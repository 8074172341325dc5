import Foundation
import Testing
@testable import CNFinX11

/// QS against X-13's diagnostics file on the seven reference pipelines (airline model:
/// d + D = 2). X-13 prints QS with 5 decimals: tolerance 5e-6 (the issue asks for 1e-4).
/// The irregular: undifferenced D13 with autocorrelations around 0 (1 multiplicative), not
/// around its sample mean (loans 2017: X-13 10.01822; around the mean 9.513).
@Suite("QS vs X-13")
struct QSStatisticTests {
    @Test("QS of the series, the adjusted series and the irregular (whole span, last 8 years)", arguments: Fixture.runs)
    func qs(name: String) throws {
        let run = try ReferenceRun(name)
        let options = X11Options(mode: run.multiplicative ? .multiplicative : .additive, forecastMonths: run.forecasts)
        let r = try X11.decompose(run.extended, firstMonth: run.firstMonth, options: options)
        let n = run.nobs
        func x13(_ key: String) -> Double? {
            ReferenceRun.diagnostic(run.pipeline, key)?.split(separator: " ").first.flatMap { Double($0) }
        }
        let cases: [(String, QSStatistic)] = [
            ("qsori", QSStatistic(Array(run.extended.prefix(n)), differences: 2)),
            ("qssori", QSStatistic(Array(run.extended.prefix(n)), differences: 2, lastYears: 8)),
            ("qssadj", QSStatistic(Array(r.d11.prefix(n)), differences: 2)),
            ("qsssadj", QSStatistic(Array(r.d11.prefix(n)), differences: 2, lastYears: 8)),
            ("qsirr", QSStatistic(irregular: Array(r.d13.prefix(n)), multiplicative: run.multiplicative)),
            ("qssirr", QSStatistic(irregular: Array(r.d13.prefix(n)), multiplicative: run.multiplicative, lastYears: 8)),
        ]
        for (key, q) in cases {
            guard let ref = x13(key) else { continue }
            #expect(abs(q.value - ref) <= 5e-6 + 1e-9, "\(name) \(key): \(q.value) vs X-13 \(ref)")
        }
    }
}
