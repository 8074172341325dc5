import ArgumentParser
import CNFin
import Foundation

/// `cnfin update FILE_OR_DIR…`: imports release texts (and, once the spreadsheet
/// importer lands, PBoC tables) into the user data directory every command reads.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Import release texts (files or folders) into the user data directory and show what changed.",
        discussion: """
        Every file given, and every file directly inside a folder given, is read: release texts go through \
        the same reader as `cnfin ingest` and are merged into the user data directory — $CNFIN_DATA if set, \
        else $XDG_DATA_HOME/cnfin, else ~/.local/share/cnfin — which every command layers over the bundled \
        data (--data DIR still reads DIR alone). The directory is created with the bundled catalog on first \
        use. Each figure is shown with its check against what the commands read before the update (bundled \
        data plus the directory: agree / disagree / new) and the merge action. A figure that disagrees with a \
        stored value or published comparison (bundled or in the directory) is refused and nothing is written, \
        unless --revise (the directory's old values go to revisions.csv). The kind of a file is decided by its \
        first bytes: PBoC .xls/.xlsx tables are recognised but not imported yet (error) — use `cnfin import` \
        once it exists.

        Examples:
          cnfin update 2026-09-release.txt
          cnfin update ~/Downloads/pboc-2026-09/ --month 2026-09
          CNFIN_DATA=./mydata cnfin update release.txt --revise
          cnfin update release.txt --into ./mydata --format json
        """
    )

    static let formats: [OutputFormat] = [.text, .csv, .json]

    @Argument(help: "Release text files or folders of them.")
    var paths: [String]

    @Option(help: ArgumentHelp("The data month of texts that give no year.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("Write into DIR instead of the user data directory.", valueName: "DIR"))
    var into: String?

    @Flag(help: "Replace stored values that disagree (old values go to revisions.csv).")
    var revise = false

    @OptionGroup var destination: OutputOptions

    @Option(help: "Output format: text, csv or json.")
    var format = "text"

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
        _ = try parseFormat(format, allowed: Self.formats)
        _ = try parseMonth(month, option: "month")
    }

    func run() throws {
        try reportingErrors {
            guard let target = into.map({ URL(fileURLWithPath: $0, isDirectory: true) }) ?? resolvedUserDataDirectory else {
                throw UpdateError.noUserDirectory
            }
            let format = try parseFormat(format, allowed: Self.formats)
            let given = try parseMonth(month, option: "month")
            let files = try UpdateInput.files(paths)
            var figures: [IngestedFigure] = []
            var unparsed: [IngestUnparsed] = []
            for file in files {
                let data: Data
                do { data = try Data(contentsOf: file) } catch {
                    throw IngestCommandError.unreadable(file.path, error.localizedDescription)
                }
                switch UpdateInput.kind(of: data) {
                case .spreadsheet(let kind):
                    try UpdateInput.importSpreadsheet(file, kind: kind, into: target)
                case .text:
                    let result = try IngestParser.parse(data: data, source: file.lastPathComponent, month: given)
                    figures += result.figures
                    unparsed += result.unparsed
                }
            }
            if figures.isEmpty {
                throw IngestCommandError.nothingAttributed(unparsed.map { "\($0.source): \($0.span.text) (\($0.reason))" })
            }
            // what the commands read before the update: bundled data + the directory
            let checks = IngestChecker.check(figures, against: try loadDataset(directory: nil, userDirectory: target))
            let conflicts = checks.filter { $0.status == .disagree && ($0.basis == "data" || $0.basis == "published") }
            if !conflicts.isEmpty && !revise {
                throw UpdateError.disagreesWithData(conflicts.map { c in
                    "\(c.figure.id) \(c.figure.monthText): stored \(c.dataset.map { "\($0)" } ?? "?"), text says \(c.figure.value) (\"\(c.figure.span.text)\")"
                })
            }
            try UpdateInput.prepare(target)
            let directory = try IngestDatasetDirectory(directory: target)
            let stamp = ISO8601DateFormatter().string(from: Date())
            let report = try directory.merge(figures, revise: revise, timestamp: stamp)
            try destination.emit(IngestOutput.render(figures: figures, unparsed: unparsed, checks: checks, merge: report,
                                                    format: format))
            let counts = Dictionary(grouping: report.entries, by: \.action).mapValues(\.count)
            let summary = [IngestMergeAction.added, .revised, .unchanged, .refused, .skipped]
                .map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
            let currency = DataStatus(dataset: try loadDataset(directory: nil, userDirectory: target)).currency
            FileHandle.standardError.write(Data(
                "note: \(target.path): \(summary); \(DataStatus.currencyLine(currency, chinese: false))\n".utf8))
        }
    }
}

/// What `cnfin update` reads, and the hook for spreadsheets.
enum UpdateInput {
    enum Kind: Equatable {
        case text
        case spreadsheet(String)
    }

    /// The kind of a file from its first bytes: an OLE2 compound file (`D0 CF 11 E0`, BIFF8 .xls) or a ZIP
    /// archive (`PK\u{3}\u{4}`, .xlsx) is a spreadsheet; anything else is read as a release text.
    static func kind(of data: Data) -> Kind {
        let head = [UInt8](data.prefix(4))
        if head == [0xD0, 0xCF, 0x11, 0xE0] { return .spreadsheet("xls") }
        if head == [0x50, 0x4B, 0x03, 0x04] { return .spreadsheet("xlsx") }
        return .text
    }

    /// HOOK for the spreadsheet importer (`cnfin import`, CNFinSpreadsheet): until it lands, a spreadsheet is
    /// a clear error. Replace the body with the importer's call that merges the workbook's tables into
    /// `directory` with the same contract as the text path (revise flag, revisions.csv, atomic writes).
    static func importSpreadsheet(_ file: URL, kind: String, into directory: URL) throws {
        throw UpdateError.spreadsheetNotSupported(file.path, kind)
    }

    /// The files named, folders expanded to the regular files directly inside them (sorted, hidden ones skipped).
    static func files(_ paths: [String]) throws -> [URL] {
        var out: [URL] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UpdateError.missing(path)
            }
            if !isDirectory.boolValue { out.append(URL(fileURLWithPath: path)); continue }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let url = URL(fileURLWithPath: path).appendingPathComponent(name)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &sub), !sub.boolValue { out.append(url) }
            }
        }
        if out.isEmpty { throw UpdateError.noFiles(paths) }
        return out
    }

    /// Creates `directory` with the bundled catalog if it has none (the merge needs the catalog's units).
    static func prepare(_ directory: URL) throws {
        let catalog = directory.appendingPathComponent("catalog.csv")
        if FileManager.default.fileExists(atPath: catalog.path) { return }
        guard let bundled = Dataset.bundledDirectory else { throw DatasetError.bundleMissing }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let data = try Data(contentsOf: bundled.appendingPathComponent("catalog.csv"))
        try AtomicFileWriter(overwrite: false).write(data, to: catalog)
    }
}

/// Runtime errors of `cnfin update`.
enum UpdateError: Error, CustomStringConvertible {
    case noUserDirectory
    case missing(String)
    case noFiles([String])
    case spreadsheetNotSupported(String, String)
    case disagreesWithData([String])

    var description: String {
        switch self {
        case .noUserDirectory:
            return "no user data directory: set CNFIN_DATA (or HOME / XDG_DATA_HOME), or give --into DIR"
        case .missing(let path): return "\(path): no such file or folder"
        case .noFiles(let paths): return "no files in \(paths.joined(separator: ", "))"
        case .disagreesWithData(let lines):
            return "figures disagree with the stored data; nothing written (give --revise to store them):\n  "
                + lines.joined(separator: "\n  ")
        case .spreadsheetNotSupported(let path, let kind):
            return "\(path): a spreadsheet (.\(kind)); importing PBoC tables is not supported yet — nothing was written"
        }
    }
}
