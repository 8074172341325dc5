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

    /// The catalog: one row per series. Text formats and workbooks in `--lang`; CSV and JSON with the
    /// machine keys and words in every language.
    func table(dataset: Dataset) -> Table {
        let machine = format == .csv || format == .json
        let zh = lang == .zh && !machine
        // Text formats name each series once, in the reader's language; CSV and JSON carry both names.
        let keys = machine ? ["id", "name_zh", "name_en", "unit", "kind", "family", "first", "last"]
            : ["id", "name", "unit", "kind", "family", "first", "last"]
        let headers = zh ? ["代码", "名称", "单位", "类型", "类别", "起始月份", "最近月份"] : keys
        let currency = DataStatus.currencyLine(DataStatus(dataset: dataset).currency, chinese: lang == .zh)
        return Table(
            title: lang == .zh ? "数据目录：共\(dataset.catalog.count)个序列；" + currency
                : "cnfin data: \(dataset.catalog.count) series; " + currency,
            columns: zip(headers, keys).map { TableColumn($0, key: $1) },
            rows: dataset.catalog.map { e in
                let names: [TableCell] = machine ? [.text(e.nameZh), .text(e.nameEn)] : [.text(zh ? e.nameZh : e.nameEn)]
                return [.text(e.id)] + names + [
                    .text(e.unit.description),
                    .text(zh ? Self.kindZh(e.kind) : e.kind.rawValue), .text(zh ? Self.familyZh(e.family) : e.family.rawValue),
                    e.first.map { .text($0.description) } ?? .missing, e.last.map { .text($0.description) } ?? .missing]
            }
        )
    }

    /// 存量 / 流量 / 比率.
    static func kindZh(_ kind: SeriesKind) -> String {
        switch kind {
        case .stock: return "存量"
        case .flow: return "流量"
        case .rate: return "比率"
        }
    }

    /// 货币 / 贷款 / 存款 / 社会融资规模.
    static func familyZh(_ family: CatalogEntry.Family) -> String {
        switch family {
        case .money: return "货币供应量"
        case .loans: return "贷款"
        case .deposits: return "存款"
        case .tsf: return "社会融资规模"
        }
    }
}
