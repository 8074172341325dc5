import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct TestCommandTests {
    func render(_ arguments: [String]) throws -> String {
        let command = try CNFinCommand.parseAsRoot(["test"] + arguments)
        switch command {
        case let c as TestCommand.ADF: return try c.render().text
        case let c as TestCommand.KPSSCommand: return try c.render().text
        case let c as TestCommand.Granger: return try c.render().text
        case let c as TestCommand.LjungBoxCommand: return try c.render().text
        default: throw ValidationError("not a test subcommand: \(arguments)")
        }
    }

    /// `cnfin test adf --series m2_yoy`: the documented keys, the sample span, and the same statistic as
    /// the CSV path on the same numbers (identical input → identical result, exactly).
    @Test func adfOnBundledSeries() throws {
        let object = try jsonObject(try render(["adf", "--series", "m2_yoy", "--format", "json"]))
        for key in ["statistic", "p_value", "lags", "nobs", "critical_values"] { #expect(object[key] != nil, "missing \(key)") }
        let critical = try #require(object["critical_values"] as? [String: Double])
        #expect(Set(critical.keys) == ["1%", "5%", "10%"])
        let series = try Dataset.bundled().series("m2_yoy").trimmed()
        #expect(object["sample_start"] as? String == series.start.description)
        #expect(object["sample_end"] as? String == series.end?.description)

        let csv = "m2_yoy\n" + series.values.map { $0.map { String(format: "%.17g", $0) } ?? "" }.joined(separator: "\n") + "\n"
        let url = try temporaryCSV(csv)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let fromCSV = try jsonObject(try render(["adf", "--data", url.path, "--column", "m2_yoy", "--format", "json"]))
        #expect(fromCSV["statistic"] as? Double == object["statistic"] as? Double)
        #expect(fromCSV["nobs"] as? Int == object["nobs"] as? Int)
    }

    @Test func otherTestsOnBundledSeries() throws {
        let kpss = try jsonObject(try render(["kpss", "--series", "m2", "--transform", "yoy", "--from", "2013-01", "--format", "json"]))
        #expect(kpss["column"] as? String == "m2.yoy" && kpss["sample_start"] as? String == "2013-01")
        let granger = try jsonObject(try render(["granger", "--series", "m2_yoy", "--cause", "m1_yoy", "--maxlag", "3", "--format", "json"]))
        #expect((granger["by_lag"] as? [[String: Any]])?.count == 3)
        let ljungbox = try render(["ljungbox", "--series", "m1_yoy:diff", "--lags", "6", "--lang", "en"])
        #expect(ljungbox.contains("m1_yoy.diff") && ljungbox.contains("Sample:"))
        let chinese = try render(["ljungbox", "--series", "m1_yoy:diff", "--lags", "6"])
        #expect(chinese.contains("m1_yoy.diff") && chinese.contains("样本：") && chinese.contains("Box-Pierce Q = "))
    }

    @Test func runtimeErrors() throws {
        #expect(try runSucceeds(["test", "adf", "--series", "no_such_series"]) == false)
        #expect(try runSucceeds(["test", "adf", "--data", "/nonexistent/x.csv", "--column", "a"]) == false)
        let url = try temporaryCSV("a\n1\n2\nx\n")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // The CSV is read by the project's one CSV stack (CSVNumericTable): the error is located as
        // file:line:column (it was file:line with the reader it replaced).
        var message = ""
        do { _ = try render(["adf", "--data", url.path, "--column", "a"]) } catch { message = String(describing: error) }
        #expect(message.hasPrefix("t.csv:4:1: value \"x\" in column 'a' is not a number"), "\(message)")
    }

    @Test(arguments: [
        ["test", "adf"],
        ["test", "adf", "--series", "m2_yoy", "--column", "m2_yoy"],
        ["test", "adf", "--column", "a"],
        ["test", "adf", "--data", "a.csv", "--column", "a", "--from", "2020-01"],
        ["test", "kpss", "--series", "m2_yoy", "--dropna"],
        ["test", "adf", "--series", "m2_yoy:weekly"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        #expect(isUsageError(arguments), "\(arguments)")
    }
}
