import CNFinTestSupport
import Foundation
import Testing
@testable import CNFinX11

/// The pipeline with a Chinese New Year holiday regressor in X-13 (usertype=holiday): X-11
/// fed X-13's prior-adjusted B1 (holiday removed, forecast year included) reproduces D8 and
/// D10–D13, and D10 combined with X-13's holiday factors reproduces D16. Tolerance 1e-9 as in
/// `X13ReferenceTests` (factors absolutely, levels relative to the largest |B1|).
@Suite("X-11 with a holiday pre-adjustment vs X-13 (D16)")
struct HolidayTests {
    @Test("D8, D10–D13, D16", arguments: ["m0_cny", "loans_cny"])
    func holiday(name: String) throws {
        let runs = try Fixture.json("x11_holiday.json")["runs"] as? [[String: Any]] ?? []
        guard let run = runs.first(where: { $0["name"] as? String == name }),
              let start = run["start"] as? String, let month = Int(start.suffix(2)),
              let n = run["nobs"] as? Int, let forecasts = run["forecasts"] as? Int
        else { throw FixtureError.malformed(name) }
        let multiplicative = run["mode"] as? String == "mult"
        let b1 = Fixture.doubles(run["b1_extended"])
        let r = try X11.decompose(b1, firstMonth: month,
                                  options: X11Options(mode: multiplicative ? .multiplicative : .additive, forecastMonths: forecasts))
        let scale = b1.map(abs).max() ?? 1
        let d16 = r.combinedFactors(holiday: Fixture.doubles(run["holiday"]))
        #expect(d16.count == n)
        let tables: [(String, [Double], Bool)] = [
            ("d8", r.d8, multiplicative), ("d10", r.d10, multiplicative), ("d11", r.d11, false),
            ("d12", r.d12, false), ("d13", r.d13, multiplicative), ("d16", d16, multiplicative),
        ]
        for (table, mine, isFactor) in tables {
            let x13 = Fixture.doubles(run[table])
            #expect(x13.count == n)
            let e = maxScaledError(mine, x13, count: n, scale: isFactor ? 1 : scale)
            #expect(e <= 1e-9, "\(name) \(table): max scaled error \(e)")
        }
        let d = run["diagnostics"] as? [String: Any]
        #expect(r.seasonalFilter.rawValue == d?["sfmsr"] as? String)
        #expect(String(r.hendersonD12) == d?["finaltrendma"] as? String)
    }
}
