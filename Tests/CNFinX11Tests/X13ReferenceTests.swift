import Foundation
import Testing
@testable import CNFinX11

/// cnfin's X-11 against X-13ARIMA-SEATS build 62 on the seven reference runs.
///
/// Input: X-13's B1 extended by its twelve regARIMA forecasts (airline model), exactly
/// what X-13's x11 spec decomposed. X-13 saves tables with 15 significant digits, so the
/// tables are compared at 1e-9: absolutely for factors (multiplicative D8, D10, D13, of
/// order 1) and relative to the largest |B1| for levels (D11, D12, and every additive
/// table). That is 10⁵ times the saved precision and far below any difference a wrong
/// filter, weight or extreme-value decision makes (those move the tables by 1e-4 or more).
@Suite("X-11 vs X-13 tables")
struct X13ReferenceTests {
    static let tolerance = 1e-9

    func check(_ run: ReferenceRun, _ result: X11Decomposition, against ref: [String: Any], count: Int) -> [String: Double] {
        var errors: [String: Double] = [:]
        let tables: [(String, [Double], Bool)] = [
            ("d8", result.d8, run.multiplicative), ("d10", result.d10, run.multiplicative),
            ("d11", result.d11, false), ("d12", result.d12, false), ("d13", result.d13, run.multiplicative),
        ]
        for (name, mine, isFactor) in tables {
            let x13 = Fixture.doubles(ref[name])
            #expect(x13.count == count, "\(run.name) \(name): \(x13.count) values in the fixture")
            errors[name] = maxScaledError(mine, x13, count: count, scale: isFactor ? 1 : run.scale)
        }
        return errors
    }

    @Test("pipeline: D8, D10–D13 equal X-13's within 1e-9, same filters", arguments: Fixture.runs)
    func pipeline(name: String) throws {
        let run = try ReferenceRun(name)
        let options = X11Options(mode: run.multiplicative ? .multiplicative : .additive, forecastMonths: run.forecasts)
        let result = try X11.decompose(run.extended, firstMonth: run.firstMonth, options: options)
        for (table, e) in check(run, result, against: run.pipeline, count: run.nobs).sorted(by: { $0.key < $1.key }) {
            #expect(e <= Self.tolerance, "\(name) \(table): max scaled error \(e)")
        }
        #expect(result.seasonalFilter.rawValue == ReferenceRun.diagnostic(run.pipeline, "sfmsr"))
        #expect(String(result.hendersonD7) == ReferenceRun.diagnostic(run.pipeline, "d7trendma"))
        #expect(String(result.hendersonD12) == ReferenceRun.diagnostic(run.pipeline, "finaltrendma"))
        // The MSR values X-13 printed (two decimals): the same sequence of attempts.
        let printed = (1...15).compactMap { ReferenceRun.diagnostic(run.pipeline, String(format: "autosf.msr%02d", $0)) }
            .compactMap(Double.init)
        #expect(printed.count == result.msr.count, "\(name): MSR attempts \(result.msr) vs X-13 \(printed)")
        for (a, b) in zip(result.msr, printed) { #expect(abs(a - b) <= 0.005 + 1e-9, "\(name): MSR \(a) vs \(b)") }
    }

    @Test("X-11 alone on the extended series (no forecast months)", arguments: Fixture.runs)
    func alone(name: String) throws {
        let run = try ReferenceRun(name)
        let options = X11Options(mode: run.multiplicative ? .multiplicative : .additive)
        let result = try X11.decompose(run.extended, firstMonth: run.firstMonth, options: options)
        for (table, e) in check(run, result, against: run.alone, count: run.extended.count).sorted(by: { $0.key < $1.key }) {
            #expect(e <= Self.tolerance, "\(name) \(table): max scaled error \(e)")
        }
        #expect(result.seasonalFilter.rawValue == ReferenceRun.diagnostic(run.alone, "sfmsr"))
        #expect(String(result.hendersonD12) == ReferenceRun.diagnostic(run.alone, "finaltrendma"))
    }
}
