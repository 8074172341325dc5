import ArgumentParser
import CNFin

/// `cnfin data list`: the catalog.
struct DataListCommand: DatasetTableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the series in the catalog.",
        discussion: """
        One row per series: id, name (CSV/JSON: Chinese and English), unit, kind (stock/flow/rate), family and the first and last month.
        Title, headers and the kind and family words follow --lang (default zh); the id column stays (ids are what \
        the other commands take), and CSV and JSON keep the keys id,name_zh,name_en,unit,kind,family,first,last \
        and the machine words (stock, loans) in every language.
        """ + datasetTableExamples("list", csvFile: "catalog.csv", otherFormat: "json")
    )

    @OptionGroup var options: DatasetTableOptions

    @Option(help: "Language of the title, headers and notes (CSV/JSON keys and ids stay the same).")
    var lang: DisplayLanguage = .zh

    /// The catalog: one row per series (the library's ``Dataset/catalogTable(language:machine:)``). Text formats
    /// and workbooks in `--lang`; CSV and JSON with the machine keys and words in every language.
    func table(dataset: Dataset) -> Table {
        dataset.catalogTable(language: lang, machine: format == .csv || format == .json)
    }
}
