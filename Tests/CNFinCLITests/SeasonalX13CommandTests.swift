import Foundation
import Testing

/// `cnfin seasonal --method x13`: the break rule and the output columns (the numbers are
/// tested against X-13 in CNFinSeasonalTests).
struct SeasonalX13CommandTests {
    @Test func m1NeverGrowsAcrossTheRedefinition() throws {
        // Default: the current definition's span (2025-01…) is too short for X-11 — an error
        // naming the flag, not an adjustment across the break.
        let plain = try CLIProcess.run(["seasonal", "m1", "--method", "x13", "--outliers", "none"])
        #expect(plain.status == 1 || plain.status == 2)
        #expect(plain.stderr.contains("--break-regressors"))
        // With level shifts: no month-on-month growth at 2024-01 or 2025-01, and a note naming the breaks.
        let out = try CLIProcess.run(["seasonal", "m1", "--method", "x13", "--break-regressors", "--outliers", "none", "--format", "json",
                                      "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let months = try #require(json["months"] as? [String])
        let mom = try #require(json["mom_growth_pct"] as? [Any])
        for m in ["2024-01", "2025-01"] {
            let i = try #require(months.firstIndex(of: m))
            #expect(mom[i] is NSNull, "MoM growth printed across the break at \(m)")
        }
        let notes = (json["notes"] as? [String] ?? []).joined(separator: " ")
        #expect(notes.contains("m1_2024"))
        #expect(json["x11"] is [String: Any] && json["model"] is [String: Any] && json["diagnostics"] is [String: Any])
    }

    @Test func explicitSpanAcrossABreakIsAnError() throws {
        let out = try CLIProcess.run(["seasonal", "m1", "--method", "x13", "--from", "2020-01", "--outliers", "none"])
        #expect(out.status == 1 || out.status == 2)
        #expect(out.stderr.contains("m1_2024") && out.stderr.contains("--break-regressors"))
    }

    @Test func csvColumns() throws {
        let out = try CLIProcess.run(["seasonal", "tsf_increase", "--method", "x13", "--outliers", "none", "--cny-split", "10,20", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("month,observed,adjusted,trend,seasonal,holiday,outlier,irregular\n"))
    }

    /// An exact tie of the outlier search is reported in the reader's language: on loans 2006– (X-13's
    /// loans_2006 reference span) LS2009-03 and LS2009-04 have the same t with AO2009-03 in the model.
    @Test(arguments: [("zh", "LS2009-03 与 LS2009-04 的 t 值同为"), ("en", "LS2009-03 and LS2009-04 (t = ")])
    func outlierTieIsReported(_ language: String, _ expected: String) throws {
        let out = try CLIProcess.run(["seasonal", "loans_increase", "--from", "2006-02", "--to", "2025-12", "--cny-split", "10,20",
                                      "--ignore-breaks", "--lang", language])
        #expect(out.status == 0, "\(out.stderr)")
        #expect((out.stdout + out.stderr).contains(expected), "\(out.stdout)\(out.stderr)")
    }
}
