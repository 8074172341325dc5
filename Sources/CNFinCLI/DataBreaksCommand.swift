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
        """ + datasetTableExamples("breaks", csvFile: "yoy-differences.csv", otherFormat: "markdown")
    )

    @OptionGroup var options: DatasetTableOptions

    /// The months of `dataset` beyond rounding.
    func table(dataset: Dataset) -> Table {
        table(YoYConsistencyReport(dataset: dataset))
    }

    func table(_ report: YoYConsistencyReport) -> Table {
        let entries = report.beyondRounding
        let rows: [[TableCell]] = entries.map { e in
            [.text(e.pair.rateID), .text(e.month.description), .number(e.published), .number(e.recomputed),
             .number(e.difference), .text(e.classification.rawValue), e.explanation.map { .text($0.id) } ?? .missing]
        }
        // Published rates as printed (one decimal); recomputed rates and differences with two, so a
        // difference beyond the 0.05 pp rounding band shows.
        let columns = [
            TableColumn("series"), TableColumn("month"), TableColumn("published", alignment: .right, numberFormat: .rate),
            TableColumn("recomputed", alignment: .right, numberFormat: CNFinOutput.NumberFormat(.decimals(2))),
            TableColumn("diff_pp", alignment: .right, numberFormat: CNFinOutput.NumberFormat(.decimals(2))),
            TableColumn("class"), TableColumn("explanation"),
        ]
        // Each break's description once, under the table, instead of on every row it explains.
        var seen: Set<String> = []
        var breakNotes: [String] = []
        for e in entries {
            guard let b = e.explanation, seen.insert(b.id).inserted else { continue }
            let count = entries.filter { $0.explanation?.id == b.id }.count
            breakNotes.append("\(b.id) (\(count) row\(count == 1 ? "" : "s")): \(b.readerDescription(chinese: false))")
        }
        return Table(
            title: "published vs recomputed YoY growth (%): \(entries.count) of \(report.entries.count) months beyond rounding",
            columns: columns, rows: rows,
            notes: breakNotes + ["unexplained: \(report.unexplained.count)"])
    }
}
