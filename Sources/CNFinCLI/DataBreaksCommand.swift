import ArgumentParser
import CNFin

/// `cnfin data breaks`: months where published and recomputed YoY growth differ beyond rounding.
struct DataBreaksCommand: DatasetTableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breaks",
        abstract: "List months where published YoY growth differs from growth recomputed from levels by more than rounding.",
        discussion: """
        For M0, M1, M2, RMB loans, RMB deposits and the TSF stock, growth is recomputed as (x_t / x_{t-12} - 1)·100 \
        and compared with the published rate. Differences up to 0.05 pp are rounding and not listed; up to 0.3 pp \
        are 'minor'; larger ones are 'explained' by an entry of the break registry (breaks.csv) or 'unexplained'.

        Examples:
          cnfin data breaks
          cnfin data breaks --format csv > yoy-differences.csv
          cnfin data breaks --data ./mydata --format markdown
        """
    )

    static let formats: [OutputFormat] = [.text, .csv, .json, .markdown]

    @Option(help: "Output format: text, csv, json or markdown.")
    var format = "text"

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var destination: OutputOptions

    /// The months of `dataset` beyond rounding.
    func table(dataset: Dataset) -> Table {
        table(YoYConsistencyReport(dataset: dataset))
    }

    func table(_ report: YoYConsistencyReport) -> Table {
        let entries = report.beyondRounding
        let rows: [[TableCell]] = entries.map { e in
            [.text(e.pair.rateID), .text(e.month.description), .number(e.published),
             .number(e.recomputed, display: NumberText.fixed(e.recomputed, digits: 2)),
             .number(e.difference, display: NumberText.fixed(e.difference, digits: 2)),
             .text(e.classification.rawValue),
             e.explanation.map { .text("\($0.id): \($0.description)") } ?? .missing]
        }
        let columns = [
            TableColumn("series"), TableColumn("month"), TableColumn("published", alignment: .right),
            TableColumn("recomputed", alignment: .right), TableColumn("diff_pp", alignment: .right),
            TableColumn("class"), TableColumn("explanation"),
        ]
        return Table(
            title: "published vs recomputed YoY growth (%): \(entries.count) of \(report.entries.count) months beyond rounding",
            columns: columns, rows: rows,
            notes: ["unexplained: \(report.unexplained.count)"])
    }
}
