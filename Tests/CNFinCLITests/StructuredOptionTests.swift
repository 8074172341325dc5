import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

/// The structured option values (issue 14 step 4): `--order`, `--seasonal-order`, `--cny-window`, `--cny-split`,
/// `--outlier` and the range-checked counts are parsed by their types while swift-argument-parser reads the
/// command line. Good values give the library's values; a bad value is a usage error (exit status 2) whose
/// message names the flag, the value and why. Integer and enum results: exact comparison is the right test.
@Suite struct StructuredOptionTests {
    @Test func goodValuesParse() throws {
        #expect(try ARIMAOrderOption.parse("1,1,0") == ARIMAOrderOption(try ARIMAOrder(p: 1, d: 1, q: 0)))
        let full = try ARIMAOrderOption.parse("2,1,1(1,1,0)")
        let expected = try ARIMAOrder(p: 2, d: 1, q: 1, seasonalP: 1, seasonalD: 1, seasonalQ: 0)
        #expect(full.seasonalGiven)
        #expect(full.order == expected)
        #expect(try ARIMAOrderOption.parse("(0,1,1)(0,1,1)").seasonalGiven)
        #expect(try ARIMAOrderOption.parse("(0,1,1)").seasonalGiven == false)
        #expect(try SeasonalOrderOption.parse("1, 0, 1") == SeasonalOrderOption(seasonalP: 1, seasonalD: 0, seasonalQ: 1))
        #expect(try HolidayDaysOption.parse("7, 15") == HolidayDaysOption(before: 7, after: 15))
        #expect(try HolidayDaysOption.parse("0,366") == HolidayDaysOption(before: 0, after: 366))
        #expect(try OutlierListOption.parse("LS2020-03, ao2015-07").regressors.map(\.name) == ["LS2020-03", "AO2015-07"])
        #expect(try OptionRange.parser(OptionRange.lags)("12") == 12)
        #expect(HolidayDaysOption(argument: "5,20") == HolidayDaysOption(before: 5, after: 20))
        #expect(ARIMAOrderOption(argument: "1,1") == nil)
    }

    @Test func parsedCommandsCarryTheValues() throws {
        let arima = try ArimaCommand.parse(["m0", "--order", "1,1,1(0,1,1)", "--cny-window", "7,15", "--outlier", "LS2020-03,AO2015-07", "TC2008-11",
                                            "--horizon", "6"])
        #expect(try arima.options.model.orders() == ARIMAOrder(p: 1, d: 1, q: 1))
        #expect(arima.options.model.cnyWindow == HolidayDaysOption(before: 7, after: 15))
        #expect(arima.options.model.outlierRegressors().map(\.name) == ["LS2020-03", "AO2015-07", "TC2008-11"])
        #expect(arima.horizon == 6)
        let separate = try ForecastCommand.parse(["m0", "--order", "2,1,0", "--seasonal-order", "1,1,0"])
        #expect(try separate.options.model.orders() == ARIMAOrder(p: 2, d: 1, q: 0, seasonalP: 1, seasonalD: 1, seasonalQ: 0))
        let seasonal = try SeasonalCommand.parse(["m2", "--cny-split", "10,7", "--outlier", "LS2020-03", "--outlier", "AO2015-07"])
        #expect(seasonal.x13.cnySplit == HolidayDaysOption(before: 10, after: 7))
        #expect(seasonal.x13.outlier.flatMap(\.regressors).map(\.name) == ["LS2020-03", "AO2015-07"])
        // One input group: the ID argument and `--series ID` name the same series.
        #expect(try SeasonalCommand.parse(["--series", "m2"]).source.seriesID == "m2")
        #expect(try TestCommand.ADF.parse(["m2_yoy"]).input.series.seriesID == "m2_yoy")
        #expect(try TestCommand.ADF.parse(["--series", "m2_yoy"]).input.series.provenance == .dataset(id: "m2_yoy", directory: nil))
        #expect(try FilterCommand.parse(["hp", "--data", "f.csv", "--column", "v"]).source.provenance == .csv(file: "f.csv", column: "v"))
        // `--data-dir DIR` names a dataset directory everywhere (`--data DIR` still does with an ID).
        #expect(try SeasonalCommand.parse(["m2", "--data-dir", "d"]).source.provenance == .dataset(id: "m2", directory: "d"))
        #expect(try SeasonalCommand.parse(["m2", "--data", "d"]).source.provenance == .dataset(id: "m2", directory: "d"))
        #expect(try DataListCommand.parse(["--data-dir", "d"]).data.directory == "d")
        // regress: `--data-dir DIR` reads dataset series (it implies --series).
        let regress = try RegressCommand.parse(["--data-dir", "d", "--y", "m2_yoy", "--x", "m1_yoy"])
        #expect(regress.usesDataset && regress.dataDirectory == "d")
        #expect(try !RegressCommand.parse(["--data", "f.csv", "--y", "a", "--x", "b"]).usesDataset)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        /// Fragments of the message: the flag, the value and why.
        let fragments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let bad: [Bad] = [
        Bad(arguments: ["arima", "m0", "--order", "1,1"], fragments: ["--order", "'1,1'", "p,d,q"]),
        Bad(arguments: ["arima", "m0", "--order", "9,1,1"], fragments: ["--order", "'9,1,1'", "p = 9", "0…6"]),
        Bad(arguments: ["forecast", "m0", "--order", "0,1,1(0,2,1)"], fragments: ["--order", "D = 2", "0…1"]),
        Bad(arguments: ["arima", "m0", "--seasonal-order", "0,1,x"], fragments: ["--seasonal-order", "'0,1,x'", "P,D,Q"]),
        Bad(arguments: ["arima", "m0", "--order", "0,1,1(0,1,1)", "--seasonal-order", "0,1,1"], fragments: ["seasonal orders once"]),
        Bad(arguments: ["arima", "m0", "--cny-window", "5"], fragments: ["--cny-window", "'5'", "B,A"]),
        Bad(arguments: ["arima", "m0", "--cny-split", "5,400"], fragments: ["--cny-split", "'5,400'", "0…366"]),
        Bad(arguments: ["seasonal", "m2", "--cny-split", "10,90"], fragments: ["--cny-split", "'10,90'", "0…60"]),
        Bad(arguments: ["seasonal", "m2", "--cny-window", "-1,20"], fragments: ["--cny-window", "'-1,20'", "0…366"]),
        Bad(arguments: ["arima", "m0", "--outlier", "ZZ2020-01"], fragments: ["--outlier", "'ZZ2020-01'", "AO, LS, TC or RP"]),
        Bad(arguments: ["seasonal", "m2", "--outlier", "LS2020-13"], fragments: ["--outlier", "'LS2020-13'", "YYYY-MM"]),
        Bad(arguments: ["arima", "m0", "--horizon", "500"], fragments: ["--horizon", "'500'", "0…120"]),
        Bad(arguments: ["forecast", "m0", "--horizon", "0"], fragments: ["--horizon", "'0'", "1…120"]),
        Bad(arguments: ["filter", "hamilton", "m2", "--lags", "-2"], fragments: ["--lags", "'-2'", "1…10000"]),
        Bad(arguments: ["seasonal", "m2", "--period", "1"], fragments: ["--period", "'1'", "2…1200"]),
        Bad(arguments: ["test", "adf", "m2_yoy", "--maxlag", "-3"], fragments: ["--maxlag", "'-3'", "0…10000"]),
        Bad(arguments: ["test", "ljungbox", "--series", "m2_yoy", "--lags", "x"], fragments: ["--lags", "'x'", "whole number"]),
        Bad(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--rolling", "0"], fragments: ["--rolling", "'0'"]),
        Bad(arguments: ["test", "adf", "m2_yoy", "--series", "m1_yoy"], fragments: ["dataset id once"]),
        Bad(arguments: ["arima", "m0", "--level", "1.5"], fragments: ["--level", "'1.5'", "between 0 and 1"]),
        Bad(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--confidence", "-0.9"], fragments: ["--confidence", "'-0.9'"]),
        Bad(arguments: ["filter", "hp", "m2", "--lambda", "-5"], fragments: ["--lambda", "'-5'", "positive"]),
        Bad(arguments: ["arima", "m0", "--critical-value", "nan"], fragments: ["--critical-value", "'nan'", "positive"]),
        Bad(arguments: ["test", "kpss", "--data", "f.csv", "--column", "v", "--from", "2020-01", "--lang", "en"], fragments: ["--from and --to need a dataset ID"]),
        Bad(arguments: ["seasonal", "--data", "f.csv", "--column", "v", "--transform", "yoy", "--lang", "en"], fragments: ["--transform needs a dataset ID"]),
        Bad(arguments: ["seasonal", "--data", "f.csv", "--column", "v", "--transform", "yoy"], fragments: ["--transform 需要数据集序列代码"]),
        Bad(arguments: ["arima", "--column", "v"], fragments: ["--column v needs --data"]),
        Bad(arguments: ["chart", "m2", "--out", "a.svg", "--output", "b.svg", "--lang", "en"], fragments: ["once"]),
        Bad(arguments: ["seasonal", "--data-dir", "d", "--column", "v"], fragments: ["--data-dir names a dataset directory"]),
        Bad(arguments: ["filter", "hp", "m2", "--data-dir", "d", "--data", "e"], fragments: ["dataset directory once"]),
        Bad(arguments: ["regress", "--data-dir", "d", "--data", "e", "--y", "a", "--x", "b", "--lang", "en"], fragments: ["dataset directory once"]),
        Bad(arguments: ["filter", "hp", "m2", "--break-regressors", "--lang", "en"], fragments: ["--break-regressors needs a model with regressors"]),
    ]

    @Test(arguments: bad)
    func badValuesAreUsageErrorsNamingFlagAndValue(_ c: Bad) throws {
        // Usage errors follow --lang (Chinese by default; ErrorLanguageTests checks every one in both): a case
        // whose fragments are English asks for English.
        let english = !c.fragments.contains { $0.unicodeScalars.contains(where: OutputPropertyTests.isHan) }
        let arguments = c.arguments.contains("--lang") || !english ? c.arguments : c.arguments + ["--lang", "en"]
        let (status, output, errors) = try GoldenCLITests.run(arguments)
        #expect(status == 2, "\(c.arguments): \(errors)")
        #expect(output.isEmpty)
        for fragment in c.fragments { #expect(errors.contains(fragment), "\(c.arguments): '\(fragment)' not in: \(errors)") }
    }
}
