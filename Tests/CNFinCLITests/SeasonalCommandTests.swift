import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

/// The STL and classical paths of `cnfin seasonal` (x13, the default method, is SeasonalX13CommandTests)
/// and `cnfin filter`. Spans that cross a registered definitional break say so with --ignore-breaks.
@Suite struct SeasonalCommandTests {
    /// `cnfin seasonal` with `--method stl` unless the arguments choose a method, in English (`--lang en`:
    /// the assertions read the English wording; the Chinese is checked by OutputPropertyTests and the goldens).
    func seasonal(_ arguments: [String]) throws -> String {
        try SeasonalCommand.parse((arguments.contains("--method") ? arguments : ["--method", "stl"] + arguments) + ["--lang", "en"]).render()
    }

    /// `cnfin filter`, in English.
    func filter(_ arguments: [String]) throws -> String {
        try FilterCommand.parse(arguments + ["--lang", "en"]).render()
    }

    /// `cnfin seasonal loans_increase --cny --format csv`: the documented header, the longest
    /// gap-free span (2005-01…2006-01 are missing), and the additive identity
    /// observed = trend + seasonal + holiday + irregular. The CSV carries exact (shortest round-trip) numbers,
    /// so the identity holds to rounding of the components: 1e-9 relative to max(|observed|, 1).
    @Test func loansIncreaseCSV() throws {
        let lines = try seasonal(["loans_increase", "--cny", "--ignore-breaks", "--format", "csv"]).split(separator: "\n")
        #expect(lines.first == "month,observed,trend,seasonal,holiday,irregular,adjusted")
        #expect(lines.dropFirst().first?.hasPrefix("2006-02,") == true)
        #expect(lines.count > 200)
        var holidayNonZero = 0
        for line in lines.dropFirst() {
            let v = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst().map { Double($0) }
            let x = try #require(v.count == 6 ? v.compactMap { $0 } : nil)
            try #require(x.count == 6, "row \(line)")
            let (observed, trend, seasonal, holiday, irregular, adjusted) = (x[0], x[1], x[2], x[3], x[4], x[5])
            let scale = max(abs(observed), 1)
            #expect(abs(observed - (trend + seasonal + holiday + irregular)) <= 1e-9 * scale, "\(line)")
            #expect(abs(adjusted - (observed - seasonal - holiday)) <= 1e-9 * scale, "\(line)")
            if holiday != 0 { holidayNonZero += 1 }
        }
        #expect(holidayNonZero > 20)  // Jan–Mar of each year carry a holiday component
    }

    /// JSON: diagnostics with both tests and p-values in [0, 1], the CNY coefficient, festival effects.
    @Test func loansIncreaseJSON() throws {
        // --to pins the span: the bundled data move forward with every release (2026-06 in the build of 2026-12)
        let text = try seasonal(["loans_increase", "--from", "2010-01", "--to", "2025-12", "--ignore-breaks", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["series"] as? String == "loans_increase")
        #expect(object["span"] as? String == "2010-01…2025-12")
        let diagnostics = try #require(object["diagnostics"] as? [String: Any])
        for key in ["f_statistic", "f_p_value", "qs_statistic", "qs_p_value", "adjusted_change_sd_january", "adjusted_change_sd_february"] {
            #expect(diagnostics[key] is Double, "missing \(key)")
        }
        let p = try #require(diagnostics["f_p_value"] as? Double)
        #expect(p >= 0 && p <= 1)
        #expect(diagnostics["passes"] is Bool)
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.contains { ($0["name"] as? String)?.hasPrefix("CNY") == true })
        #expect((object["festival_effects"] as? [Any])?.count == 16)
        #expect((object["adjusted"] as? [Any])?.count == 192)
    }

    /// Growth columns for stocks only: loans_increase (catalog kind flow) shows none and a note
    /// says why; m2 (stock) shows them, in text and JSON; m2_yoy (rate) none.
    @Test func growthColumnsForStocksOnly() throws {
        let flow = try seasonal(["loans_increase", "--from", "2010-01", "--ignore-breaks"])
        #expect(!flow.contains("mom %") && !flow.contains("ann. %"))
        #expect(flow.contains("no growth rates: the series is a flow"))
        let stock = try seasonal(["m2", "--log", "--from", "2010-01", "--ignore-breaks"])
        #expect(stock.contains("mom %") && stock.contains("ann. %") && !stock.contains("no growth rates"))
        let rate = try seasonal(["m2_yoy", "--no-cny", "--from", "2010-01", "--ignore-breaks"])
        #expect(!rate.contains("mom %") && rate.contains("no growth rates: the series is a rate"))

        func json(_ arguments: [String]) throws -> [String: Any] {
            let text = try seasonal(arguments + ["--format", "json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        let flowJSON = try json(["loans_increase", "--from", "2010-01", "--ignore-breaks"])
        #expect(flowJSON["kind"] as? String == "flow")
        #expect(flowJSON["mom_growth_pct"] == nil && flowJSON["annualized_growth_pct"] == nil)
        #expect((flowJSON["notes"] as? [String])?.contains { $0.contains("flow") } == true)
        let stockJSON = try json(["m2", "--log", "--from", "2010-01", "--ignore-breaks"])
        #expect(stockJSON["kind"] as? String == "stock")
        let adjusted = try #require(stockJSON["adjusted"] as? [Double])
        let mom = try #require(stockJSON["mom_growth_pct"] as? [Any])
        #expect(mom.count == adjusted.count && mom.first is NSNull && stockJSON["annualized_growth_pct"] is [Any])
        // JSON numbers are exact (shortest round trip): the growth is the ratio of the adjusted values to 1e-9 relative.
        let last = try #require(mom.last as? Double)
        let ratio = (adjusted[adjusted.count - 1] / adjusted[adjusted.count - 2] - 1) * 100
        #expect(abs(last - ratio) <= 1e-9 * max(abs(ratio), 1))
    }

    /// A CSV column's kind is unknown: no growth columns unless --kind stock; --kind flow says it is a flow.
    @Test func csvKindOption() throws {
        let dataset = try Dataset.bundled()
        let m2 = try dataset.series("m2").sliced(from: Month("2015-01"), to: Month("2019-12"))
        var text = "month,value\n"
        for (month, value) in m2.observations { text += "\(month),\(value)\n" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seasonal-kind-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let base = ["--data", file.path, "--column", "value", "--log"]
        let unknown = try seasonal(base)
        #expect(!unknown.contains("mom %") && unknown.contains("give --kind stock"))
        let stock = try seasonal(base + ["--kind", "stock"])
        #expect(stock.contains("mom %") && !stock.contains("no growth rates"))
        let flow = try seasonal(base + ["--kind", "flow"])
        #expect(!flow.contains("mom %") && flow.contains("the series is a flow"))
        // The kind does not change the adjustment: identical CSV output.
        #expect(try seasonal(base + ["--kind", "flow", "--format", "csv"]) == (try seasonal(base + ["--kind", "stock", "--format", "csv"])))
    }

    @Test func textAndOtherFormatsRender() throws {
        let text = try seasonal(["tsf_increase", "--from", "2017-01", "--to", "2025-12", "--ignore-breaks"])
        #expect(text.contains("Residual seasonality") && text.contains("CNY regression effects"))
        #expect(!(try seasonal(["m2", "--log", "--no-cny", "--method", "classical", "--format", "markdown"])).isEmpty)
    }

    /// A --from/--to span over the 2005 gap of loans_increase is an error naming the gap.
    @Test func gapInChosenSpan() throws {
        do {
            _ = try seasonal(["loans_increase", "--from", "2003-01", "--to", "2010-12"])
            Issue.record("expected a gap error")
        } catch let error as SeasonalError {
            #expect(error.description.contains("2005-01…2006-01"))
            // The library error names the span; the flag advice is the CLI's (ErrorAdvice).
            #expect(error.description.contains("2006-02"))
            #expect(ErrorAdvice.sampleRange(error)?.en.contains("--from 2006-02") == true)
            #expect(ErrorAdvice.sampleRange(error)?.zh.contains("--from 2006-02") == true)
            // The library names the span; the CLI (one file, ErrorAdvice) names the options.
            #expect(error.description.contains("2006-02…2010-12") && !error.description.contains("--"))
            #expect(ErrorAdvice.suffix(for: error, in: .en).contains("--from 2006-02 --to 2010-12"))
            #expect(ErrorAdvice.suffix(for: error, in: .zh).contains("--from 2006-02 --to 2010-12"))
        }
    }

    /// `cnfin filter hp m2 --format json`: trend + cycle = observed; by default on the span of
    /// m2's current definition (from its last registered break, m2_2018_01), said in a note.
    @Test func hpFilterJSON() throws {
        let current = try #require(try JSONSerialization.jsonObject(with: Data(try filter(["hp", "m2", "--format", "json"]).utf8)) as? [String: Any])
        #expect((current["months"] as? [String])?.first == "2018-01")
        #expect((current["notes"] as? [String])?.contains { $0.contains("m2_2018_01") } == true)
        let text = try filter(["hp", "m2", "--ignore-breaks", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let observed = try #require(object["observed"] as? [Double])
        let trend = try #require(object["trend"] as? [Double])
        let cycle = try #require(object["cycle"] as? [Double])
        #expect(observed.count == trend.count && trend.count == cycle.count && observed.count > 300)
        for i in observed.indices { #expect(abs(observed[i] - trend[i] - cycle[i]) <= 1e-9 * abs(observed[i])) }
        #expect((object["months"] as? [String])?.first == "1997-01")
        let hamilton = try filter(["hamilton", "loans_balance", "--ignore-breaks", "--format", "csv"])
        #expect(hamilton.hasPrefix("month,observed,trend,cycle\n"))
    }

    /// A CSV file with a full-date column in another position, read with --date-column.
    @Test func csvFileInput() throws {
        let dataset = try Dataset.bundled()
        let m2 = try dataset.series("m2").sliced(from: Month("2015-01"), to: Month("2019-12"))
        var text = "name,value,date\n"
        for (month, value) in m2.observations { text += "x,\(value),\(month)-\(month.numberOfDays)\n" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seasonal-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let out = try seasonal(["--data", file.path, "--column", "value", "--date-column", "date", "--log", "--format", "csv"])
        let lines = out.split(separator: "\n")
        #expect(lines.count == 61 && lines[1].hasPrefix("2015-01,"))
        // log mode: observed = trend · seasonal · holiday · irregular (factors), 1e-9 relative.
        for line in lines.dropFirst() {
            let x = line.split(separator: ",").dropFirst().compactMap { Double($0) }
            #expect(x.count == 6 && abs(x[0] - x[1] * x[2] * x[3] * x[4]) <= 1e-9 * x[0])
        }
        let hp = try filter(["hp", "--data", file.path, "--column", "value", "--date-column", "date", "--format", "csv"])
        #expect(hp.split(separator: "\n").count == 61)
    }

    @Test(arguments: [
        ["seasonal", "loans_increase", "--period", "1"],
        ["seasonal", "loans_increase", "--no-cny", "--period", "0"],
        ["seasonal", "loans_increase", "--period", "4"],           // CNY needs 12
        ["seasonal", "loans_increase", "--method", "x12"],
        ["seasonal", "loans_increase", "--cny-window", "5"],
        ["seasonal", "loans_increase", "--format", "xml"],
        ["seasonal", "loans_increase", "--from", "2023-13"],
        ["seasonal", "loans_increase", "--from", "2020-01", "--to", "2019-01"],
        ["seasonal"],
        ["seasonal", "--data", "x.csv"],
        ["seasonal", "m2", "--column", "m2"],
        ["seasonal", "m2", "--kind", "stock"],                       // a dataset id's kind comes from the catalog
        ["seasonal", "--data", "x.csv", "--column", "v", "--kind", "level"],
        ["filter", "bk", "m2"],
        ["filter", "hamilton", "m2", "--one-sided"],
        ["filter", "hp", "m2", "--lambda", "-1"],
        ["filter", "hp"],
        ["seasonal", "m1", "--method", "stl", "--break-regressors"],  // level shifts need the x13 regression
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        do {
            _ = try CNFinCommand.parseAsRoot(arguments)
            Issue.record("expected a usage error for \(arguments)")
        } catch {
            #expect((CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2)
        }
    }

    /// Runs the command as `cnfin` would and returns whether it succeeded (runtime errors → exit 1).
    func runs(_ arguments: [String]) throws -> Bool {
        var command = try CNFinCommand.parseAsRoot(arguments)
        do {
            try command.run()
            return true
        } catch let code as ExitCode {
            #expect(code == .failure)
            return false
        }
    }

    @Test func runtimeErrorsExitWithOne() throws {
        #expect(try runs(["seasonal", "loans_increase", "--log"]) == false)          // negative flows
        #expect(try runs(["seasonal", "loans_increse"]) == false)                    // unknown id
        #expect(try runs(["filter", "hp", "m3"]) == false)
        #expect(try runs(["seasonal", "loans_increase", "--from", "2025-01"]) == false)  // too short
        #expect(try runs(["seasonal", "--data", "/nonexistent.csv", "--column", "x"]) == false)
    }

    @Test func errorMessages() throws {
        #expect(throws: SeasonalError.self) { try seasonal(["loans_increase", "--log"]) }
        do {
            _ = try seasonal(["loans_increse"])
            Issue.record("expected an unknown-series error")
        } catch let error as DatasetError {
            #expect(error.description.contains("did you mean 'loans_increase'"))
        }
    }

    @Test func helpHasExamples() {
        #expect(SeasonalCommand.helpMessage().contains("cnfin seasonal loans_increase --method stl --cny"))
        #expect(SeasonalCommand.helpMessage().contains("cnfin seasonal m1 --break-regressors"))
        #expect(FilterCommand.helpMessage().contains("cnfin filter hp m2"))
    }
}
