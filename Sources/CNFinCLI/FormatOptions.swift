import ArgumentParser
import CNFin

/// A `--format` value: one of ``OutputFormat``'s text formats, or an `.xlsx` workbook (``rendered`` is
/// `nil`), which needs `--output FILE` (``OutputOptions/check(_:)``).
protocol FormatArgument: EnumeratedArgument {
    /// The text format, or `nil` for a workbook.
    var rendered: OutputFormat? { get }
}

extension FormatArgument {
    /// The text format; CSV for a workbook (whose tables are written from the exact values, as in CSV).
    var textFormat: OutputFormat { rendered ?? .csv }
}

/// `--format` of the commands that print tables: the five text formats or an `.xlsx` workbook.
/// `txt`, `plain`, `md` and `tex` are accepted as aliases.
enum TableFormatOption: String, FormatArgument {
    case text, markdown, csv, json, latex, xlsx

    static var aliases: [String: Self] { ["txt": .text, "plain": .text, "md": .markdown, "tex": .latex] }

    var rendered: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

extension OutputOptions {
    /// Checks a `--format` against `--output`: `xlsx` writes a binary workbook, so it needs
    /// `--output FILE` (`-` only when standard output is not a terminal).
    func check(_ format: some FormatArgument) throws {
        _ = try TableFormat(format, output: output)
    }
}

/// `--format` of a table command with where its output goes (`--output`, `--force`, `--bom`): the one
/// declaration of the pair, and the one check that `--format xlsx` has a file to go to.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output format (xlsx: a workbook, with --output FILE).")
    var format: TableFormatOption = .text

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        try destination.check(format)
    }
}

/// A command that prints tables through ``TableOutputOptions``.
protocol TableOutputCommand {
    /// `--format`, `--output`, `--force`, `--bom`.
    var tableOutput: TableOutputOptions { get }
}

extension TableOutputCommand {
    /// The `--format` value.
    var format: TableFormatOption { tableOutput.format }
    /// `--output FILE`, `--force`, `--bom`.
    var destination: OutputOptions { tableOutput.destination }
}
