import ArgumentParser
import CNFin
import Foundation

/// `cnfin update FILE_OR_DIR…`: imports PBoC tables (.xls/.xlsx) and release texts into the user data
/// directory every command reads, in one command, through CNFinImport (``TableImporter``).
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Import PBoC tables and release texts (files or folders) into the user data directory and show what changed.",
        discussion: """
        Every file given, and every file inside a folder given (recursively, hidden ones skipped), is read \
        as `cnfin import` reads it: the kind of a file is decided by its first bytes — a workbook (.xlsx or \
        .xls) is recognised as a PBoC table (货币供应量, 金融机构人民币信贷收支表, 社会融资规模增量/存量统计表), \
        anything else is a release text read as by `cnfin ingest`. The figures are merged into the user \
        data directory — $CNFIN_DATA if set, else $XDG_DATA_HOME/cnfin, else ~/.local/share/cnfin — which \
        every command layers over the bundled data (--data DIR still reads DIR alone). The directory is \
        created with the bundled catalog on first use. Each figure is shown with its check against what the \
        commands read before the update (bundled data plus the directory: agree / disagree / new) and the \
        merge action; standard error says how many figures were added, revised or unchanged and the data \
        currency after the update. A figure that disagrees with a stored value or published comparison \
        (bundled or in the directory) by more than its rounding is refused and nothing is written, unless \
        --revise (the directory's old values go to revisions.csv).

        --lang zh|en (default zh): the language of the text tables (series by name, measures by label) \
        and of the notes on standard error; CSV headers, JSON keys, ids and measure keys stay the same.

        Examples:
          cnfin update ~/Downloads/pboc-2026-09/
          cnfin update 货币供应量.xlsx 社会融资规模增量统计表.xls 2026-09-release.txt
          cnfin update 2026-09-release.txt --month 2026-09
          CNFIN_DATA=./mydata cnfin update release.txt --revise
          cnfin update tables/ --into ./mydata --format json
          cnfin update ~/Downloads/pboc-2026-09/ --lang en
        """
    )


    @Argument(help: "PBoC tables (.xls, .xlsx), release texts, or folders of them.")
    var paths: [String]

    @OptionGroup var merge: FigureMergeOptions

    func validate() throws {
        if paths.isEmpty { throw usageError(merge.lang, en: "give at least one file or folder", zh: "请至少给出一个文件或文件夹") }
        if paths.contains("-") { throw usageError(merge.lang, en: "update reads files; pipe release texts to cnfin ingest -", zh: "更新命令只读文件；发布稿文本请通过管道交给「cnfin ingest -」") }
    }

    func run() throws {
        try reportingErrors(language: merge.lang) {
            guard let target = merge.into.map({ URL(fileURLWithPath: $0, isDirectory: true) }) ?? resolvedUserDataDirectory else {
                throw UpdateError.noUserDirectory
            }
            let tableFormat = try TableFormat(merge.format, output: merge.destination.output)
            let given = merge.month
            for path in paths where !FileManager.default.fileExists(atPath: path) { throw UpdateError.missing(path) }
            let files = try TableImporter.inputFiles(paths)
            if files.isEmpty { throw UpdateError.noFiles(paths) }
            let input = try TableImporter.read(paths: files, month: given)
            for table in input.tables { merge.note(PBoCTableNote(table)) }
            if input.figures.isEmpty {
                throw IngestCommandError.nothingAttributed(input.unparsed.map { "\($0.source): \($0.span.text) (\($0.reason))" })
            }
            // what the commands read before the update: bundled data + the directory
            let before = try loadDataset(directory: nil, userDirectory: target)
            let checks = IngestChecker.check(input.figures, against: before)
            let conflicts = checks.filter { $0.status == .disagree && ($0.basis == "data" || $0.basis == "published") }
            if !conflicts.isEmpty && !merge.revise {
                throw UpdateError.disagreesWithData(conflicts.map { c in
                    "\(c.figure.id) \(c.figure.monthText): stored \(c.dataset.map { "\($0)" } ?? "?"), \(c.figure.source) says \(c.figure.value) (\"\(c.figure.span.text)\")"
                })
            }
            try UpdateInput.prepare(target)
            let directory = try IngestDatasetDirectory(directory: target)
            let stamp = ISO8601DateFormatter().string(from: Date())
            let report = try directory.merge(input.figures, revise: merge.revise, timestamp: stamp)
            let after = DataStatus(dataset: try loadDataset(directory: nil, userDirectory: target))
            try merge.emit(IngestReport(figures: input.figures, unparsed: input.unparsed, conflicts: input.conflicts, checks: checks,
                                        merge: report),
                           format: tableFormat, currency: after.currency)
            merge.note(Self.changeNote(target: target, report: report, before: DataStatus(dataset: before), after: after))
        }
    }

    /// What changed, for standard error: the merge counts, the files written and the data currency after
    /// the update (and before it, when it moved).
    static func changeNote(target: URL, report: IngestMergeReport, before: DataStatus, after: DataStatus) -> IngestNote {
        .updated(directory: target.path, counts: Dictionary(grouping: report.entries, by: \.action).mapValues(\.count),
                 files: report.filesWritten, currency: after.currency, previous: before.currency)
    }
}

/// The user data directory `cnfin update` writes.
enum UpdateInput {
    /// Creates `directory` with the bundled catalog if it has none (the merge needs the catalog's units).
    static func prepare(_ directory: URL) throws {
        try DatasetDirectoryFiles.prepare(directory)
    }
}

/// Runtime errors of `cnfin update`.
enum UpdateError: Error, LocalizedMessage {
    case noUserDirectory
    case missing(String)
    case noFiles([String])
    case disagreesWithData([String])

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        language == .zh ? chinese : english
    }

    private var english: String {
        switch self {
        case .noUserDirectory:
            return "no user data directory: set CNFIN_DATA (or HOME / XDG_DATA_HOME), or give --into DIR"
        case .missing(let path): return "\(path): no such file or folder"
        case .noFiles(let paths): return "no files in \(paths.joined(separator: ", "))"
        case .disagreesWithData(let lines):
            return "figures disagree with the stored data; nothing written (give --revise to store them):\n  "
                + lines.joined(separator: "\n  ")
        }
    }

    private var chinese: String {
        switch self {
        case .noUserDirectory:
            return "没有用户数据目录：请设置环境变量「CNFIN_DATA」（或「HOME」/「XDG_DATA_HOME」），或给出 --into 目录"
        case .missing(let path): return "「\(path)」：没有该文件或文件夹"
        case .noFiles(let paths): return paths.map { "「\($0)」" }.joined(separator: "、") + "中没有文件"
        case .disagreesWithData(let lines):
            return "数据与已存数据不一致；未写入任何内容（可加 --revise 保存）：\n  "
                + lines.map { "「\($0)」" }.joined(separator: "\n  ")
        }
    }
}
