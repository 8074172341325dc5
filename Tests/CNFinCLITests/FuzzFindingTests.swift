import CNFin
import Foundation
import Testing

/// The findings of the first mutation fuzzer of the CLI (issue 13, 16 000 runs), each replayed on
/// the built executable: no trap or abort (a signal), no hang, and either a correct answer or an
/// error that names the flag or the file:line:column — exit 2 for a usage error, 1 otherwise.
@Suite(.serialized) struct FuzzFindingTests {
    /// Files shared by the cases, written once.
    static let files: URL? = try? makeFiles()

    /// AR(0.5) values from a fixed generator (see NumericEdgeCaseTests).
    static func ar(_ n: Int, seed: UInt64 = 7) -> [Double] {
        var state = seed
        var x: [Double] = [], v = 0.0
        for _ in 0..<n {
            var e = -6.0
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                e += Double(state >> 11) / Double(1 << 53)
            }
            v = 0.5 * v + e
            x.append(v)
        }
        return x
    }

    static func makeFiles() throws -> URL {
        let dir = try CLIProcess.temporaryDirectory("fuzz-findings")
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        try write("const.csv", "x,y\n" + (0..<100).map { "5,\($0)\n" }.joined())
        let x = ar(300)
        try write("ar.csv", "x,s\n" + x.map { "\($0),\($0 * 1e160)\n" }.joined())
        try write("huge.csv", "y,x\n" + (0..<50).map { i in "\(Double(i) + Double(i % 7) * 0.3),\(i == 7 ? 1e308 : 2 * Double(i) + Double(i % 5) * 0.7)\n" }.joined())
        try write("cell.csv", "y,x\n1,1e" + String(repeating: "+e", count: 100_000) + "\n2,3\n")
        try write("periodic.csv", "x\n" + (0..<20_000).map { "\([1, 3, 2, 5][$0 % 4])\n" }.joined())
        try write("long.csv", "x\n" + ar(20_000, seed: 3).map { "\($0)\n" }.joined())
        // A dataset whose May 2023 M2 is 1e-300 (trapped in the release-decimal rounding).
        let bundled = try #require(Dataset.bundledDirectory)
        let tiny = dir.appendingPathComponent("tiny")
        try FileManager.default.copyItem(at: bundled, to: tiny)
        let money = tiny.appendingPathComponent("money.csv")
        let text = try String(contentsOf: money, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #"(?m)^m2,2023-05,[0-9.]+"#, with: "m2,2023-05,1e-300", options: .regularExpression)
        #expect(edited != text)
        try Data(edited.utf8).write(to: money)
        return dir
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        /// Every fragment must occur in standard error (or, for status 0, standard output).
        var fragments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        // Traps on numeric edge cases.
        Case(arguments: ["test", "kpss", "--data", "@/const.csv", "--column", "x", "--lang", "en"], status: 1, fragments: ["KPSS", "cannot be computed", "constant"]),
        Case(arguments: ["summary", "--data", "@/tiny", "--month", "2023-05", "--lang", "en"], status: 0, fragments: ["May 2023"]),
        Case(arguments: ["regress", "--data", "@/const.csv", "--y", "y", "--x", "x", "--lags", "9223372036854775807"], status: 2, fragments: ["--lags"]),
        Case(arguments: ["seasonal", "--cny-window", "9223372036854775807,1", "loans_increase"], status: 2, fragments: ["--cny-window"]),
        Case(arguments: ["seasonal", "--cny-window", "1,9223372036854775807", "loans_increase"], status: 2, fragments: ["--cny-window"]),
        Case(arguments: ["test", "adf", "--data", "@/long.csv", "--column", "x", "--maxlag", "60000"], status: 2, fragments: ["--maxlag"]),
        Case(arguments: ["test", "adf", "--data", "@/long.csv", "--column", "x", "--maxlag", "9000", "--lang", "en"], status: 1, fragments: ["more than the limit"]),
        Case(arguments: ["test", "granger", "--data", "@/ar.csv", "--column", "x", "--cause", "s", "--maxlag", "9223372036854775807"], status: 2, fragments: ["--maxlag"]),
        Case(arguments: ["test", "ljungbox", "--data", "@/ar.csv", "--column", "x", "--lags", "9223372036854775807"], status: 2, fragments: ["--lags"]),
        Case(arguments: ["test", "kpss", "--data", "@/ar.csv", "--column", "x", "--nlags", "9223372036854775807"], status: 2, fragments: ["--nlags"]),
        Case(arguments: ["regress", "--data", "@/ar.csv", "--y", "x", "--x", "s", "--cov", "HAC", "--maxlags", "9223372036854775807"], status: 2, fragments: ["--maxlags"]),
        Case(arguments: ["regress", "--data", "@/ar.csv", "--y", "x", "--x", "s", "--rolling", "9223372036854775807"], status: 2, fragments: ["--rolling"]),
        Case(arguments: ["filter", "hamilton", "m2", "--horizon", "9223372036854775807"], status: 2, fragments: ["--horizon"]),
        Case(arguments: ["seasonal", "loans_increase", "--period", "9223372036854775807", "--no-cny"], status: 2, fragments: ["--period"]),
        // Hangs and unbounded memory.
        Case(arguments: ["indicators", "--to", "9999-12", "--format", "csv"], status: 0, fragments: ["month"]),
        Case(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--lags", "10000", "--lang", "en"], status: 1, fragments: ["10000 lags", "needs at least 1"]),
        Case(arguments: ["test", "adf", "--data", "@/periodic.csv", "--column", "x", "--lang", "en"], status: 1, fragments: ["rank deficient"]),
        Case(arguments: ["test", "adf", "--data", "@/cell.csv", "--column", "x", "--lang", "en"], status: 1, fragments: ["cell.csv:2:3:", "(200002 characters)"]),
        // Silent wrong answers.
        Case(arguments: ["test", "kpss", "--data", "@/const.csv", "--column", "x", "--nlags", "1", "--lang", "en"], status: 1, fragments: ["cannot be computed"]),
        Case(arguments: ["regress", "--data", "@/huge.csv", "--y", "y", "--x", "x", "--lang", "en"], status: 1, fragments: ["standard error of 'x' cannot be computed"]),
        Case(arguments: ["report", "--month", "2023-05", "--section", "summary", "--format", "svg", "--lang", "en"], status: 1,
             fragments: ["no chart", "summary"]),
        Case(arguments: ["report", "--month", "2023-05", "--section", "summary", "--format", "svg"], status: 1,
             fragments: ["错误：「summary」部分没有可输出为「SVG」的图表"]),
    ]

    @Test(arguments: cases)
    func replay(_ c: Case) throws {
        let dir = try #require(Self.files)
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "@/", with: dir.path + "/") }
        let outcome = try CLIProcess.run(arguments, timeout: 120)
        #expect(!outcome.timedOut, "hung: \(outcome.seconds) s")
        #expect(!outcome.signaled, "killed by signal \(outcome.status): \(outcome.stderr.suffix(400))")
        #expect(outcome.status == c.status, "\(outcome.stderr.prefix(600))")
        let text = c.status == 0 ? outcome.stdout : outcome.stderr
        for fragment in c.fragments {
            #expect(text.contains(fragment), "missing '\(fragment)' in: \(text.prefix(600))")
        }
        if c.status != 0 { #expect(outcome.stderr.utf8.count < 4_000, "messages stay short") }
    }

    /// ADF is scale invariant on the command line too: × 1e160 gives the same decision (was τ = 0, p = 0.96).
    @Test func adfOfAScaledSeries() throws {
        let dir = try #require(Self.files)
        func pValue(_ column: String) throws -> Double {
            let outcome = try CLIProcess.run(["test", "adf", "--data", dir.appendingPathComponent("ar.csv").path,
                                              "--column", column, "--format", "json"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            return try #require(object?["p_value"] as? Double)
        }
        let plain = try pValue("x"), scaled = try pValue("s")
        #expect(plain < 0.01 && scaled < 0.01)
        #expect(abs(plain - scaled) <= 1e-6 * max(plain, 1e-300) + 1e-300, "\(plain) vs \(scaled)")
    }
}
