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
        Title and headers follow --lang (default zh; in Chinese the series are named, the source keys stay as \
        in sources.csv); CSV and JSON keep the keys id,last,gaps_24m,missing_months,latest_source.
        """ + datasetTableExamples("status", csvFile: "status.csv", otherFormat: "json")
    )

    @OptionGroup var options: DatasetTableOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys and ids stay the same).")
    var lang: DisplayLanguage = .zh

    func table(dataset: Dataset) -> Table {
        let status = DataStatus(dataset: dataset)
        let machine = format == .csv || format == .json
        let zh = lang == .zh
        // In Chinese text the series are named (the ids are in `cnfin data list`); CSV and JSON keep the id.
        func label(_ id: String) -> String {
            guard zh && !machine else { return id }
            return (try? dataset.entry(id))?.nameZh ?? id
        }
        let rows: [[TableCell]] = status.entries.map { e in
            [.text(label(e.id)), e.last.map { .text($0.description) } ?? .missing,
             .number(Double(e.gaps.count), display: String(e.gaps.count)),
             e.gaps.isEmpty ? .missing : .text(Self.runs(e.gaps, chinese: zh && !machine)),
             e.latestSource.map { .text($0) } ?? .missing]
        }
        let complete: String
        if zh {
            complete = status.headlineComplete ? "（主要指标齐全）"
                : "（主要指标不全，缺：" + status.missingHeadline.map { (try? dataset.entry($0))?.nameZh ?? $0 }.joined(separator: "、") + "）"
        } else {
            complete = status.headlineComplete ? " (headline set complete)"
                : " (headline set incomplete, missing: " + status.missingHeadline.joined(separator: ", ") + ")"
        }
        let keys = ["id", "last", "gaps_24m", "missing_months", "latest_source"]
        let headers = zh && !machine ? ["序列", "最近月份", "近24个月缺失月数", "缺失月份", "最新值来源"] : keys
        return Table(
            title: DataStatus.currencyLine(status.currency, chinese: zh) + complete,
            columns: headers.enumerated().map { j, h in TableColumn(h, alignment: j == 2 ? .right : .left, key: keys[j]) },
            rows: rows)
    }

    /// Consecutive months as runs: `2025-05, 2025-10..2025-11`.
    static func runs(_ months: [Month], chinese: Bool = false) -> String {
        var parts: [String] = []
        var start = months[0], previous = months[0]
        for m in months.dropFirst().map(Optional.some) + [nil] {
            if let m, m == previous.advanced(by: 1) { previous = m; continue }
            parts.append(start == previous ? start.description : "\(start)\(chinese ? "至" : "..")\(previous)")
            if let m { start = m; previous = m }
        }
        return parts.joined(separator: chinese ? "、" : ", ")
    }
}
