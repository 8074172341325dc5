import ArgumentParser
import CNFin
import Foundation

/// `cnfin data show ID…`: series side by side, one row per month.
struct DataShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one or more series, one row per month.",
        discussion: """
        Values are printed as stored (e.g. 2820504.68, in 亿元); missing months are empty cells. \
        With several ids the series are aligned on a common calendar. \
        --transform yoy does not mix levels across a registered definitional break: it uses the published \
        comparable-basis rate (the X_yoy series) for those months, or leaves them empty, and says so in a note.

        Examples:
          cnfin data show m2 --from 2023-01 --to 2023-05
          cnfin data show m0 m1 m2 --from 2023-05 --to 2023-05 --format csv
          cnfin data show loans_balance --transform yoy --from 2023-01
          cnfin data show tsf_increase_ytd --transform flow --format json
          cnfin data show m2 --format csv --output m2.csv
          cnfin data show m2 m1 --from 2023-01 --format xlsx --output money.xlsx
          cnfin data show tsf_increase --from 2023-05 --to 2023-05 --sources --format json
        """
    )

    static let formats: [OutputFormat] = OutputFormat.allCases

    @Argument(help: "Series ids (see `cnfin data list`).", completion: seriesIDCompletion)
    var ids: [String]

    @Option(help: ArgumentHelp("First month to show.", valueName: "YYYY-MM"))
    var from: String?

    @Option(help: ArgumentHelp("Last month to show.", valueName: "YYYY-MM"))
    var to: String?

    @Option(help: "Transform each series first: yoy, mom, diff, ytd, flow or sum12.")
    var transform: SeriesTransformOption?

    @Option(help: "Output format: text, markdown, csv, json, latex, or xlsx (with --output FILE).")
    var format = "text"

    @Flag(help: "Add a column ID.source after each series with the source of each stored value (see sources.csv).")
    var sources = false

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one series id (see `cnfin data list`)") }
        _ = try destination.tableFormat(format, allowed: Self.formats)
        if let first = try parseMonth(from, option: "from"), let last = try parseMonth(to, option: "to"), last < first {
            throw ValidationError("--to \(last) is before --from \(first)")
        }
    }

    func run() throws {
        try reportingErrors {
            if try destination.tableFormat(format, allowed: Self.formats) == .xlsx {
                let dataset = try data.dataset()
                try destination.emitWorkbook([table(dataset: dataset)], currency: DataStatus(dataset: dataset).currency)
                return
            }
            let (text, notes) = try render(dataset: data.dataset())
            try destination.emit(text)
            let format = try parseFormat(format, allowed: Self.formats)
            if format == .csv || destination.writesFile {
                for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            }
        }
    }

    /// The rendered table and the notes on transformed months.
    func render(dataset: Dataset) throws -> (text: String, notes: [String]) {
        let format = try parseFormat(format, allowed: Self.formats)
        let table = try table(dataset: dataset)
        return (table.rendered(as: format), table.notes)
    }

    /// The table: `month` then one column per id.
    func table(dataset: Dataset) throws -> Table {
        let first = try parseMonth(from, option: "from")
        let last = try parseMonth(to, option: "to")
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
        var headers = ["month"]
        for id in ids {
            headers.append(transform.map { "\(id).\($0.rawValue)" } ?? id)
            if withSources { headers.append("\(id).source") }
        }
        let breakDescriptions = Dictionary(dataset.breaks.map { ($0.id, $0.readerDescription(chinese: false)) }, uniquingKeysWith: { a, _ in a })
        notes = GrowthNote.grouped(growthNotes) { breakDescriptions[$0] } + notes
        // One number of decimals per column, from the series' unit (亿元: 2, % and pp: 1).
        var columnUnits: [String?] = [nil]
        for id in ids {
            columnUnits.append(unitByID[id])
            if withSources { columnUnits.append(nil) }
        }
        let alignedColumns = headers.enumerated().map { j, header in
            TableColumn(header, alignment: j == 0 || header.hasSuffix(".source") ? .left : .right, unit: columnUnits[j])
        }
        let rows: [[TableCell]] = zip(frame.months, frame.values).map { month, row in
            var cells: [TableCell] = [.text(month.description)]
            for (id, value) in zip(ids, row) {
                cells.append(.optionalNumber(value))
                if withSources { cells.append(value == nil ? .missing : .text(dataset.source(id: id, month: month) ?? "")) }
            }
            return cells
        }
        let units = columns.map { "\($0.id): \($0.unit)" }.joined(separator: ", ")
        if sources && transform != nil { notes.append("--sources is ignored with --transform: transformed values combine several sources") }
        return Table(title: "unit — \(units)", columns: alignedColumns, rows: rows, notes: notes)
    }
}
