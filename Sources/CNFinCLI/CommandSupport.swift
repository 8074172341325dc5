import ArgumentParser
import CNFin
import Foundation

/// The `--data DIR` option shared by the `data` subcommands.
struct DataDirectoryOption: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Read the dataset from DIR (same files as the bundled Datasets/data/) instead of the bundled copy.",
        valueName: "DIR"))
    var directory: String?

    /// The bundled dataset, or the one in `--data DIR`.
    func dataset() throws(DatasetError) -> Dataset {
        try loadDataset(directory: directory)
    }
}

/// The bundled dataset, or the one in `directory` (same files as Datasets/data/).
func loadDataset(directory: String?) throws(DatasetError) -> Dataset {
    guard let directory else { return try Dataset.bundled() }
    return try Dataset.load(directory: URL(fileURLWithPath: directory))
}

/// Parses an output format restricted to `allowed`, or throws a usage error.
func parseFormat(_ text: String, allowed: [OutputFormat]) throws -> OutputFormat {
    guard let format = OutputFormat(parsing: text), allowed.contains(format) else {
        throw ValidationError("unknown format '\(text)'; expected one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
    return format
}

/// Parses a `--lang` value (`zh` or `en`, any case), or throws a usage error.
func parseLanguage(_ text: String) throws -> DisplayLanguage {
    guard let language = DisplayLanguage(rawValue: text.lowercased()) else {
        throw ValidationError("unknown language '\(text)'; expected zh or en")
    }
    return language
}

/// Parses a `YYYY-MM` option value, or throws a usage error naming the option.
func parseMonth(_ text: String?, option: String) throws -> Month? {
    guard let text else { return nil }
    do {
        return try Month.parse(text)
    } catch {
        throw ValidationError("--\(option): \(error.description)")
    }
}

/// A `data` subcommand whose output is one table built from the dataset (`--data DIR` or the
/// bundled copy), rendered in a `--format` restricted to ``formats``.
protocol DatasetTableCommand: ParsableCommand {
    /// The formats `--format` accepts.
    static var formats: [OutputFormat] { get }
    /// The `--format` value.
    var format: String { get }
    /// The `--data DIR` option.
    var data: DataDirectoryOption { get }
    /// `--output FILE` / `--overwrite` (and so `--format xlsx`).
    var file: TableFileOutput { get }
    /// The table to print for `dataset`.
    func table(dataset: Dataset) throws -> Table
}

extension DatasetTableCommand {
    func validate() throws {
        _ = try TableFormat(format, allowed: Self.formats, output: file.output)
    }

    func run() throws {
        try reportingErrors {
            if try TableFormat(format, allowed: Self.formats, output: file.output) == .xlsx {
                try writeWorkbook([table(dataset: data.dataset())], output: file.output, overwrite: file.overwrite)
            } else {
                try writeText(try output(dataset: data.dataset()), output: file.output, overwrite: file.overwrite)
            }
        }
    }

    /// The rendered table.
    func output(dataset: Dataset) throws -> String {
        try table(dataset: dataset).rendered(as: parseFormat(format, allowed: Self.formats))
    }
}

/// Runs `body`; a runtime error is printed on stderr as `error: …` and the
/// command exits with status 1. Usage errors and exit codes pass through.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

/// Writes `text` to standard output.
func writeStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
