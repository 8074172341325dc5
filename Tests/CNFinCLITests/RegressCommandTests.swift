import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

/// Files shared with the statistics tests (read through the source tree, so no resource bundle is needed).
enum StatisticsFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CNFinStatisticsTests/Fixtures")
    static let longleyCSV = directory.appendingPathComponent("nist/Longley.csv").path

    /// NIST's certified Longley estimates and standard deviations ("B0  estimate  sd" lines of Longley.dat).
    static func longleyCertified() throws -> (estimates: [Double], standardErrors: [Double], rSquared: Double) {
        let text = try String(contentsOf: directory.appendingPathComponent("nist/Longley.dat"), encoding: .utf8)
        var estimates: [Double] = [], errors: [Double] = [], rSquared = Double.nan
        for line in text.split(whereSeparator: \.isNewline) {
            let f = line.split(separator: " ").map(String.init)
            if f.count == 3, f[0].hasPrefix("B"), Int(f[0].dropFirst()) != nil, let e = Double(f[1]), let s = Double(f[2]) {
                estimates.append(e); errors.append(s)
            } else if f.count == 2, f[0] == "R-Squared", let v = Double(f[1]) {
                rSquared = v
            }
        }
        return (estimates, errors, rSquared)
    }

    /// 50-digit mpmath standard errors for Longley (Fixtures/mpmath/longley_robust.json).
    static func longleyExact(_ kind: String) throws -> [Double] {
        let data = try Data(contentsOf: directory.appendingPathComponent("mpmath/longley_robust.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?[kind] as? [String] ?? []).compactMap(Double.init)
    }
}

/// Log relative error: the number of correct significant digits of `value` against `exact`.
func correctDigits(_ value: Double, _ exact: Double) -> Double {
    if value == exact { return 17 }
    return -log10(abs(value - exact) / abs(exact))
}

func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// A CSV written to a temporary file; removed by `defer`.
func temporaryCSV(_ text: String, name: String = "t.csv") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

/// Whether parsing `arguments` fails as a usage error (exit status 2).
func isUsageError(_ arguments: [String]) -> Bool {
    do {
        _ = try CNFinCommand.parseAsRoot(arguments)
        return false
    } catch {
        return (CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2
    }
}

/// Runs `arguments`; true on success, false when the command exits with status 1 (runtime error).
func runSucceeds(_ arguments: [String]) throws -> Bool {
    var command = try CNFinCommand.parseAsRoot(arguments)
    do {
        try command.run()
        return true
    } catch let code as ExitCode {
        #expect(code == .failure)
        return false
    }
}

@Suite struct RegressCommandTests {
    func render(_ arguments: [String]) throws -> String {
        try RegressCommand.parse(arguments).render().text
    }

    static let longley = ["--data", StatisticsFixtures.longleyCSV, "--y", "y", "--x", "x1,x2,x3,x4,x5,x6"]

    /// `cnfin regress --data Longley.csv …` prints NIST's certified estimates: every coefficient and
    /// standard error to ≥ 11 significant digits (the library's Longley bar; JSON carries 17 digits,
    /// so serialization costs nothing), with the documented keys.
    @Test func longleyJSONHasCertifiedEstimates() throws {
        let text = try render(Self.longley + ["--format", "json"])
        let object = try jsonObject(text)
        for key in ["nobs", "df_model", "df_resid", "r_squared", "adj_r_squared", "residual_std_error", "f_statistic",
                    "f_p_value", "log_likelihood", "aic", "bic", "durbin_watson", "condition_number", "cov_type", "coefficients"] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        #expect(object["nobs"] as? Int == 16 && object["df_model"] as? Int == 6 && object["df_resid"] as? Int == 9)
        #expect(object["cov_type"] as? String == "nonrobust")
        let certified = try StatisticsFixtures.longleyCertified()
        #expect(certified.estimates.count == 7)
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["name"] as? String } == ["const", "x1", "x2", "x3", "x4", "x5", "x6"])
        for (j, c) in coefficients.enumerated() {
            for key in ["name", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"] { #expect(c[key] != nil, "missing \(key)") }
            let estimate = try #require(c["estimate"] as? Double), se = try #require(c["std_error"] as? Double)
            #expect(correctDigits(estimate, certified.estimates[j]) >= 11, "B\(j) estimate \(estimate)")
            #expect(correctDigits(se, certified.standardErrors[j]) >= 11, "B\(j) std error \(se)")
        }
        #expect(correctDigits(try #require(object["r_squared"] as? Double), certified.rSquared) >= 11)
        // Every estimate is printed as the shortest text that reads back to its double: exact, whatever
        // the last bits of the LAPACK result are on this CPU (so no digit count). Read with `Double(_:)`:
        // Foundation's JSONSerialization on Linux does not round every long decimal correctly.
        let estimates = text.split(separator: "\"estimate\": ").dropFirst().map { String($0.prefix { $0 != "," && $0 != "\n" }) }
        #expect(estimates.count == 7)
        for (j, e) in estimates.enumerated() {
            let value = try #require(Double(e), "\(e)")
            #expect(correctDigits(value, certified.estimates[j]) >= 11, "B\(j) printed \(e)")
            #expect(JSONValue.numberText(value) == e, "\(e) is not the shortest round-trip text")
        }
    }

    /// `--cov HAC --maxlags 2`: Newey–West SEs (no small-sample correction, statsmodels' default) to
    /// ≥ 9 digits against exact 50-digit mpmath arithmetic (the bar on Longley).
    @Test func longleyHAC() throws {
        let object = try jsonObject(try render(Self.longley + ["--cov", "HAC", "--maxlags", "2", "--format", "json"]))
        #expect((object["cov_type"] as? String)?.contains("HAC") == true)
        #expect(object["hac_maxlags"] as? Int == 2)
        let exact = try StatisticsFixtures.longleyExact("HAC")
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(exact.count == coefficients.count)
        for (c, e) in zip(coefficients, exact) {
            #expect(correctDigits(try #require(c["std_error"] as? Double), e) >= 9)
        }
    }

    /// `--rolling 10` on 16 rows: 7 windows, each 10 observations and 7 coefficients with SEs; windows
    /// are labelled by the CSV line of their last row (data start on line 2).
    @Test func rollingOutputShape() throws {
        let object = try jsonObject(try render(Self.longley + ["--rolling", "10", "--format", "json"]))
        #expect(object["scheme"] as? String == "rolling" && object["window"] as? Int == 10)
        let windows = try #require(object["windows"] as? [[String: Any]])
        #expect(windows.count == 7)
        #expect(windows.map { $0["end_line"] as? Int } == Array(11...17))
        for w in windows {
            #expect(w["nobs"] as? Int == 10)
            #expect((w["params"] as? [Double])?.count == 7 && (w["std_errors"] as? [Double])?.count == 7)
        }
        let csv = try render(Self.longley + ["--rolling", "10", "--format", "csv"]).split(separator: "\n")
        #expect(csv.count == 8)
        #expect(csv.first == "end_line,nobs,const,se_const,x1,se_x1,x2,se_x2,x3,se_x3,x4,se_x4,x5,se_x5,x6,se_x6")
        #expect(csv.dropFirst().allSatisfy { $0.split(separator: ",").count == 16 })
        for format in ["text", "markdown", "latex"] {
            #expect(!(try render(Self.longley + ["--expanding", "--format", format])).isEmpty)
        }
    }

    /// The text summary reads like statsmodels' (with --lang en; the default is zh); the LaTeX table keeps
    /// the `P>|t|` label, escaped.
    @Test func textAndLatex() throws {
        let text = try render(Self.longley + ["--lang", "en"])
        #expect(text.contains("OLS Regression Results") && text.contains("P>|t|") && text.contains("Durbin-Watson:"))
        let chinese = try render(Self.longley)
        #expect(chinese.contains("OLS回归结果") && chinese.contains("P>|t|") && chinese.contains("DW统计量："))
        let latex = try render(Self.longley + ["--format", "latex"])
        #expect(latex.contains("P\\textgreater{}\\textbar{}t\\textbar{}"))
        #expect(!latex.contains("P>|t|"))
    }

    /// `--series`: bundled ids aligned by month. m2_yoy on m1_yoy: the sample is the months where both
    /// are published, and the slope equals cov(x, y)/var(x) computed here independently (1e-10 relative:
    /// two exact-to-rounding formulas on ~200 well-scaled values).
    @Test func bundledSeries() throws {
        let object = try jsonObject(try render(["--series", "--y", "m2_yoy", "--x", "m1_yoy", "--format", "json"]))
        let dataset = try Dataset.bundled()
        let frame = align([try dataset.series("m2_yoy"), try dataset.series("m1_yoy")])
        let rows = frame.completeRows
        #expect(object["nobs"] as? Int == rows.count)
        #expect(object["sample_start"] as? String == rows.first?.month.description)
        #expect(object["sample_end"] as? String == rows.last?.month.description)
        let y = rows.map { $0.values[0] }, x = rows.map { $0.values[1] }
        let n = Double(rows.count), mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let slope = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["name"] as? String } == ["const", "m1_yoy"])
        let estimate = try #require(coefficients[1]["estimate"] as? Double)
        #expect(abs(estimate - slope) <= 1e-10 * abs(slope))
        #expect(abs((coefficients[0]["estimate"] as? Double ?? .nan) - (my - slope * mx)) <= 1e-10 * abs(my))

        // Distributed lags on the calendar; a transform and a window.
        let lagged = try jsonObject(try render(["--series", "--y", "m2_yoy", "--x", "m1_yoy", "--lags", "2",
                                                "--from", "2015-01", "--to", "2022-12", "--format", "json"]))
        #expect((lagged["coefficients"] as? [[String: Any]])?.map { $0["name"] as? String } == ["const", "m1_yoy", "m1_yoy.L1", "m1_yoy.L2"])
        #expect(lagged["sample_start"] as? String == "2015-01" && lagged["sample_end"] as? String == "2022-12")
        #expect(lagged["nobs"] as? Int == 96)
        let transformed = try RegressCommand.parse(["--series", "--y", "m2", "--x", "loans_increase:sum12", "--transform", "yoy",
                                                    "--from", "2016-01", "--to", "2019-12", "--lang", "en"]).render()
        #expect(transformed.text.contains("m2.yoy") && transformed.text.contains("loans_increase.sum12"))
        #expect(transformed.text.contains("Sample:"))
        let rolling = try render(["--series", "--y", "m2_yoy", "--x", "m1_yoy", "--rolling", "24", "--from", "2015-01", "--format", "csv"])
        #expect(rolling.hasPrefix("end_month,nobs,const,se_const,m1_yoy,se_m1_yoy\n2016-12,24,"))
    }

    /// `--series --data DIR` reads a user dataset directory (here a copy of the bundled files).
    @Test func seriesFromDataDirectory() throws {
        let bundled = try #require(Dataset.bundledDirectory)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let arguments = ["--series", "--y", "m2_yoy", "--x", "m1_yoy", "--format", "json"]
        #expect(try render(arguments + ["--data", copy.path]) == (try render(arguments)))
        #expect(try runSucceeds(["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--data", "/nonexistent"]) == false)
        // Without --data FILE.csv, --y/--x name dataset series (as an ID does in every other command):
        // --series is implied, and --data DIR (a directory) is a dataset directory.
        let implicit = ["--y", "m2_yoy", "--x", "m1_yoy", "--format", "json"]
        #expect(try render(implicit) == (try render(arguments)))
        #expect(try render(implicit + ["--data", copy.path]) == (try render(arguments)))
    }

    /// Before, `regress --y y --x x1` without --data was a usage error; now the names are dataset ids,
    /// and an unknown one is a runtime error (exit 1) that names it.
    @Test func unknownSeriesWithoutDataIsARuntimeError() throws {
        let (status, _, errors) = try GoldenCLITests.run(["regress", "--y", "y", "--x", "x1", "--lang", "en"])
        #expect(status == 1)
        #expect(errors.contains("unknown series 'y'"), "\(errors)")
        // In Chinese (the default), the id the user typed inside 「」.
        let (chineseStatus, _, chineseErrors) = try GoldenCLITests.run(["regress", "--y", "y", "--x", "x1"])
        #expect(chineseStatus == 1)
        #expect(chineseErrors.hasPrefix("错误：未知序列「y」"), "\(chineseErrors)")
    }

    @Test func badInputIsARuntimeError() throws {
        func failure(_ csv: String, _ extra: [String] = ["--y", "y", "--x", "a"]) throws -> String {
            let url = try temporaryCSV(csv)
            defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
            #expect(try runSucceeds(["regress", "--data", url.path] + extra) == false)  // exit status 1
            do {
                _ = try RegressCommand.parse(["--data", url.path] + extra).render()
                return ""
            } catch {
                return String(describing: error)
            }
        }
        #expect(try failure("y,a\n1,2\n2,3\n3,5\n", ["--y", "y", "--x", "a,nope"]).contains("no column named 'nope'"))
        #expect(try failure("y,a,b\n1,2,3\n2,5,1\n3,1,1\n", ["--y", "y", "--x", "a,b"])
            .contains("3 coefficients: needs at least 4 observations, only 3 available"))
        // Locations are file:line:column since the CSV goes through the one CSV stack (CSVNumericTable);
        // the reader it replaced said file:line.
        #expect(try failure("y,a\n1,2\n2,NaN\n3,4\n4,4\n")
            == "t.csv:3:3: column 'a': missing value \"NaN\" (use --dropna to drop incomplete rows)")
        #expect(try failure("y,a\n1,2\n2,abc\n3,4\n").hasPrefix("t.csv:3:3: value \"abc\" in column 'a' is not a number"))
        #expect(try failure("y,a\n1,2\n2,3\n3,5\n4,4\n", ["--y", "y", "--x", "a", "--lags", "4"]).contains("lags"))
        #expect(try runSucceeds(["regress", "--series", "--y", "m2_yoy", "--x", "no_such_series"]) == false)
        // --dropna keeps the complete rows.
        let url = try temporaryCSV("y,a\n1,2\n2,NaN\n3,4\n4,4.5\n5,7\n")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let object = try jsonObject(try render(["--data", url.path, "--y", "y", "--x", "a", "--dropna", "--format", "json"]))
        #expect(object["nobs"] as? Int == 4)
    }

    @Test(arguments: [
        ["regress", "--data", "l.csv", "--y", "y", "--x", "x1", "--rolling", "10", "--expanding"],
        ["regress", "--data", "l.csv", "--y", "y", "--x", "x1", "--maxlags", "2"],
        ["regress", "--data", "l.csv", "--y", "y", "--x", "x1", "--cov", "HC9"],
        ["regress", "--data", "l.csv", "--y", "y", "--x", "x1", "--transform", "yoy"],
        ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--dropna"],
        ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy:weekly"],
        ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2020-05", "--to", "2020-01"],
        ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--lags", "-1"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        #expect(isUsageError(arguments), "\(arguments)")
    }
}
