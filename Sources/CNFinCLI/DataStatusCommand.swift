import ArgumentParser
import CNFin

/// `cnfin data status`: how current every series is.
struct DataStatusCommand: DatasetTableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show how current every series is: last month, recent gaps, source of the latest value.",
        discussion: """
        One row per series: the last month with a value, the months missing in the 24 months up to it, and \
        the source of the latest value. The title gives the data currency (the latest month of any headline \
        series) and whether every headline series (M0/M1/M2 and their growth, new loans, loan balance and \
        growth, new deposits, deposit balance, TSF increment, stock and growth) has a value in that month.
        """ + datasetTableExamples("status", csvFile: "status.csv", otherFormat: "json")
    )

    @OptionGroup var options: DatasetTableOptions

    func table(dataset: Dataset) -> Table {
        let status = DataStatus(dataset: dataset)
        let rows: [[TableCell]] = status.entries.map { e in
            [.text(e.id), e.last.map { .text($0.description) } ?? .missing,
             .number(Double(e.gaps.count), display: String(e.gaps.count)),
             e.gaps.isEmpty ? .missing : .text(Self.runs(e.gaps)),
             e.latestSource.map { .text($0) } ?? .missing]
        }
        let complete = status.headlineComplete
            ? "headline set complete"
            : "headline set incomplete, missing: " + status.missingHeadline.joined(separator: ", ")
        return Table(
            title: DataStatus.currencyLine(status.currency, chinese: false) + " (" + complete + ")",
            columns: [TableColumn("id"), TableColumn("last"), TableColumn("gaps_24m", alignment: .right),
                      TableColumn("missing_months"), TableColumn("latest_source")],
            rows: rows)
    }

    /// Consecutive months as runs: `2025-05, 2025-10..2025-11`.
    static func runs(_ months: [Month]) -> String {
        var parts: [String] = []
        var start = months[0], previous = months[0]
        for m in months.dropFirst().map(Optional.some) + [nil] {
            if let m, m == previous.advanced(by: 1) { previous = m; continue }
            parts.append(start == previous ? start.description : "\(start)..\(previous)")
            if let m { start = m; previous = m }
        }
        return parts.joined(separator: ", ")
    }
}
