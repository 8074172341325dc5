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
}
