import Foundation
import Testing
@testable import CNFinX11

/// QS against X-13's diagnostics file on the seven reference pipelines (airline model:
/// d + D = 2). X-13 prints QS with 5 decimals: tolerance 5e-6 (the issue asks for 1e-4).
/// X-13's QS of the irregular (`qsirr`) is not reproduced: on D13, on D13 with extremes
/// replaced (E3), with the C17 weights applied, or with forecasts included it differs
/// (loans 2017: X-13 10.018, D13 9.513), so it is not offered.
@Suite("QS vs X-13")
struct QSStatisticTests {
    @Test("QS of the original series (whole span, last 8 years) and of the adjusted series", arguments: Fixture.runs)
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
        ]
        for (key, q) in cases {
            guard let ref = x13(key) else { continue }
            #expect(abs(q.value - ref) <= 5e-6 + 1e-9, "\(name) \(key): \(q.value) vs X-13 \(ref)")
        }
    }
}
