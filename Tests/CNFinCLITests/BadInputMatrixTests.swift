import CNFin
import Foundation
import Testing

/// Every bad-input class of the project's standards, once per command that can meet it, on the
/// built executable: the exit code (2 usage, 1 runtime; 0 where the input is usable and the
/// problem is reported as a note) and a message that names the file:line:column, the flag, the
/// column or the series — never a crash, never silence.
///
/// Classes: malformed file, gap, duplicate month, NaN/Inf cell, singular design, too short,
/// unknown id or column (with close matches), a span across a definitional break.
///
/// The runtime errors (exit 1) are run with `--lang en`, whose wording the fragments check;
/// ``ErrorLanguageTests`` runs the same cases in Chinese (the default) and in English.
@Suite(.serialized) struct BadInputMatrixTests {
    static let files: URL? = try? makeFiles()

    static func makeFiles() throws -> URL {
        let dir = try CLIProcess.temporaryDirectory("bad-input")
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        try write("quote.csv", "y,x\n1,2\n3,\"4\n")
        try write("fields.csv", "y,x\n1,2\n3,4,5\n")
        try write("singular.csv", "y,x,z\n1,2,4\n2,3,6\n3,5,10\n4,4,8\n5,7,14\n6,1,2\n")
        try write("short.csv", "y,x\n1,2\n2,3\n")
        try write("na.csv", "y,x\n1,2\n2,NA\n3,4\n4,5\n5,3\n")
        try write("inf.csv", "y,x\n1,2\n2,inf\n3,4\n")
        try write("m-gap.csv", "month,v\n2020-01,1\n2020-03,2\n")
        try write("m-dup.csv", "month,v\n2020-01,1\n2020-01,2\n")
        try write("m-inf.csv", "month,v\n2020-01,1\n2020-02,-Infinity\n")
        try write("m-short.csv", "month,v\n" + (1...12).map { "2020-\($0 < 10 ? "0" : "")\($0),\($0)\n" }.joined())
        try write("m-quote.csv", "month,v\n2020-01,\"1\n")
        let bundled = try #require(Dataset.bundledDirectory)
        func dataset(_ name: String, _ edit: (String) -> String) throws {
            let copy = dir.appendingPathComponent(name)
            try FileManager.default.copyItem(at: bundled, to: copy)
            let money = copy.appendingPathComponent("money.csv")
            let text = try String(contentsOf: money, encoding: .utf8)
            let edited = edit(text)
            #expect(edited != text, "\(name)")
            try Data(edited.utf8).write(to: money)
        }
        // money.csv line 3 with an unterminated quote; a duplicate m2 row; m2_yoy without 2020-06.
        try dataset("malformed") { text in
            var lines = text.components(separatedBy: "\n")
            lines[2] += ",\"oops"
            return lines.joined(separator: "\n")
        }
        try dataset("duplicate") { $0.replacingOccurrences(of: #"(?m)^(m2,2020-06,[^\n]*\n)"#, with: "$1$1", options: .regularExpression) }
        try dataset("gap") { $0.replacingOccurrences(of: #"(?m)^m2_yoy,2020-06,[^\n]*\n"#, with: "", options: .regularExpression) }
        return dir
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        /// Fragments required in standard error (with status 0, in standard error or output).
        var fragments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
        init(_ arguments: [String], _ status: Int32, _ fragments: [String]) {
            self.arguments = arguments
            self.status = status
            self.fragments = fragments
        }
    }

    static let cases: [Case] = [
        // regress (CSV)
        Case(["regress", "--data", "@/quote.csv", "--y", "y", "--x", "x", "--lang", "en"], 1, ["quote.csv:3:3:", "not closed"]),
        Case(["regress", "--data", "@/fields.csv", "--y", "y", "--x", "x", "--lang", "en"], 1, ["fields.csv:3:5:", "expected 2 fields"]),
        Case(["regress", "--data", "@/na.csv", "--y", "y", "--x", "x", "--lang", "en"], 1, ["na.csv:3:3:", "missing value", "--dropna"]),
        Case(["regress", "--data", "@/inf.csv", "--y", "y", "--x", "x", "--lang", "en"], 1, ["inf.csv:3:3:", "not finite"]),
        Case(["regress", "--data", "@/singular.csv", "--y", "y", "--x", "x,z", "--lang", "en"], 1, ["singular.csv, y ~ x + z", "rank deficient", "z"]),
        Case(["regress", "--data", "@/short.csv", "--y", "y", "--x", "x", "--lang", "en"], 1, ["short.csv, y ~ x", "needs at least 3"]),
        Case(["regress", "--data", "@/short.csv", "--y", "y", "--x", "xx", "--lang", "en"], 1, ["short.csv:", "'xx'", "did you mean 'x'"]),
        Case(["regress", "--data", "@/short.csv", "--y", "y", "--x", "x", "--lags", "-1"], 2, ["--lags"]),
        // regress --series
        Case(["regress", "--series", "--y", "m2_yoy", "--x", "m1_yo", "--lang", "en"], 1, ["'m1_yo'", "did you mean 'm1_yoy'"]),
        Case(["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--data", "@/duplicate", "--lang", "en"], 1, ["money.csv:", "duplicate"]),
        Case(["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2025-12", "--to", "2025-12", "--lang", "en"], 1,
             ["series m2_yoy ~ m1_yoy", "needs at least"]),
        Case(["regress", "--series", "--y", "m1:yoy", "--x", "m2:yoy", "--from", "2024-06", "--to", "2025-06", "--lang", "en"], 0,
             ["straddles definitional break 'm1_2024'"]),
        // The same note in Chinese (the default): the series and the break by name, no id.
        Case(["regress", "--series", "--y", "m1:yoy", "--x", "m2:yoy", "--from", "2024-06", "--to", "2025-06"], 0,
             ["狭义货币（M1）余额 2024-06…2024-12（7个月）：同比比较跨越统计口径变更"]),
        // test (CSV and --series)
        Case(["test", "adf", "--data", "@/quote.csv", "--column", "x", "--lang", "en"], 1, ["quote.csv:3:3:"]),
        Case(["test", "kpss", "--data", "@/na.csv", "--column", "x", "--lang", "en"], 1, ["na.csv:3:3:", "--dropna"]),
        Case(["test", "adf", "--data", "@/inf.csv", "--column", "x", "--lang", "en"], 1, ["inf.csv:3:3:", "not finite"]),
        Case(["test", "adf", "--data", "@/short.csv", "--column", "x", "--lang", "en"], 1, ["short.csv, column x", "needs at least"]),
        Case(["test", "granger", "--data", "@/singular.csv", "--column", "z", "--cause", "x", "--maxlag", "1", "--lang", "en"], 1,
             ["singular.csv, column z", "rank deficient"]),
        Case(["test", "ljungbox", "--data", "@/short.csv", "--column", "xx", "--lang", "en"], 1, ["'xx'", "did you mean 'x'"]),
        Case(["test", "adf", "--series", "m2_yo", "--lang", "en"], 1, ["did you mean 'm2_yoy'"]),
        Case(["test", "adf", "--series", "m2_yoy", "--data", "@/gap", "--from", "2019-01", "--to", "2021-12", "--lang", "en"], 1,
             ["2020-06", "--from", "--to"]),
        Case(["test", "adf", "--series", "m2_yoy", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["test", "adf", "--series", "m2_yoy", "--maxlag", "-3"], 2, ["--maxlag"]),
        Case(["test", "kpss", "--series", "m1:yoy", "--from", "2023-06", "--to", "2025-06", "--lang", "en"], 0, ["straddles definitional break"]),
        Case(["test", "kpss", "--series", "m1:yoy", "--from", "2023-06", "--to", "2025-06"], 0, ["同比比较跨越统计口径变更"]),
        // seasonal and filter (CSV with months, and ids)
        Case(["seasonal", "--data", "@/m-quote.csv", "--column", "v", "--lang", "en"], 1, ["m-quote.csv:2:9:", "not closed"]),
        Case(["seasonal", "--data", "@/m-dup.csv", "--column", "v", "--lang", "en"], 1, ["m-dup.csv:3:1:", "duplicate month 2020-01"]),
        Case(["seasonal", "--data", "@/m-gap.csv", "--column", "v", "--lang", "en"], 1, ["m-gap.csv, column v", "no data for 2020-02", "at least 36"]),
        Case(["seasonal", "--data", "@/m-gap.csv", "--column", "v", "--method", "stl", "--lang", "en"], 1, ["m-gap.csv, column v", "no data for 2020-02", "at least 24"]),
        Case(["seasonal", "--data", "@/m-inf.csv", "--column", "v", "--lang", "en"], 1, ["m-inf.csv:3:9:", "not finite"]),
        Case(["seasonal", "--data", "@/m-short.csv", "--column", "v", "--lang", "en"], 1, ["m-short.csv, column v", "at least 36"]),
        Case(["seasonal", "--data", "@/m-short.csv", "--column", "v", "--method", "stl", "--lang", "en"], 1, ["m-short.csv, column v", "at least 24"]),
        Case(["seasonal", "m1", "--lang", "en"], 2, ["m1_2025_01", "at least 36", "--break-regressors"]),
        Case(["seasonal", "m1"], 2, ["「m1_2025_01」", "至少需要36个月", "--break-regressors"]),
        Case(["seasonal", "m1", "--method", "stl", "--from", "2020-01"], 2, ["m1_2024", "2024-01"]),
        Case(["filter", "hp", "m1", "--from", "2020-01"], 2, ["m1_2024", "2024-01"]),
        Case(["filter", "hamilton", "m1", "--lang", "en"], 2, ["m1_2025_01", "at least 49"]),
        Case(["filter", "hamilton", "m1"], 2, ["「m1_2025_01」", "至少需要49个月"]),
        Case(["seasonal", "--data", "@/m-short.csv", "--column", "vv", "--lang", "en"], 1, ["m-short.csv:1:1:", "did you mean 'v'"]),
        Case(["seasonal", "loans_increse", "--lang", "en"], 1, ["did you mean 'loans_increase'"]),
        Case(["seasonal", "m2", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["seasonal", "m2_yoy", "--data", "@/gap", "--from", "2019-01", "--to", "2021-12", "--no-cny", "--lang", "en"], 1, ["2020-06"]),
        Case(["seasonal", "m2", "--period", "1"], 2, ["--period"]),
        Case(["filter", "hp", "--data", "@/m-dup.csv", "--column", "v", "--lang", "en"], 1, ["m-dup.csv:3:1:"]),
        Case(["filter", "hamilton", "--data", "@/m-short.csv", "--column", "v", "--lang", "en"], 1, ["m-short.csv, column v", "at least 49"]),
        Case(["filter", "hp", "m3", "--lang", "en"], 1, ["'m3'", "did you mean"]),
        Case(["filter", "hp", "m2", "--lambda", "-1"], 2, ["--lambda"]),
        // dataset commands
        Case(["data", "show", "m22", "--lang", "en"], 1, ["'m22'", "did you mean 'm2'"]),
        Case(["data", "show", "m2", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["data", "show", "m2", "--data", "@/duplicate", "--lang", "en"], 1, ["money.csv:", "duplicate"]),
        Case(["data", "show", "m2", "--from", "2023-13"], 2, ["--from"]),
        Case(["data", "show", "m1", "--transform", "yoy", "--from", "2024-11", "--to", "2025-02", "--lang", "en"], 0, ["straddles definitional break"]),
        Case(["indicators", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["indicators", "--from", "2023-05", "--to", "2023-01"], 2, ["--to", "--from"]),
        Case(["indicators", "--from", "2040-01", "--lang", "en"], 1, ["--from 2040-01 is after", "the last month with data"]),
        Case(["indicators", "--to", "1980-01", "--lang", "en"], 1, ["--to 1980-01 is before", "the first month with data"]),
        Case(["summary", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["summary", "--month", "2023-5"], 2, ["--month"]),
        Case(["report", "--section", "yoy", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        // An unknown section is a usage error from the parser, which lists the sections.
        Case(["report", "--section", "yo", "--month", "2023-05", "--lang", "en"], 2, ["'yo'", "yoy"]),
        Case(["decompose", "money", "--data", "@/malformed", "--lang", "en"], 1, ["money.csv:3:"]),
        Case(["decompose", "lons", "--lang", "en"], 1, ["lons", "loans"]),
        Case(["ingest", "@/no-such-release.txt", "--month", "2023-05", "--lang", "en"], 1, ["no-such-release.txt"]),
    ]

    @Test(arguments: cases)
    func badInput(_ c: Case) throws {
        let dir = try #require(Self.files)
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "@/", with: dir.path + "/") }
        let outcome = try CLIProcess.run(arguments, timeout: 120)
        #expect(!outcome.timedOut && !outcome.signaled, "signal or hang: \(outcome.stderr.suffix(300))")
        #expect(outcome.status == c.status, "exit \(outcome.status): \(outcome.stderr.prefix(500))")
        // A usable input reports its problem as a note: on standard error, or (data show) after the table.
        let text = c.status == 0 ? outcome.stderr + outcome.stdout : outcome.stderr
        for fragment in c.fragments {
            #expect(text.contains(fragment), "missing '\(fragment)' in: \(text.prefix(500))")
        }
    }
}
