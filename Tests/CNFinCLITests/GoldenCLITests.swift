import CNFinTestSupport
import Foundation
import Testing

/// Golden outputs of the `cnfin` executable, and their stability under a one-ulp change of every input.
///
/// Text, Markdown and LaTeX print numbers at a fixed precision, so their golden files are compared at that
/// precision (`printedPrecisionDifference` in CNFinTestSupport): the same text, and every number within one
/// unit of its last printed digit. Byte-for-byte equality would depend on the last bits of floating-point
/// results, which differ between CPUs (OpenBLAS picks its kernels by CPU; summation orders differ with the
/// thread count): run with `OPENBLAS_CORETYPE=Nehalem` on the machine that wrote the goldens, an HP trend
/// printed `1448322.630` for the golden `1448322.629` (its exact value sits on the rounding boundary).
/// Every case is also run on inputs whose every number is moved one ulp up, and once one ulp down, and
/// must print the same text at the same precision. CSV and JSON print exact doubles
/// (shortest round-trip text), so they have no golden files here; their tests compare numbers with stated
/// tolerances.
///
/// The golden files: the May 2023 and latest-month reports (`Notebooks-export/2023-05-*`, `latest-*`, also checked by
/// `Notebooks-export/check.sh`) and, in `Golden/` next to this file, the summary (the library's own golden
/// files in `Tests/CNFinReleaseTests/Golden/` plus the CLI's data-currency header) and the statistics
/// commands' text. `CNFIN_UPDATE_GOLDEN=1 swift test --filter GoldenCLITests` rewrites
/// the latter from an unperturbed run (read the diff by eye before committing).
@Suite(.serialized) struct GoldenCLITests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let bundledData = root.appendingPathComponent("Datasets/data")
    static let longley = tests.deletingLastPathComponent().appendingPathComponent("CNFinStatisticsTests/Fixtures/nist/Longley.csv")
    static let simulated = tests.deletingLastPathComponent().appendingPathComponent("CNFinStatisticsTests/Fixtures/sim/series.csv")

    /// Where a case reads its numbers: the dataset directory or one CSV file, passed as `--data`.
    enum Input: Sendable { case dataset, longley, simulated }

    /// One golden case: the arguments (without `--data`) and the golden file it must print.
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let input: Input
        let golden: String
        var testDescription: String { golden }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for lang in ["zh", "en"] {
            for (format, ext) in [("text", "txt"), ("markdown", "md")] {
                cases.append(Case(arguments: ["summary", "--month", "2023-05", "--lang", lang, "--format", format],
                                  input: .dataset, golden: "Golden/summary-2023-05-\(lang).\(ext)"))
            }
            // The latest month (the default), with the rule that chose it in the header.
            cases.append(Case(arguments: ["summary", "--lang", lang], input: .dataset, golden: "Golden/summary-latest-\(lang).txt"))
        }
        let longleyX = ["--y", "y", "--x", "x1,x2,x3,x4,x5,x6"]
        cases += [
            // regress and test print Chinese labels by default (--lang zh); these goldens are the English
            // (statsmodels-worded) output, unchanged, and the -zh goldens below the Chinese.
            Case(arguments: ["regress"] + longleyX + ["--lang", "en"], input: .longley, golden: "Golden/regress-longley.txt"),
            Case(arguments: ["regress"] + longleyX + ["--cov", "HC3", "--format", "markdown", "--lang", "en"], input: .longley,
                 golden: "Golden/regress-longley-hc3.md"),
            Case(arguments: ["regress"] + longleyX + ["--cov", "HAC", "--maxlags", "2", "--format", "latex", "--lang", "en"], input: .longley,
                 golden: "Golden/regress-longley-hac.tex"),
            Case(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2015-01", "--to", "2023-12",
                             "--cov", "HAC", "--lang", "en"], input: .dataset, golden: "Golden/regress-series-m2-m1.txt"),
            Case(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2015-01", "--to", "2023-12",
                             "--cov", "HAC"], input: .dataset, golden: "Golden/regress-series-m2-m1-zh.txt"),
            Case(arguments: ["regress"] + longleyX + ["--cov", "HC3", "--format", "markdown"], input: .longley,
                 golden: "Golden/regress-longley-hc3-zh.md"),
            Case(arguments: ["test", "adf", "--series", "m2_yoy", "--to", "2023-12", "--lang", "en"], input: .dataset,
                 golden: "Golden/test-adf-m2_yoy.txt"),
            Case(arguments: ["test", "adf", "--series", "m2_yoy", "--to", "2023-12"], input: .dataset, golden: "Golden/test-adf-m2_yoy-zh.txt"),
            Case(arguments: ["test", "kpss", "--column", "ar", "--lang", "en"], input: .simulated, golden: "Golden/test-kpss-ar.txt"),
            Case(arguments: ["test", "kpss", "--column", "ar"], input: .simulated, golden: "Golden/test-kpss-ar-zh.txt"),
            Case(arguments: ["test", "ljungbox", "--column", "ar", "--lags", "12", "--lang", "en"], input: .simulated,
                 golden: "Golden/test-ljungbox-ar.txt"),
            Case(arguments: ["test", "ljungbox", "--column", "ar", "--lags", "12"], input: .simulated,
                 golden: "Golden/test-ljungbox-ar-zh.txt"),
            // seasonal and filter print Chinese by default (--lang zh); these goldens are the English output,
            // unchanged, and the -zh goldens the Chinese.
            Case(arguments: ["seasonal", "loans_increase", "--method", "stl", "--cny", "--ignore-breaks", "--from", "2006-02", "--to", "2023-12",
                             "--lang", "en"], input: .dataset, golden: "Golden/seasonal-loans_increase.txt"),
            Case(arguments: ["seasonal", "loans_increase", "--method", "stl", "--cny", "--ignore-breaks", "--from", "2006-02", "--to", "2023-12"],
                 input: .dataset, golden: "Golden/seasonal-loans_increase-zh.txt"),
            Case(arguments: ["seasonal", "m2", "--method", "stl", "--ignore-breaks", "--to", "2023-12", "--format", "markdown", "--lang", "en"],
                 input: .dataset, golden: "Golden/seasonal-m2.md"),
            Case(arguments: ["seasonal", "m2", "--method", "stl", "--ignore-breaks", "--to", "2023-12", "--format", "markdown"],
                 input: .dataset, golden: "Golden/seasonal-m2-zh.md"),
            Case(arguments: ["filter", "hp", "m2", "--ignore-breaks", "--from", "2015-01", "--to", "2023-12", "--lang", "en"], input: .dataset,
                 golden: "Golden/filter-hp-m2.txt"),
            Case(arguments: ["filter", "hp", "m2", "--ignore-breaks", "--from", "2015-01", "--to", "2023-12"], input: .dataset,
                 golden: "Golden/filter-hp-m2-zh.txt"),
            Case(arguments: ["filter", "hamilton", "loans_balance", "--ignore-breaks", "--from", "2010-01", "--to", "2023-12", "--lang", "en"],
                 input: .dataset, golden: "Golden/filter-hamilton-loans_balance.txt"),
            Case(arguments: ["decompose", "money", "--month", "2023-05", "--lang", "en"], input: .dataset,
                 golden: "Golden/decompose-money-2023-05.txt"),
            Case(arguments: ["decompose", "money", "--month", "2023-05"], input: .dataset, golden: "Golden/decompose-money-2023-05-zh.txt"),
            Case(arguments: ["decompose", "tsf", "--month", "2023-05", "--format", "markdown", "--lang", "en"], input: .dataset,
                 golden: "Golden/decompose-tsf-2023-05.md"),
            Case(arguments: ["indicators", "--from", "2022-01", "--to", "2023-12", "--lang", "en"], input: .dataset,
                 golden: "Golden/indicators-2022-2023.txt"),
            Case(arguments: ["indicators", "--from", "2022-01", "--to", "2023-12"], input: .dataset,
                 golden: "Golden/indicators-2022-2023-zh.txt"),
        ]
        return cases
    }()

    /// Direction of the one-ulp change applied to every number of the input.
    enum Perturbation: CaseIterable, Sendable { case none, up, down }

    @Test(arguments: GoldenCLITests.cases)
    func goldenTextIsStableUnderOneULP(_ c: Case) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let goldenURL = Self.tests.appendingPathComponent(c.golden).standardizedFileURL
        let update = ProcessInfo.processInfo.environment["CNFIN_UPDATE_GOLDEN"] != nil && c.golden.hasPrefix("Golden/")
        for perturbation in Perturbation.allCases {
            let input = try Self.input(c.input, perturbation, in: scratch)
            let (status, output, errors) = try Self.run(c.arguments + ["--data", input.path])
            #expect(status == 0, "\(c.arguments): \(errors)")
            if update, perturbation == .none {
                try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
                try output.write(to: goldenURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: goldenURL, encoding: .utf8)
            let difference = printedPrecisionDifference(output, expected)
            #expect(difference == nil, "\(c.golden) differs (\(perturbation)) at its printed precision:\n\(difference ?? "")")
        }
    }

    /// `cnfin report --month 2023-05` equals the committed export in every file, on the data as it is and one
    /// ulp away in both directions.
    @Test(arguments: ["2023-05-zh", "2023-05-en", "latest-zh", "latest-en"])
    func reportIsStableUnderOneULP(_ export: String) throws {
        let parts = export.split(separator: "-")
        let lang = String(parts.last ?? "zh")
        let month = export.hasPrefix("latest") ? [] : ["--month", parts.prefix(2).joined(separator: "-")]
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let committed = Self.root.appendingPathComponent("Notebooks-export/\(export)")
        let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).sorted()
        #expect(!names.isEmpty)
        for perturbation in Perturbation.allCases {
            let data = try Self.input(.dataset, perturbation, in: scratch)
            let out = scratch.appendingPathComponent("report-\(perturbation)").appendingPathComponent(export)
            try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
            // As Notebooks-export/generate.sh: a relative --out from inside the parent directory (the reports
            // print their own command). The --data of this run names a scratch or checkout path that the
            // committed exports (made from the bundled data) do not carry: it is removed before comparing.
            let (status, _, errors) = try Self.run(["report"] + month + ["--lang", lang, "--out", export, "--force", "--data", data.path],
                                                   in: out.deletingLastPathComponent())
            #expect(status == 0, "\(errors)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names)
            for name in names {
                let produced = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
                    .replacingOccurrences(of: " --data " + data.path, with: "")
                let expected = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
                let difference = printedPrecisionDifference(produced, expected)
                #expect(difference == nil, "\(lang)/\(name) differs (\(perturbation)) at its printed precision:\n\(difference ?? "")")
            }
        }
    }

    /// The unperturbed inputs are read where they are; perturbed copies are written into `scratch` once.
    static func input(_ input: Input, _ perturbation: Perturbation, in scratch: URL) throws -> URL {
        let source: URL
        switch input {
        case .dataset: source = bundledData
        case .longley: source = longley
        case .simulated: source = simulated
        }
        guard perturbation != .none else { return source }
        let target = scratch.appendingPathComponent("\(input)-\(perturbation)")
        if FileManager.default.fileExists(atPath: target.path) { return target }
        switch input {
        case .dataset:
            try FileManager.default.copyItem(at: source, to: target)
            // The value columns of the data files (every other file is metadata).
            for (file, column) in [("money.csv", 2), ("loans.csv", 2), ("deposits.csv", 2), ("tsf.csv", 2),
                                   ("vintages.csv", 2), ("published.csv", 3)] {
                let url = target.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                try perturbColumns(text, columns: [column], perturbation).write(to: url, atomically: true, encoding: .utf8)
            }
        case .longley, .simulated:
            let text = try String(contentsOf: source, encoding: .utf8)
            let count = text.prefix { $0 != "\n" }.split(separator: ",").count
            try perturbColumns(text, columns: Set(0..<count), perturbation).write(to: target, atomically: true, encoding: .utf8)
        }
        return target
    }

    /// `text` with every number in `columns` (after the header line) moved one ulp. The fields before the
    /// last perturbed column are unquoted in these files (ids, months, measures, numbers): the test fails
    /// rather than guess if one is not.
    static func perturbColumns(_ text: String, columns: Set<Int>, _ perturbation: Perturbation) throws -> String {
        let last = columns.max() ?? 0
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = 0
        for i in lines.indices.dropFirst() where !lines[i].isEmpty {
            var fields = lines[i].split(separator: ",", maxSplits: last + 1, omittingEmptySubsequences: false).map(String.init)
            guard !fields.prefix(last + 1).contains(where: { $0.contains("\"") }) else {
                throw PerturbationError(line: i + 1, text: lines[i])
            }
            for j in columns where j < fields.count {
                guard let x = Double(fields[j]), x.isFinite, x != 0 else { continue }
                fields[j] = "\(perturbation == .up ? x.nextUp : x.nextDown)"
                changed += 1
            }
            lines[i] = fields.joined(separator: ",")
        }
        #expect(changed > 0)
        return lines.joined(separator: "\n")
    }

    struct PerturbationError: Error, CustomStringConvertible {
        let line: Int, text: String
        var description: String { "line \(line): a quoted field before a value column: \(text)" }
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (Int32, String, String) {
        let process = try CLIProcess.process(arguments)
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
