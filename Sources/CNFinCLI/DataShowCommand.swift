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
        --transform yoy|mom|diff|ytd|flow|sum12 transforms every series, ID:TRANSFORM one (as in regress, seasonal \
        and the other commands; the column key is ID.TRANSFORM). yoy does not mix levels across a registered \
        definitional break: it uses the published comparable-basis rate (the X_yoy series) for those months, or \
        leaves them empty, and says so in a note.
        Title, headers and notes (also the `note:` lines on standard error) follow --lang (default zh: series \
        by their Chinese names); CSV and JSON keep the ids as column keys (month, m2, m2.yoy, m2.source).

        Examples:
          cnfin data show m2 --from 2023-01 --to 2023-05
          cnfin data show m0 m1 m2 --from 2023-05 --to 2023-05 --format csv
          cnfin data show loans_balance --transform yoy --from 2023-01
          cnfin data show tsf_increase_ytd --transform flow --format json
          cnfin data show m2 m2:yoy loans_increase:sum12 --from 2023-01
          cnfin data show m2 --format csv --output m2.csv
          cnfin data show m2 m1 --from 2023-01 --format xlsx --output money.xlsx
          cnfin data show tsf_increase --from 2023-05 --to 2023-05 --sources --format json
          cnfin data show m2 m1 --from 2023-01 --lang en
        """
    )

    @Argument(help: "Series ids (see `cnfin data list`); ID:TRANSFORM transforms one (as --transform does all).",
              completion: seriesIDCompletion)
    var ids: [String]

    @OptionGroup var sample: SeriesSampleOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys are the ids).")
    var lang: DisplayLanguage = .zh

    @Flag(help: "Add a column ID.source after each series with the source of each stored value (see sources.csv).")
    var sources = false

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var tableOutput: TableOutputOptions

    func validate() throws {
        if ids.isEmpty { throw usageError(lang, en: "give at least one series id (see `cnfin data list`)", zh: "请至少给出一个序列代码（见「cnfin data list」）") }
        _ = try columns()
    }

    /// `--transform`.
    var transform: SeriesTransform? { sample.transform }

    func run() throws {
        try reportingErrors(language: lang) {
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

    /// The requested columns: each `ID` or `ID:TRANSFORM` with its transform (its own, else `--transform`).
    func columns() throws -> [Dataset.SeriesColumn] {
        try ids.map { name in
            let (id, own) = try SeriesSampleOptions.parseName(name)
            return Dataset.SeriesColumn(id: id, transform: own ?? transform)
        }
    }

    /// The table (the library's ``Dataset/seriesTable(_:from:to:sources:language:machine:)``): `month` then one
    /// column per id. A workbook keeps the id headers too: `cnfin import` reads it back by them.
    func table(dataset: Dataset) throws -> Table {
        try dataset.seriesTable(columns(), from: sample.from, to: sample.to, sources: sources, language: lang,
                                machine: format == .csv || format == .json || format == .xlsx)
    }
}
