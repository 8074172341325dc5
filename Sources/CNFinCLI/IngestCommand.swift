import ArgumentParser
import CNFin
import Foundation

/// `cnfin ingest FILE…`: reads PBoC release texts into figures, checks them
/// against the dataset and merges them into a dataset directory.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read the figures of PBoC release texts (Chinese or English), check them, add them to a dataset.",
        discussion: """
        Each figure becomes a record: month, series id, value in the catalog unit (亿元 or %), measure \
        (level, increase, yoy_pct, pp_vs_prev, pp_vs_year_ago, change_vs_year_ago, change_vs_prev, ytd_sum, \
        ytd_change_vs_year_ago) and the text span it came from. Clauses with a figure that cannot be \
        attributed are listed as unparsed, never guessed. Texts that give no year (news reports with a \
        dateline such as 新华社北京6月13日电) need --month. GB18030 and HZ files are detected and decoded.

        One clause never costs the rest of a text: a figure of another month than --month, a comparison \
        with another year than the previous one (比2028年同期多增 in a 2030 text) and a figure without a \
        month are listed as unparsed; a figure stated twice with values the text does not reconcile is \
        listed as a conflict (with both clauses) and neither value is kept. --strict restores all or \
        nothing: the first such problem is an error and nothing is output.

        --check compares every figure with the bundled dataset and the user data directory (or with --into DIR): the stored value, \
        the published comparison, or one derived from the data (YoY from levels, x_t − x_{t−12} …); \
        a figure agrees when the compared value rounds to it (1.36万亿 matches [13550, 13650)).

        --into DIR adds the figures to a dataset directory (catalog.csv, money/loans/deposits/tsf.csv, \
        published.csv). A figure that disagrees with a stored value is refused and nothing is written, \
        unless --revise, which replaces it and logs the old value in DIR/revisions.csv.

        --lang zh|en (default zh) is the language of the text tables (series by name, measures by label: \
        amounts in 亿元 and rates in %/percentage points as two tables), of why a clause was not read, of \
        the conflicts and of the notes on standard error. CSV headers, JSON keys, ids and measure keys \
        (month,id,value,unit,measure,…) never change: the CSV is the same in both languages.

        Examples:
          cnfin ingest release.txt --month 2023-05
          cnfin ingest release.txt --month 2023-05 --check --format json
          cat release.txt | cnfin ingest - --month 2023-05 --format csv
          cnfin ingest release.txt --into mydata
          cnfin ingest release.txt --into mydata --revise
          cnfin ingest release.txt --month 2023-05 --strict
          cnfin ingest release.txt --month 2023-05 --check --lang en
        """
    )


    @Argument(help: "Release text files; - reads standard input.")
    var files: [String]

    @Flag(help: "Compare each figure with the dataset (agree / disagree / new).")
    var check = false

    @Flag(help: "All or nothing: a conflict or a figure of another month is an error instead of a diagnostic.")
    var strict = false

    @OptionGroup var merge: FigureMergeOptions

    func validate() throws {
        if files.isEmpty { throw usageError(merge.lang, en: "give at least one file (or - for standard input)", zh: "请至少给出一个文件（或用 - 表示标准输入）") }
        try merge.requireDirectoryForRevise()
        if files.filter({ $0 == "-" }).count > 1 { throw usageError(merge.lang, en: "standard input (-) can be read only once", zh: "标准输入（-）只能读取一次") }
    }

    func run() throws {
        try reportingErrors(language: merge.lang) {
            var figures: [IngestedFigure] = []
            var unparsed: [IngestUnparsed] = []
            var conflicts: [IngestConflict] = []
            for file in files {
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    do throws(FileReadError) { data = try FileContents.data(atPath: file) } catch {
                        throw IngestCommandError.unreadable(file, error.reason)
                    }
                }
                let result = try IngestParser.parse(data: data, source: file, month: merge.month, strict: strict)
                if result.encoding != .utf8 { merge.note(IngestNote.decoded(source: file, encoding: result.encoding)) }
                figures += result.figures
                unparsed += result.unparsed
                conflicts += result.conflicts
            }
            if figures.isEmpty {
                throw IngestCommandError.nothingAttributed(unparsed.map { "\($0.source): \($0.span.text) (\($0.reason))" }
                                                           + conflicts.map { "\($0.source): \($0.reason)" })
            }
            try merge.checkMergeAndEmit(figures, unparsed: unparsed, conflicts: conflicts, check: check) {
                try loadDataset(directory: nil)
            }
        }
    }
}

/// Runtime errors of `cnfin ingest` outside the library.
enum IngestCommandError: Error, LocalizedMessage {
    case unreadable(String, String)
    case nothingAttributed([String])

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case let (.unreadable(file, reason), .en): return "\(file): cannot read (\(reason))"
        case let (.unreadable(file, reason), .zh): return "「\(file)」：无法读取（" + ChineseWording.systemReason(reason) + "）"
        case let (.nothingAttributed(clauses), .en):
            return "no figure could be attributed to a series and month; unparsed:\n  " + clauses.joined(separator: "\n  ")
        case let (.nothingAttributed(clauses), .zh):
            return "没有任何数据能对应到序列和月份；未能解析的内容：\n  " + clauses.map { "「\($0)」" }.joined(separator: "\n  ")
        }
    }
}
