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
        Title, headers, classes and the break descriptions under the table follow --lang (default zh; in Chinese \
        the series are named and a break is a numbered note, not its id); CSV and JSON keep the keys \
        series,month,published,recomputed,diff_pp,class,explanation with ids and machine words in every language.
        """ + datasetTableExamples("breaks", csvFile: "yoy-differences.csv", otherFormat: "markdown")
    )

    @OptionGroup var options: DatasetTableOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys and ids stay the same).")
    var lang: DisplayLanguage = .zh

    /// The months of `dataset` beyond rounding.
    func table(dataset: Dataset) -> Table {
        table(YoYConsistencyReport(dataset: dataset),
              names: Dictionary(dataset.catalog.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { a, _ in a }),
              currency: DataStatus(dataset: dataset).currency)
    }

    /// The table of `report`; `currency` (the dataset's data currency) ends the title when given.
    func table(_ report: YoYConsistencyReport, names: [String: String] = [:], currency: Month?? = nil) -> Table {
        let entries = report.beyondRounding
        let machine = format == .csv || format == .json
        let zh = lang == .zh && !machine
        // Each break's description once, under the table, instead of on every row it explains: in English
        // under its id, in Chinese as a numbered note (注1) — a break id is not Chinese prose.
        var order: [String] = []
        var breaks: [String: DefinitionalBreak] = [:]
        for e in entries {
            guard let b = e.explanation, breaks[b.id] == nil else { continue }
            breaks[b.id] = b
            order.append(b.id)
        }
        func marker(_ id: String) -> String { "注\((order.firstIndex(of: id) ?? 0) + 1)" }
        let rows: [[TableCell]] = entries.map { e in
            [.text(zh ? names[e.pair.rateID] ?? e.pair.rateID : e.pair.rateID), .text(e.month.description),
             .number(e.published), .number(e.recomputed), .number(e.difference),
             .text(zh ? Self.classZh(e.classification) : e.classification.rawValue),
             e.explanation.map { .text(zh ? marker($0.id) : $0.id) } ?? .missing]
        }
        let keys = ["series", "month", "published", "recomputed", "diff_pp", "class", "explanation"]
        let headers = zh ? ["序列", "月份", "公布值", "重算值", "差值（百分点）", "类别", "说明"] : keys
        // Published rates as printed (one decimal); recomputed rates and differences with two, so a
        // difference beyond the 0.05 pp rounding band shows.
        let formats: [CNFinOutput.NumberFormat?] = [nil, nil, .rate, CNFinOutput.NumberFormat(.decimals(2)),
                                                    CNFinOutput.NumberFormat(.decimals(2)), nil, nil]
        let columns = headers.enumerated().map { j, h in
            TableColumn(h, alignment: (2...4).contains(j) ? .right : .left, numberFormat: formats[j], key: keys[j])
        }
        let breakNotes = order.map { id -> String in
            let count = entries.filter { $0.explanation?.id == id }.count
            let description = breaks[id]?.readerDescription(chinese: lang == .zh) ?? ""
            return lang == .zh ? "\(marker(id))（\(count)行）：\(description)"
                : "\(id) (\(count) row\(count == 1 ? "" : "s")): \(description)"
        }
        let currencyText = currency.map { (lang == .zh ? "；" : "; ") + DataStatus.currencyLine($0, chinese: lang == .zh) } ?? ""
        return Table(
            title: lang == .zh
                ? "公布的与按余额重算的同比增速（%）：\(report.entries.count)个月中有\(entries.count)个月的差值超出四舍五入范围" + currencyText
                : "published vs recomputed YoY growth (%): \(entries.count) of \(report.entries.count) months beyond rounding" + currencyText,
            columns: columns, rows: rows,
            notes: breakNotes + [lang == .zh ? "未解释：\(report.unexplained.count)个月" : "unexplained: \(report.unexplained.count)"])
    }

    /// 小幅 / 已解释 / 未解释 (rounding differences are not listed).
    static func classZh(_ c: YoYConsistencyReport.Classification) -> String {
        switch c {
        case .rounding: return "四舍五入"
        case .minor: return "小幅"
        case .explained: return "已解释"
        case .unexplained: return "未解释"
        }
    }
}
