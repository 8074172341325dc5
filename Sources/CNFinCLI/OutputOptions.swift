import ArgumentParser
import CNFin
import Foundation

/// Where a command writes its output — the one place every command's `--output FILE`, `--force` and
/// `--bom` are defined and applied (a binary format such as a workbook writes through ``emit(_:)-(Data)``).
///
/// - `--output FILE`: written atomically (``AtomicFileWriter``: a temporary file renamed onto FILE, so
///   FILE is either the old file or the complete new one); an existing FILE is refused unless `--force`
///   (`--overwrite` is accepted as an alias). `-` means standard output.
/// - `--bom` (alias `--excel`): start the text with a UTF-8 byte-order mark, so that Excel on a Chinese
///   Windows opens a CSV's Chinese headers as UTF-8 rather than the ANSI code page. cnfin's own readers
///   skip the mark.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "Write the output to FILE (atomically) instead of standard output; an existing FILE is kept unless --force.",
        valueName: "FILE"))
    var output: String?

    @Flag(name: [.customLong("force"), .customLong("overwrite")], help: "Let --output replace an existing file.")
    var force = false

    @Flag(name: [.customLong("bom"), .customLong("excel")],
          help: "Start the output with a UTF-8 byte-order mark (for Excel; use with --format csv).")
    var bom = false

    /// The UTF-8 byte-order mark.
    static let byteOrderMark = "\u{FEFF}"

    /// Writes `text` (with the byte-order mark if `--bom`) to `--output` or standard output.
    func emit(_ text: String) throws {
        try emit(Data(((bom ? Self.byteOrderMark : "") + text).utf8))
    }

    /// Writes `data` as given to `--output` or standard output.
    func emit(_ data: Data) throws {
        try writeOutput(data, to: output, overwrite: force)
    }

    /// Whether the output goes to a file (notes are then repeated on standard error).
    var writesFile: Bool { output != nil && output != "-" }
}

/// A runtime error writing `--output` (exit status 1): the file exists and `--force` was not given,
/// or the atomic write failed (``AtomicWriteError``, in the reader's language once it has a Chinese message).
enum OutputFileError: Error, LocalizedMessage {
    case exists(path: String)
    case writeFailed(AtomicWriteError)

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case (.exists(let path), .en): return "\(path): file exists; not replaced (add --force to replace it)"
        case (.exists(let path), .zh): return "「\(path)」：文件已存在，未覆盖（可加 --force 覆盖）"
        case (.writeFailed(let error), _): return localizedMessage(of: error, in: language)
        }
    }
}

/// Writes `data` to `path` atomically (``AtomicFileWriter``), refusing an existing file unless `overwrite`;
/// `nil` or `-` is standard output. The one place a command's output file is written.
func writeOutput(_ data: Data, to path: String?, overwrite: Bool) throws {
    guard let path, path != "-" else {
        FileHandle.standardOutput.write(data)
        return
    }
    do {
        try AtomicFileWriter(overwrite: overwrite).write(data, to: URL(fileURLWithPath: path))
    } catch {
        if case .destinationExists(let existing) = error {
            throw OutputFileError.exists(path: existing)
        }
        throw OutputFileError.writeFailed(error)
    }
}
