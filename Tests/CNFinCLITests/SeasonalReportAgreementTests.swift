import CNFin
import Foundation
import Testing

/// "The report and `cnfin seasonal` agree": the report's seasonal sections print the
/// `cnfin seasonal` command that reproduces them, and that command (the default method, x13)
/// prints the same adjusted values.
///
/// - 2025-12 and 2023-05: loans_increase on its current definition (since loans_deposits_2015_01;
///   the 2023 coverage change is a break of the balances, not of the printed flows —
///   loans_2023_01_flows is a comparable-basis note); tsf_increase since tsf_2019_12.
/// - 2020-06: tsf_increase has only 7 months on its current definition (since tsf_2019_12), so the
///   report adjusts 2002-01… with a level shift at each break and prints `--break-regressors`.
///
/// Tolerances: the report prints whole 亿元, so each printed value is within 0.5 (+1e-9 relative
/// for the decimal text) of the command's exact JSON value; the library call the report makes
/// (`X13Adjustment.adjustDefault`) equals the command's JSON within 1e-9 relative — the same
/// computation, so any difference would mean different settings, not rounding.
@Suite struct SeasonalReportAgreementTests {
    static let data = GoldenCLITests.bundledData.path

    @Test(arguments: [("2025-12", "seasonal-loans", "loans_increase"), ("2025-12", "seasonal-tsf", "tsf_increase"),
                      ("2023-05", "seasonal-loans", "loans_increase"), ("2020-06", "seasonal-tsf", "tsf_increase")])
    func reportAndSeasonalAgree(_ month: String, _ section: String, _ id: String) throws {
        let (status, report, errors) = try GoldenCLITests.run(["report", "--month", month, "--lang", "en", "--section", section,
                                                               "--format", "markdown", "--data", Self.data])
        #expect(status == 0, "\(errors)")
        // The command the section prints, between backticks.
        let line = try #require(report.split(separator: "\n").first { $0.contains("as `cnfin seasonal") }, "no reproduce command in\n\(report)")
        let command = try #require(line.split(separator: "`").dropFirst().first.map(String.init))
        let arguments = command.split(separator: " ").dropFirst().map(String.init)
        #expect(arguments.first == "seasonal" && arguments.contains(id) && arguments.suffix(2) == ["--to", month])
        if month == "2020-06" { #expect(arguments.contains("--break-regressors")) }
        if month == "2023-05" { #expect(!arguments.contains("--break-regressors") && arguments.contains("2015-01")) }
        let (code, text, message) = try GoldenCLITests.run(arguments + ["--format", "json", "--data", Self.data])
        #expect(code == 0, "\(command): \(message)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "x13")
        let months = try #require(object["months"] as? [String])
        let adjusted = try #require(object["adjusted"] as? [Double])
        #expect(months.last == month)
        // The report's table rows: | month | raw | adjusted |.
        var compared = 0
        for row in report.split(separator: "\n") where row.hasPrefix("| 20") {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, let shown = Double(cells[2]), let i = months.firstIndex(of: cells[0]) else { continue }
            #expect(abs(adjusted[i] - shown) <= 0.5 + 1e-9 * abs(shown), "\(id) \(cells[0]): report \(shown), seasonal \(adjusted[i])")
            compared += 1
        }
        #expect(compared == 6)
        // The library call the report makes.
        let series = try Dataset.bundled().series(id)
        let library = try X13Adjustment.adjustDefault(series, through: try #require(Month(month)))
        #expect(library.start.description == months.first)
        #expect(library.result.adjusted.count == adjusted.count)
        for (a, b) in zip(library.result.adjusted, adjusted) { #expect(abs(a - b) <= 1e-9 * max(abs(b), 1)) }
    }
}
