import ArgumentParser
import CNFin
import Foundation

/// `cnfin data show ID…`: series side by side, one row per month.
struct DataShowCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one or more series, one row per month.",
        discussion: """
        Values are printed as stored (e.g. 2820504.68, in 亿元); missing months are empty cells. \
        With several ids the series are aligned on a common calendar. \
        --transform yoy does not mix levels across a registered definitional break: it uses the published \
        comparable-basis rate (the X_yoy series) for those months, or leaves them empty, and says so in a note.
        Title, headers and notes (also the `note:` lines on standard error) follow --lang (default zh: series \
        by their Chinese names); CSV and JSON keep the ids as column keys (month, m2, m2.yoy, m2.source).

        Examples:
          cnfin data show m2 --from 2023-01 --to 2023-05
          cnfin data show m0 m1 m2 --from 2023-05 --to 2023-05 --format csv
          cnfin data show loans_balance --transform yoy --from 2023-01
          cnfin data show tsf_increase_ytd --transform flow --format json
          cnfin data show m2 --format csv --output m2.csv
          cnfin data show m2 m1 --from 2023-01 --format xlsx --output money.xlsx
          cnfin data show tsf_increase --from 2023-05 --to 2023-05 --sources --format json
          cnfin data show m2 m1 --from 2023-01 --lang en
        """
    )

    @Argument(help: "Series ids (see `cnfin data list`).", completion: seriesIDCompletion)
    var ids: [String]

    @OptionGroup var sample: SeriesSampleOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys are the ids).")
    var lang: DisplayLanguage = .zh

    @Flag(help: "Add a column ID.source after each series with the source of each stored value (see sources.csv).")
    var sources = false

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var tableOutput: TableOutputOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one series id (see `cnfin data list`)") }
    }

    /// `--transform`.
    var transform: SeriesTransformOption? { sample.transform }

    func run() throws {
        try reportingErrors {
            if format == .xlsx {
                let dataset = try data.dataset()
                // The workbook's title rows carry the data currency (the table's title is that line).
                var table = try table(dataset: dataset)
                table.title = nil
                try destination.emitWorkbook([table], currency: DataStatus(dataset: dataset).currency, chinese: lang == .zh)
                return
            }
            let (text, notes) = try render(dataset: data.dataset())
            try destination.emit(text)
            let format = self.format.textFormat
            if format == .csv || destination.writesFile {
                for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            }
        }
    }

    /// The rendered table and the notes on transformed months.
    func render(dataset: Dataset) throws -> (text: String, notes: [String]) {
        let format = self.format.textFormat
        let table = try table(dataset: dataset)
        return (table.rendered(as: format), table.notes)
    }

    /// The table: `month` then one column per id.
    func table(dataset: Dataset) throws -> Table {
        let first = sample.from
        let last = sample.to
        var columns: [MonthlySeries] = []
        var notes: [String] = []
        var growthNotes: [GrowthNote] = []
        var unitByID: [String: String] = [:]
        for id in ids {
            var series = try dataset.series(id)
            if let transform {
                let result = transform.apply(to: series, in: dataset)
                series = result.series
                growthNotes += result.notes.filter { $0.month >= (first ?? $0.month) && $0.month <= (last ?? $0.month) }
            }
            unitByID[id] = "\(series.unit)"
            columns.append(series.sliced(from: first, to: last))
        }
        let frame = align(columns)
        let withSources = sources && transform == nil
        // Keys (CSV headers, JSON keys): the ids; text headers: the series' names in --lang with the unit.
        let zh = lang == .zh
        // A workbook keeps the id headers too: `cnfin import` reads it back by them.
        let machine = format == .csv || format == .json || format == .xlsx
        func name(_ id: String) -> String {
            guard let entry = try? dataset.entry(id) else { return id }
            return zh ? entry.nameZh : entry.nameEn
        }
        var keys = ["month"]
        var headers = [zh ? "月份" : "month"]
        for id in ids {
            let key = transform.map { "\(id).\($0.rawValue)" } ?? id
            keys.append(key)
            headers.append(machine ? key : Parenthetical.label(name(id) + (transform.map { Self.label($0, language: lang) } ?? ""),
                                                               unitByID[id] ?? "", language: lang))
            if withSources {
                keys.append("\(id).source")
                headers.append(machine ? "\(id).source" : (zh ? "\(name(id))来源" : "\(name(id)) source"))
            }
        }
        if machine { headers = keys }
        let breakDescriptions = Dictionary(dataset.breaks.map { ($0.id, $0.readerDescription(chinese: zh)) }, uniquingKeysWith: { a, _ in a })
        notes = GrowthNote.grouped(growthNotes, language: lang, name: { id in
            (try? dataset.entry(String(id.prefix { $0 != "." })))?.nameZh
        }, describe: { breakDescriptions[$0] }) + notes
        // One number of decimals per column, from the series' unit (亿元: 2, % and pp: 1).
        var columnUnits: [String?] = [nil]
        for id in ids {
            columnUnits.append(unitByID[id])
            if withSources { columnUnits.append(nil) }
        }
        let alignedColumns = headers.enumerated().map { j, header in
            TableColumn(header, alignment: j == 0 || keys[j].hasSuffix(".source") ? .left : .right, unit: columnUnits[j], key: keys[j])
        }
        let rows: [[TableCell]] = zip(frame.months, frame.values).map { month, row in
            var cells: [TableCell] = [.text(month.description)]
            for (id, value) in zip(ids, row) {
                cells.append(.optionalNumber(value))
                if withSources { cells.append(value == nil ? .missing : .text(dataset.source(id: id, month: month) ?? "")) }
            }
            return cells
        }
        if sources && transform != nil {
            notes.append(zh ? "变换后的数值合并了多个来源，故不列出来源"
                : "--sources is ignored with --transform: transformed values combine several sources")
        }
        // The header line: how current the dataset is (the headers give each column's unit).
        let title = DataStatus.currencyLine(DataStatus(dataset: dataset).currency, chinese: zh)
        return Table(title: title, columns: alignedColumns, rows: rows, notes: notes)
    }

    /// The transform as a suffix of a series' name: 同比增速 / year-on-year growth, ….
    static func label(_ transform: SeriesTransformOption, language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch transform {
        case .yoy: return zh ? "同比增速" : ", year-on-year growth"
        case .mom: return zh ? "环比增速" : ", month-on-month growth"
        case .diff: return zh ? "月度变动" : ", change on the month"
        case .ytd: return zh ? "年初至今累计" : ", year to date"
        case .flow: return zh ? "当月值" : ", monthly flow"
        case .sum12: return zh ? "12个月滚动合计" : ", 12-month sum"
        }
    }
}
