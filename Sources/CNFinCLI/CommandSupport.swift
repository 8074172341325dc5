import ArgumentParser
import CNFin
import Foundation

/// The `--data DIR` option shared by the `data` subcommands.
struct DataDirectoryOption: ParsableArguments {
    @Option(name: [.customLong("data"), .customLong("data-dir")], help: ArgumentHelp(
        "Read the dataset from DIR (same files as the bundled Datasets/data/) instead of the bundled copy and the user data directory ($CNFIN_DATA, else $XDG_DATA_HOME/cnfin or ~/.local/share/cnfin).",
        valueName: "DIR"))
    var directory: String?

    /// The bundled dataset, or the one in `--data DIR`.
    func dataset() throws(DatasetError) -> Dataset {
        try loadDataset(directory: directory)
    }
}

/// The user data directory (`CNFIN_DATA`, else `$XDG_DATA_HOME/cnfin`, else
/// `~/.local/share/cnfin`), resolved once per process from the environment.
let resolvedUserDataDirectory: URL? = UserDataDirectory.resolve(environment: ProcessInfo.processInfo.environment)

/// The dataset in `directory` (same files as Datasets/data/) when given;
/// otherwise the bundled data with `userDirectory` (default: the user data
/// directory) layered over it, if that directory exists.
func loadDataset(directory: String?, userDirectory: URL? = resolvedUserDataDirectory) throws(DatasetError) -> Dataset {
    if let directory {
        DatasetLoadCounter.shared.record(directory)
        return try Dataset.load(directory: URL(fileURLWithPath: directory))
    }
    let bundled = try Dataset.bundled()
    guard let userDirectory else { return bundled }
    return try bundled.layered(overlay: userDirectory)
}

/// How many times each dataset directory (`--data DIR`) was loaded in this process: the check that a
/// command reads its dataset once per run (the series and the header's data currency from the same load).
final class DatasetLoadCounter: @unchecked Sendable {
    static let shared = DatasetLoadCounter()
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Counts one load of `directory`.
    func record(_ directory: String) {
        lock.withLock { counts[directory, default: 0] += 1 }
    }

    /// The loads of `directory` so far.
    func count(_ directory: String) -> Int {
        lock.withLock { counts[directory] ?? 0 }
    }
}

/// ``loadDataset(directory:userDirectory:)`` wrapped for the release commands.
func loadReleaseData(directory: String?, userDirectory: URL? = resolvedUserDataDirectory) throws(ReleaseError) -> ReleaseData {
    do {
        let dataset = try loadDataset(directory: directory, userDirectory: userDirectory)
        return ReleaseData(dataset: dataset, observationSources: dataset.observationSources)
    } catch {
        throw .dataset(error)
    }
}

/// A `YYYY-MM` option, parsed by swift-argument-parser (`@Option(transform: parseMonthArgument)`): a
/// malformed month is a usage error (exit status 2) naming the option and saying why.
func parseMonthArgument(_ text: String) throws -> Month {
    do {
        return try Month.parse(text)
    } catch {
        throw usageError(en: "\(error.description) (expected YYYY-MM, e.g. 2023-05)",
                         zh: localizedMessage(of: error, in: .zh) + "（应为 YYYY-MM 格式，如 2023-05）")
    }
}

/// A `data` subcommand whose output is one table built from the dataset (`--data DIR` or the
/// bundled copy), rendered in its `--format`.
protocol DatasetTableCommand: ParsableCommand, TableOutputCommand {
    /// `--data DIR` and the output options.
    var options: DatasetTableOptions { get }
    /// `--lang`: the language of titles, headers and notes (CSV headers and JSON keys never change).
    var lang: DisplayLanguage { get }
    /// The table to print for `dataset`.
    func table(dataset: Dataset) throws -> Table
}

/// The examples of a `data` table subcommand's help: plain, as CSV into `csvFile`, and from another
/// dataset directory in `otherFormat`.
func datasetTableExamples(_ subcommand: String, csvFile: String, otherFormat: String) -> String {
    """


    Examples:
      cnfin data \(subcommand)
      cnfin data \(subcommand) --format csv > \(csvFile)
      cnfin data \(subcommand) --data ./mydata --format \(otherFormat)
      cnfin data \(subcommand) --lang en
    """
}

/// The options of a ``DatasetTableCommand``: the dataset directory and the table output.
struct DatasetTableOptions: ParsableArguments {
    @OptionGroup var data: DataDirectoryOption
    @OptionGroup var tableOutput: TableOutputOptions
}

extension DatasetTableCommand {
    /// The `--data DIR` option.
    var data: DataDirectoryOption { options.data }
    var tableOutput: TableOutputOptions { options.tableOutput }

    func run() throws {
        try reportingErrors(language: lang) {
            if format == .xlsx {
                let dataset = try data.dataset()
                try destination.emitWorkbook([table(dataset: dataset)], currency: DataStatus(dataset: dataset).currency,
                                             chinese: lang == .zh)
            } else {
                try destination.emit(try output(dataset: data.dataset()))
            }
        }
    }

    /// The rendered table.
    func output(dataset: Dataset) throws -> String {
        try table(dataset: dataset).rendered(as: format.textFormat)
    }
}

/// Runs `body`; a runtime error is printed on stderr in the command's `language` — `错误：…` or
/// `error: …` (``printError(_:in:)``) — and the command exits with status 1. Usage errors and exit
/// codes pass through.
func reportingErrors(language: DisplayLanguage, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as ExitCode {
        throw error
    } catch {
        printError(error, in: language)
        throw ExitCode.failure
    }
}

/// Prints a runtime error on standard error in `language`: `错误：MESSAGE（ADVICE）` or
/// `error: MESSAGE (ADVICE)`, the message from ``localizedMessage(of:in:)`` (an error without a
/// Chinese message — one from outside cnfin — keeps its English text) and the advice from
/// ``ErrorAdvice/suffix(for:in:)``. The one place a command's runtime error is written.
func printError(_ error: any Error, in language: DisplayLanguage) {
    let prefix = language == .zh ? "错误：" : "error: "
    let text = prefix + localizedMessage(of: error, in: language) + ErrorAdvice.suffix(for: error, in: language)
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// An error of a computation on one input (too few observations, a singular design, a statistic
/// that cannot be computed), prefixed with that input — the file and column or the series ids, and
/// the months used — so that the message says which input is at fault. Errors that already carry a
/// location (CSV errors) or a flag (usage errors) pass unchanged.
struct InputContextError: Error, LocalizedMessage {
    var input: BilingualText
    var underlying: any Error

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        input.text(in: language) + (language == .zh ? "：" : ": ") + localizedMessage(of: underlying, in: language)
    }
}

/// Runs `body`, prefixing its statistics, seasonal and X-13 errors with `input` (see ``InputContextError``).
func inContext<T>(_ input: @autoclosure () -> BilingualText, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StatisticsError {
        throw InputContextError(input: input(), underlying: ErrorAdvice.advised(error, by: ErrorAdvice.sampleRange))
    } catch let error as SeasonalError {
        throw InputContextError(input: input(), underlying: ErrorAdvice.advised(error, by: ErrorAdvice.sampleRange))
    } catch let error as X13Error {
        throw InputContextError(input: input(), underlying: error)
    }
}

/// Writes `text` to standard output.
func writeStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// A usage error (exit status 2) of our own `validate()` checks in `language`: the command's `--lang`
/// where the check holds it, otherwise the language of the command line (``usageError(en:zh:)``,
/// ``ArgumentLanguage``). ArgumentParser prints it after its own `Error: ` and before its usage lines;
/// ``CNFinCommand/errorForExit(_:)`` says those in the same language (``UsageMessage``).
func usageError(_ language: DisplayLanguage, en: String, zh: String) -> ValidationError {
    ValidationError(language == .zh ? zh : en)
}
