@testable import CNFinCLI
import CNFin
import Foundation
import Testing

/// Every runtime error (exit 1) of the bad-input matrix (``BadInputMatrixTests``) in both languages, on
/// the built executable: with `--lang zh` (the default) standard error starts `错误：` and the message
/// holds no ASCII word outside 「」 (the user's ids, paths and values, and English data carried
/// verbatim), flags (`--from`, what the user types) and the allow-list of the output checks
/// (``OutputPropertyTests/isAllowedStatisticalWord(_:)``); with `--lang en` it starts `error: ` and holds
/// no Han character.
///
/// A message whose text comes from a lower module's error (CSV reading, statistics, decomposition)
/// is Chinese once that error type has a Chinese message (``LocalizedMessage``); until then its English
/// text is a known issue, and the check turns strict by itself when the type conforms.
@Suite(.serialized) struct ErrorLanguageTests {
    typealias Case = BadInputMatrixTests.Case

    /// The runtime-error cases, without the `--lang en` the matrix checks them with.
    static let cases: [Case] = BadInputMatrixTests.cases.filter { $0.status == 1 }.map { c in
        var arguments = c.arguments
        if let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count { arguments.removeSubrange(i...(i + 1)) }
        return Case(arguments, c.status, c.fragments)
    }

    /// The lower-module error types whose English text the Chinese message of a case still holds until the
    /// type conforms to ``LocalizedMessage``, by the case's arguments.
    static let lowerModuleErrors: [String: String] = [
        "data show m2 --data @/duplicate": "CSVError",
        "data show m2 --data @/malformed": "CSVError",
        "decompose money --data @/malformed": "CSVError",
        "filter hp --data @/m-dup.csv --column v": "CSVError",
        "indicators --data @/malformed": "CSVError",
        "regress --data @/fields.csv --y y --x x": "CSVError",
        "regress --data @/inf.csv --y y --x x": "CSVError",
        "regress --data @/na.csv --y y --x x": "CSVError",
        "regress --data @/quote.csv --y y --x x": "CSVError",
        "regress --data @/short.csv --y y --x xx": "CSVError",
        "regress --series --y m2_yoy --x m1_yoy --data @/duplicate": "CSVError",
        "regress --series --y m2_yoy --x m1_yoy --data @/malformed": "CSVError",
        "report --section yoy --data @/malformed": "CSVError",
        "seasonal --data @/m-dup.csv --column v": "CSVError",
        "seasonal --data @/m-inf.csv --column v": "CSVError",
        "seasonal --data @/m-quote.csv --column v": "CSVError",
        "seasonal --data @/m-short.csv --column vv": "CSVError",
        "seasonal m2 --data @/malformed": "CSVError",
        "summary --data @/malformed": "CSVError",
        "test adf --data @/inf.csv --column x": "CSVError",
        "test adf --data @/quote.csv --column x": "CSVError",
        "test adf --series m2_yoy --data @/malformed": "CSVError",
        "test kpss --data @/na.csv --column x": "CSVError",
        "test ljungbox --data @/short.csv --column xx": "CSVError",
        "regress --data @/short.csv --y y --x x": "StatisticsError",
        "regress --data @/singular.csv --y y --x x,z": "StatisticsError",
        "regress --series --y m2_yoy --x m1_yoy --from 2025-12 --to 2025-12": "StatisticsError",
        "test adf --data @/short.csv --column x": "StatisticsError",
        "test adf --series m2_yoy --data @/gap --from 2019-01 --to 2021-12": "StatisticsError",
        "test granger --data @/singular.csv --column z --cause x --maxlag 1": "StatisticsError",
        "decompose lons": "DecompositionError",
    ]

    /// Whether each lower-module error type has its Chinese message yet.
    static let localized: [String: Bool] = [
        "CSVError": (CSVError.empty(file: "f.csv") as Any) is any LocalizedMessage,
        "StatisticsError": (StatisticsError.tooFewObservations(what: "y", needed: 3, available: 2) as Any) is any LocalizedMessage,
        "DecompositionError": (DecompositionError.unknownHierarchy(id: "h", known: []) as Any) is any LocalizedMessage,
    ]

    static func run(_ c: Case, language: String) throws -> CLIProcess.Outcome {
        let dir = try #require(BadInputMatrixTests.files)
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "@/", with: dir.path + "/") } + ["--lang", language]
        return try CLIProcess.run(arguments, timeout: 120)
    }

    @Test(arguments: cases)
    func chinese(_ c: Case) throws {
        let outcome = try Self.run(c, language: "zh")
        #expect(outcome.status == 1, "exit \(outcome.status): \(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.hasPrefix("错误："), "\(outcome.stderr.prefix(500))")
        let prose = outcome.stderr.split(separator: "\n").map { line in
            String(line).replacing(/「[^」]*」/, with: " ").replacing(/--[a-z][a-z-]*/, with: " ")
        }
        let check = { _ = OutputPropertyTests.checkChineseProse(prose, allowed: OutputPropertyTests.isAllowedStatisticalWord, context: c.testDescription) }
        if let type = Self.lowerModuleErrors[c.testDescription], Self.localized[type] != true {
            withKnownIssue("the message of \(type) is English until its module gives it a Chinese one", isIntermittent: false, check)
        } else {
            check()
        }
    }

    @Test(arguments: cases)
    func english(_ c: Case) throws {
        let outcome = try Self.run(c, language: "en")
        #expect(outcome.status == 1, "exit \(outcome.status): \(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.hasPrefix("error: "), "\(outcome.stderr.prefix(500))")
        #expect(!outcome.stderr.unicodeScalars.contains(where: OutputPropertyTests.isHan), "\(outcome.stderr.prefix(500))")
    }

    /// Our own `validate()` checks (exit 2) follow `--lang` where the command holds it; ArgumentParser's
    /// `Error:` prefix and usage lines around them stay English (``usageError(_:en:zh:)``).
    @Test(arguments: [
        (["regress", "--y", "m2_yoy", "--x", "m1_yoy", "--rolling", "24", "--expanding"],
         "--rolling 与 --expanding 不能同时使用", "--rolling and --expanding are mutually exclusive"),
        (["report", "--month", "2023-05"], "须给出 --out 目录", "--out DIR is required"),
        (["import", "-"], "导入命令只读文件", "import reads files"),
        (["ingest", "-", "-"], "标准输入（-）只能读取一次", "standard input (-) can be read only once"),
        (["filter", "hamilton", "m2", "--one-sided"], "--one-sided 只适用于「hp」", "--one-sided applies to hp only"),
        (["seasonal", "m2", "--period", "6"], "春节效应处理需要 --period 12", "CNY handling needs --period 12"),
        (["decompose", "loans", "--flow", "--basis", "ytd"], "--basis ytd 已隐含 --flow", "--flow is implied by --basis ytd"),
    ])
    func usageErrorsFollowLang(_ arguments: [String], _ chinese: String, _ english: String) throws {
        let zh = try CLIProcess.run(arguments + ["--lang", "zh"], timeout: 120)
        #expect(zh.status == 2, "\(zh.stderr.prefix(300))")
        #expect(zh.stderr.contains(chinese), "\(zh.stderr.prefix(300))")
        let en = try CLIProcess.run(arguments + ["--lang", "en"], timeout: 120)
        #expect(en.status == 2, "\(en.stderr.prefix(300))")
        #expect(en.stderr.contains(english), "\(en.stderr.prefix(300))")
        #expect(!en.stderr.unicodeScalars.contains(where: OutputPropertyTests.isHan), "\(en.stderr.prefix(300))")
    }

    /// Every usage error (exit 2) of the bad-input matrix — ArgumentParser's own messages (an unknown
    /// option, a missing argument, a refused value) and our `validate()` checks, including those of
    /// option groups without `--lang` — in the language the command line asks for (``ArgumentLanguage``):
    /// `错误：…` and `用法：…` with no English word outside 「」, flags and the usage line; in English
    /// ArgumentParser's `Error:` and no Han character.
    static let usageCases: [Case] = BadInputMatrixTests.cases.filter { $0.status == 2 }

    @Test(arguments: usageCases)
    func usageErrorInChinese(_ c: Case) throws {
        let outcome = try Self.run(c, language: "zh")
        #expect(outcome.status == 2, "exit \(outcome.status): \(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.hasPrefix("错误："), "\(outcome.stderr.prefix(500))")
        let prose = outcome.stderr.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("用法：") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("详见「") }
            .map { $0.replacing(/「[^」]*」/, with: " ").replacing(/--[a-z][a-z-]*( <[a-z-]+>)?/, with: " ") }
        OutputPropertyTests.checkChineseProse(prose, allowed: Self.isAllowedInUsage, context: c.testDescription)
    }

    @Test(arguments: usageCases)
    func usageErrorInEnglish(_ c: Case) throws {
        let outcome = try Self.run(c, language: "en")
        #expect(outcome.status == 2, "exit \(outcome.status): \(outcome.stderr.prefix(500))")
        #expect(outcome.stderr.hasPrefix("Error: "), "\(outcome.stderr.prefix(500))")
        #expect(!outcome.stderr.unicodeScalars.contains(where: OutputPropertyTests.isHan), "\(outcome.stderr.prefix(500))")
    }

    /// Words a Chinese usage message may hold outside 「」 and flags: the statistical names, and the
    /// placeholders and examples of the options' syntax (`YYYY-MM`, `B,A`, `FILE.csv`, `COL`, `ID`, `DIR`).
    static func isAllowedInUsage(_ word: String) -> Bool {
        OutputPropertyTests.isAllowedStatisticalWord(word)
            || ["YYYY", "MM", "FILE", "csv", "xlsx", "COL", "ID", "DIR", "cnfin", "data", "list", "breaks", "ma", "p", "d", "q",
                "loans_increase", "hp", "hamilton"].contains(word)
    }

    /// The forms ArgumentParser writes, and an unknown subcommand, in both languages (`--lang` read
    /// from the raw arguments, Chinese by default).
    @Test(arguments: [
        (["seasonal", "m2", "--fromm", "2020-01"], "未知选项「--fromm」", "Unknown option '--fromm'"),
        (["filter", "hp", "m2", "--lambda", "-5"], "选项「--lambda <lambda>」的值「-5」无效：须为有限的正数",
         "The value '-5' is invalid for '--lambda <lambda>': must be a finite positive number"),
        (["seasonal", "m2", "--from", "2020-13"], "的值「2020-13」无效", "The value '2020-13' is invalid for '--from <YYYY-MM>'"),
        (["regress", "--x", "m1_yoy"], "缺少", "Missing"),
        (["sesonal", "m2"], "「cnfin」没有子命令「sesonal」；是否想输入「seasonal」？", "unknown subcommand 'sesonal' of cnfin; did you mean 'seasonal'?"),
        (["arima", "m2", "--log", "--no-log"], "--log 与 --no-log 至多给出一个", "give at most one of --log and --no-log"),
    ])
    func parserMessagesFollowLang(_ arguments: [String], _ chinese: String, _ english: String) throws {
        let zh = try CLIProcess.run(arguments, timeout: 120)
        #expect(zh.status == 2, "\(zh.stderr.prefix(300))")
        #expect(zh.stderr.contains(chinese) && zh.stderr.hasPrefix("错误："), "\(zh.stderr.prefix(300))")
        let en = try CLIProcess.run(arguments + ["--lang", "en"], timeout: 120)
        #expect(en.status == 2, "\(en.stderr.prefix(300))")
        #expect(en.stderr.contains(english), "\(en.stderr.prefix(300))")
        #expect(!en.stderr.unicodeScalars.contains(where: OutputPropertyTests.isHan), "\(en.stderr.prefix(300))")
    }

    @Test func argumentLanguageRule() {
        #expect(ArgumentLanguage.of(["seasonal", "m2"]) == .zh)
        #expect(ArgumentLanguage.of(["seasonal", "m2", "--lang", "en"]) == .en)
        #expect(ArgumentLanguage.of(["seasonal", "--lang=en", "m2"]) == .en)
        #expect(ArgumentLanguage.of(["seasonal", "--lang", "fr"]) == .zh)
        #expect(ArgumentLanguage.of(["seasonal", "--", "--lang", "en"]) == .zh)
    }
}
