import ArgumentParser
import CNFin

/// `cnfin data list`: the catalog.
struct DataListCommand: DatasetTableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the series in the catalog.",
        discussion: """
        One row per series: id, Chinese and English name, unit, kind (stock/flow/rate), family and the first and last month.
        """ + datasetTableExamples("list", csvFile: "catalog.csv", otherFormat: "json")
    )

    @OptionGroup var options: DatasetTableOptions

    /// The catalog: one row per series.
    func table(dataset: Dataset) -> Table {
        Table(
            title: "cnfin data: \(dataset.catalog.count) series; " + DataStatus.currencyLine(DataStatus(dataset: dataset).currency, chinese: false),
            headers: ["id", "name_zh", "name_en", "unit", "kind", "family", "first", "last"],
            rows: dataset.catalog.map { e in
                [.text(e.id), .text(e.nameZh), .text(e.nameEn), .text(e.unit.description), .text(e.kind.rawValue),
                 .text(e.family.rawValue), e.first.map { .text($0.description) } ?? .missing,
                 e.last.map { .text($0.description) } ?? .missing]
            }
        )
    }
}
