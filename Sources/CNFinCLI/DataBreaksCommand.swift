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

    /// The months of `dataset` beyond rounding (the library's ``Dataset/yoyDifferencesTable(language:machine:)``).
    func table(dataset: Dataset) -> Table {
        dataset.yoyDifferencesTable(language: lang, machine: format == .csv || format == .json)
    }
}
