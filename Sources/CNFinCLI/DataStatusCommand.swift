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
        Title and headers follow --lang (default zh; in Chinese the series are named); the latest source is \
        described for a reader (人民银行发布, 由月末余额之差推算, …). CSV and JSON keep the keys \
        id,last,gaps_24m,missing_months,latest_source, the ids and the source keys of sources.csv.
        """ + datasetTableExamples("status", csvFile: "status.csv", otherFormat: "json")
    )

    @OptionGroup var options: DatasetTableOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys and ids stay the same).")
    var lang: DisplayLanguage = .zh

    /// The status table (the library's ``DataStatus/table(dataset:language:machine:)``).
    func table(dataset: Dataset) -> Table {
        DataStatus(dataset: dataset).table(dataset: dataset, language: lang, machine: format == .csv || format == .json)
    }
}
