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
        guard let directory else { return try Dataset.bundled() }
        return try Dataset.load(directory: URL(fileURLWithPath: directory))
    }
}

/// Parses an output format restricted to `allowed`, or throws a usage error.
func parseFormat(_ text: String, allowed: [OutputFormat]) throws -> OutputFormat {
    guard let format = OutputFormat(parsing: text), allowed.contains(format) else {
        throw ValidationError("unknown format '\(text)'; expected one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
    return format
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
