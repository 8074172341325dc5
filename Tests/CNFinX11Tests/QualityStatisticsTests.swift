import CNFinTestSupport
import Foundation
import Testing
@testable import CNFinX11

/// M1–M11, Q, Q2 and the D8 seasonality tests against X-13's diagnostics file (.udg) for
/// the seven reference pipelines. X-13 prints M to 3 decimals and Q, Q2 to 2, the F
/// statistics to 3 and the I/C, I/S ratios to 2: the tolerances are half a unit of the last
/// printed digit plus 1e-9.
@Suite("X-11 quality statistics vs X-13")
struct QualityStatisticsTests {
    @Test("M1–M11, Q, Q2, F-tests", arguments: Fixture.runs)
    func statistics(name: String) throws {
        let run = try ReferenceRun(name)
        let options = X11Options(mode: run.multiplicative ? .multiplicative : .additive, forecastMonths: run.forecasts)
        let result = try X11.decompose(run.extended, firstMonth: run.firstMonth, options: options)
        let qs = QualityStatistics(result)
        func x13(_ key: String) -> Double? {
            ReferenceRun.diagnostic(run.pipeline, key)?.split(separator: " ").first.flatMap { Double($0) }
        }
        var report: [String] = []
        for i in 1...11 {
            guard let ref = x13(String(format: "f3.m%02d", i)) else { continue }
            let ok = abs(qs.m[i - 1] - ref) <= 0.0005 + 1e-9
            if !ok { report.append("M\(i) \(qs.m[i - 1]) vs \(ref)") }
            #expect(ok, "\(name) M\(i): \(qs.m[i - 1]) vs X-13 \(ref)")
        }
        if let ref = x13("f3.q") { #expect(abs(qs.q - ref) <= 0.005 + 1e-9, "\(name) Q: \(qs.q) vs \(ref)") }
        if let ref = x13("f3.qm2") { #expect(abs(qs.q2 - ref) <= 0.005 + 1e-9, "\(name) Q2: \(qs.q2) vs \(ref)") }
        if let ref = x13("f2.ic") { #expect(abs(qs.icRatio - ref) <= 0.005 + 1e-9, "\(name) I/C: \(qs.icRatio) vs \(ref)") }
        if let ref = x13("f2.is") { #expect(abs(qs.isRatio - ref) <= 0.005 + 1e-9, "\(name) I/S: \(qs.isRatio) vs \(ref)") }
        if let ref = x13("f2.fsd8") {
            #expect(abs(qs.seasonality.stableF - ref) <= 0.0005 + 1e-9, "\(name) F stable: \(qs.seasonality.stableF) vs \(ref)")
        }
        if let ref = x13("f2.msf") {
            #expect(abs(qs.seasonality.movingF - ref) <= 0.0005 + 1e-9, "\(name) F moving: \(qs.seasonality.movingF) vs \(ref)")
        }
        if let ref = x13("f2.kw") {
            #expect(abs(qs.seasonality.kruskalWallis - ref) <= 0.0005 + 1e-9, "\(name) KW: \(qs.seasonality.kruskalWallis) vs \(ref)")
        }
        // The verdict as X-13 prints it in the .out file (its .udg says "yes" even for
        // "PROBABLY NOT PRESENT").
        #expect(qs.seasonality.identifiable.rawValue == run.pipeline["identifiable_seasonality"] as? String)
    }
}

/// Short spans: the statistics that need six years (M8–M11) are left out, as X-13 does,
/// and Q uses the short-series weights; nothing traps.
@Suite("X-11 quality statistics, short spans")
struct ShortSpanQualityTests {
    @Test("36, 48 and 72 months", arguments: [36, 48, 72])
    func short(n: Int) throws {
        let r = try X11.decompose(BadInputTests.series(n), firstMonth: 4)
        let qs = QualityStatistics(r)
        #expect(qs.q.isFinite && qs.q2.isFinite)
        #expect(qs.m[0...6].allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 3 })
        #expect(qs.m[7...10].allSatisfy { n < 72 ? $0.isNaN : $0.isFinite })
        #expect(QSStatistic(r.d11, differences: 2).value >= 0)
    }
}

/// The same statistics on the X-11-alone variants (fixed filters, fixed Henderson lengths,
/// log-additive, other sigma limits, other start months, synthetic series).
@Suite("X-11 quality statistics vs X-13, variants")
struct VariantQualityStatisticsTests {
    @Test("M1–M11, Q, Q2", arguments: X13VariantTests.options.keys.sorted())
    func variant(name: String) throws {
        let v = try X13VariantTests.variant(name)
        let values = Fixture.doubles(v["values"])
        guard let start = v["start"] as? String, let month = Int(start.suffix(2)),
              let options = X13VariantTests.options[name] else { throw FixtureError.malformed(name) }
        let qs = QualityStatistics(try X11.decompose(values, firstMonth: month, options: options))
        let d = v["diagnostics"] as? [String: Any]
        func x13(_ key: String) -> Double? {
            (d?[key] as? String)?.split(separator: " ").first.flatMap { Double($0) }
        }
        for i in 1...11 {
            guard let ref = x13(String(format: "f3.m%02d", i)) else { continue }
            #expect(abs(qs.m[i - 1] - ref) <= 0.0005 + 1e-9, "\(name) M\(i): \(qs.m[i - 1]) vs X-13 \(ref)")
        }
        if let ref = x13("f3.q") { #expect(abs(qs.q - ref) <= 0.005 + 1e-9, "\(name) Q: \(qs.q) vs \(ref)") }
        if let ref = x13("f3.qm2") { #expect(abs(qs.q2 - ref) <= 0.005 + 1e-9, "\(name) Q2: \(qs.q2) vs \(ref)") }
    }
}
