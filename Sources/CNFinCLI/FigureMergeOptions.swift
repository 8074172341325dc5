import ArgumentParser
import CNFin
import Foundation

/// The options `cnfin ingest`, `cnfin import` and `cnfin update` share — the data month of texts that
/// give no year, the dataset directory to merge into, `--revise`, the record `--format`, the output and
/// `--lang` —
/// and what they do with the figures once read: check, merge, print, note what was written.
struct FigureMergeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The data month of release texts that give no year.", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var month: Month?

    @Option(help: ArgumentHelp("Merge the figures into the dataset directory DIR (update: instead of the user data directory).",
                               valueName: "DIR"))
    var into: String?

    @Flag(help: "Replace stored values that disagree (old values go to revisions.csv); ingest and import need --into.")
    var revise = false

    @Option(help: "Output format (xlsx: a workbook, with --output FILE).")
    var format: TableFormatOption = .text

    @OptionGroup var destination: OutputOptions

    @Option(help: "Language of the titles, headers, labels and notes (CSV headers, JSON keys, ids and measure keys stay the same).")
    var lang: DisplayLanguage = .zh

    func validate() throws {
        try destination.check(format)
    }

    /// `--revise` without `--into` (ingest and import, which otherwise write nothing).
    func requireDirectoryForRevise() throws {
        if revise && into == nil { throw usageError(lang, en: "--revise needs --into DIR", zh: "--revise 需要 --into 目录") }
    }

    /// Checks `figures` (when `check`) against `--into DIR` or, without it, against `dataset()`; merges
    /// them into `--into DIR`; prints them in `--format` and notes on standard error which files were
    /// written. The flow of `ingest` and `import`.
    func checkMergeAndEmit(_ figures: [IngestedFigure], unparsed: [IngestUnparsed], conflicts: [IngestConflict] = [],
                           check: Bool, against dataset: () throws -> Dataset) throws {
        let tableFormat = try TableFormat(format, output: destination.output)
        let directory = try into.map { try IngestDatasetDirectory(directory: URL(fileURLWithPath: $0)) }
        var checks: [IngestCheck]?
        if check {
            checks = try directory.map { IngestChecker.check(figures, against: $0) } ?? IngestChecker.check(figures, against: dataset())
        }
        let report = try directory.map { try $0.merge(figures, revise: revise, timestamp: ISO8601DateFormatter().string(from: Date())) }
        try emit(IngestReport(figures: figures, unparsed: unparsed, conflicts: conflicts, checks: checks, merge: report), format: tableFormat)
        if let report, let into {
            note(IngestNote.written(directory: into, files: report.filesWritten))
        }
    }

    /// Prints `report` in `format`, its tables and notes in `--lang` (a workbook's title rows name the
    /// data `currency` when given).
    func emit(_ report: IngestReport, format: TableFormat, currency: Month?? = nil) throws {
        switch format {
        case .xlsx:
            try destination.emitWorkbook([report.workbookTable(language: lang)], currency: currency, chinese: lang == .zh)
        case .rendered(let format):
            try destination.emit(report.rendered(as: format, language: lang))
        }
    }

    /// Writes `note` on standard error in `--lang`.
    func note(_ note: some LocalizedNote) {
        FileHandle.standardError.write(Data("note: \(note.text(in: lang))\n".utf8))
    }
}
