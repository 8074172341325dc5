import CNFinTestSupport
import Foundation
import Testing
@testable import CNFinX11

/// X-11 options other than the defaults, against X-13 run with the same `x11` arguments
/// (no regARIMA model) on the extended reference series: fixed seasonal filters 3×1, 3×9,
/// 3×15 and stable, fixed Henderson lengths 5 and 17, log-additive mode, sigma limits
/// 1.8/2.8, spans starting in July and in December, and two synthetic series (one where
/// the MSR stays in X-13's ambiguous band for six attempts before choosing 3×9, one of
/// eight years). Tolerance 1e-9 as in
/// `X13ReferenceTests` (X-13 saves 15 significant digits).
@Suite("X-11 options vs X-13")
struct X13VariantTests {
    static let options: [String: X11Options] = [
        "tsf_s3x9": X11Options(mode: .additive, seasonalFilter: .fixed(.s3x9)),
        "tsf_s3x15": X11Options(mode: .additive, seasonalFilter: .fixed(.s3x15)),
        "tsf_stable": X11Options(mode: .additive, seasonalFilter: .fixed(.stable)),
        "m0_s3x1_h17": X11Options(mode: .multiplicative, seasonalFilter: .fixed(.s3x1), henderson: .fixed(17)),
        "m0_logadd": X11Options(mode: .logAdditive),
        "m2_h5": X11Options(mode: .multiplicative, henderson: .fixed(5)),
        "m1_july": X11Options(mode: .multiplicative),
        "loans_december_sigma": X11Options(mode: .additive, lowerSigma: 1.8, upperSigma: 2.8),
        "synthetic_msr_3x9": X11Options(mode: .additive),
        "synthetic_short_96": X11Options(mode: .additive),
    ]

    static func variant(_ name: String) throws -> [String: Any] {
        let all = try Fixture.json("x11_variants.json")["variants"] as? [[String: Any]] ?? []
        guard let v = all.first(where: { $0["name"] as? String == name }) else { throw FixtureError.malformed(name) }
        return v
    }

    @Test("tables equal X-13's within 1e-9", arguments: options.keys.sorted())
    func variant(name: String) throws {
        let v = try Self.variant(name)
        let values = Fixture.doubles(v["values"])
        guard let start = v["start"] as? String, let month = Int(start.suffix(2)), let options = Self.options[name] else {
            throw FixtureError.malformed(name)
        }
        let r = try X11.decompose(values, firstMonth: month, options: options)
        let scale = values.map(abs).max() ?? 1
        let factors = options.mode != .additive
        let tables: [(String, [Double], Bool)] = [
            ("d8", r.d8, factors), ("d10", r.d10, factors), ("d11", r.d11, false), ("d12", r.d12, false),
            ("d13", r.d13, factors),
        ]
        for (table, mine, isFactor) in tables {
            let x13 = Fixture.doubles(v[table])
            #expect(x13.count == values.count)
            let e = maxScaledError(mine, x13, count: values.count, scale: isFactor ? 1 : scale)
            #expect(e <= 1e-9, "\(name) \(table): max scaled error \(e)")
        }
        let d = v["diagnostics"] as? [String: Any]
        if let sf = d?["sfmsr"] as? String { #expect(r.seasonalFilter.rawValue == sf) }
        if let h = d?["finaltrendma"] as? String { #expect(String(r.hendersonD12) == h) }
        // Every MSR attempt X-13 printed (2 decimals), e.g. seven on synthetic_msr_3x9.
        let printed = (1...15).compactMap { d?[String(format: "autosf.msr%02d", $0)] as? String }.compactMap(Double.init)
        if case .automatic = options.seasonalFilter, !printed.isEmpty {
            #expect(r.msr.count == printed.count, "\(name): \(r.msr) vs \(printed)")
            for (a, b) in zip(r.msr, printed) { #expect(abs(a - b) <= 0.005 + 1e-9) }
        }
    }
}
