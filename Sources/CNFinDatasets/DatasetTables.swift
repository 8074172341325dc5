import CNFinOutput
import CNFinSeries
import CNFinSupport

// The tables of `cnfin data list | status | breaks`: text formats (and workbooks) in the reader's language;
// `machine` (CSV, JSON) with language-independent keys, ids and machine words in every language.

extension Dataset {
    /// The catalog (`cnfin data list`): one row per series — id, name (`machine`: `name_zh`, `name_en`), unit,
    /// kind, family, first and last month; headers and the kind and family words in `language` for readers.
    public func catalogTable(language: DisplayLanguage, machine: Bool) -> Table {
        let zh = language == .zh && !machine
        // Text formats name each series once, in the reader's language; CSV and JSON carry both names.
        let keys = machine ? ["id", "name_zh", "name_en", "unit", "kind", "family", "first", "last"]
            : ["id", "name", "unit", "kind", "family", "first", "last"]
        let headers = zh ? ["代码", "名称", "单位", "类型", "类别", "起始月份", "最近月份"] : keys
        let currency = DataStatus.currencyLine(DataStatus(dataset: self).currency, chinese: language == .zh)
        return Table(
            title: language == .zh ? "数据目录：共\(catalog.count)个序列；" + currency
                : "cnfin data: \(catalog.count) series; " + currency,
            columns: zip(headers, keys).map { TableColumn($0, key: $1) },
            rows: catalog.map { e in
                let names: [TableCell] = machine ? [.text(e.nameZh), .text(e.nameEn)] : [.text(zh ? e.nameZh : e.nameEn)]
                return [.text(e.id)] + names + [
                    .text(e.unit.description),
                    .text(zh ? Self.kindZh(e.kind) : e.kind.rawValue), .text(zh ? e.family.nameZh : e.family.rawValue),
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

    /// The month-by-month comparison of published and recomputed YoY growth beyond rounding (`cnfin data breaks`),
    /// titled with the data currency.
    public func yoyDifferencesTable(language: DisplayLanguage, machine: Bool) -> Table {
        YoYConsistencyReport(dataset: self).table(
            language: language, machine: machine,
            names: Dictionary(catalog.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { a, _ in a }),
            currency: DataStatus(dataset: self).currency)
    }
}

extension CatalogEntry.Family {
    /// 货币供应量 / 贷款 / 存款 / 社会融资规模.
    public var nameZh: String {
        switch self {
        case .money: return "货币供应量"
        case .loans: return "贷款"
        case .deposits: return "存款"
        case .tsf: return "社会融资规模"
        }
    }
}

extension DataStatus {
    /// How current every series of `dataset` is (`cnfin data status`): per series the last month, the gaps in
    /// the 24 months up to it and where its latest value comes from; the title gives the data currency and
    /// whether the headline set is complete. Readers see the series by their names (Chinese) and the source of
    /// the latest value described (``DataSource/readerDescription(of:language:)``: 人民银行发布, 由余额之差推算, …);
    /// `machine` (CSV, JSON) keeps the ids and the source keys of `sources.csv`.
    public func table(dataset: Dataset, language: DisplayLanguage, machine: Bool) -> Table {
        let zh = language == .zh
        // In Chinese text the series are named (the ids are in `cnfin data list`); CSV and JSON keep the id.
        func label(_ id: String) -> String {
            guard zh && !machine else { return id }
            return (try? dataset.entry(id))?.nameZh ?? id
        }
        func source(_ key: String) -> String { machine ? key : DataSource.readerDescription(of: key, language: language) }
        let rows: [[TableCell]] = entries.map { e in
            [.text(label(e.id)), e.last.map { .text($0.description) } ?? .missing,
             .number(Double(e.gaps.count), display: String(e.gaps.count)),
             e.gaps.isEmpty ? .missing : .text(Self.runs(e.gaps, chinese: zh && !machine)),
             e.latestSource.map { .text(source($0)) } ?? .missing]
        }
        let complete: String
        if zh {
            complete = headlineComplete ? "（主要指标齐全）"
                : "（主要指标不全，缺：" + missingHeadline.map { (try? dataset.entry($0))?.nameZh ?? $0 }.joined(separator: "、") + "）"
        } else {
            complete = headlineComplete ? " (headline set complete)"
                : " (headline set incomplete, missing: " + missingHeadline.joined(separator: ", ") + ")"
        }
        let keys = ["id", "last", "gaps_24m", "missing_months", "latest_source"]
        let headers = zh && !machine ? ["序列", "最近月份", "近24个月缺失月数", "缺失月份", "最新值来源"] : keys
        return Table(
            title: Self.currencyLine(currency, chinese: zh) + complete,
            columns: headers.enumerated().map { j, h in TableColumn(h, alignment: j == 2 ? .right : .left, key: keys[j]) },
            rows: rows)
    }

    /// Consecutive months as runs: `2025-05, 2025-10..2025-11` (`chinese`: `2025-05、2025-10至2025-11`).
    public static func runs(_ months: [Month], chinese: Bool = false) -> String {
        guard let firstMonth = months.first else { return "" }
        var parts: [String] = []
        var start = firstMonth, previous = firstMonth
        for m in months.dropFirst().map(Optional.some) + [nil] {
            if let m, m == previous.advanced(by: 1) { previous = m; continue }
            parts.append(start == previous ? start.description : "\(start)\(chinese ? "至" : "..")\(previous)")
            if let m { start = m; previous = m }
        }
        return parts.joined(separator: chinese ? "、" : ", ")
    }

    /// The header of an output computed from the dataset: ``headerLine(currency:latestMonth:language:)`` as the
    /// first line of text (then a blank line), an italic Markdown line or a LaTeX comment; CSV and JSON stay pure
    /// data (no header).
    public func header(latestMonth: Month? = nil, language: DisplayLanguage, format: OutputFormat) -> String {
        Self.header(Self.headerLine(currency: currency, latestMonth: latestMonth, language: language), format: format)
    }

    /// `line` as the header of an output in `format` (see ``header(latestMonth:language:format:)``).
    public static func header(_ line: String, format: OutputFormat) -> String {
        switch format {
        case .text: return line + "\n\n"
        case .markdown: return "_" + line + "_\n\n"
        case .latex: return "% " + line + "\n"
        case .csv, .json: return ""
        }
    }
}

extension YoYConsistencyReport {
    /// The months beyond rounding as a table: series, month, published and recomputed rates, their difference,
    /// the class and the explaining break. For readers (`machine` false) in `language`: in Chinese the series by
    /// their names (`names`: id → Chinese name) and each break as a numbered note (注1), in English by its id —
    /// its description once under the table, not on every row; `currency` (the data currency) ends the title
    /// when given.
    public func table(language: DisplayLanguage, machine: Bool, names: [String: String] = [:], currency: Month?? = nil) -> Table {
        let entries = beyondRounding
        let zh = language == .zh && !machine
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
        let formats: [NumberFormat?] = [nil, nil, .rate, NumberFormat(.decimals(2)), NumberFormat(.decimals(2)), nil, nil]
        let columns = headers.enumerated().map { j, h in
            TableColumn(h, alignment: (2...4).contains(j) ? .right : .left, numberFormat: formats[j], key: keys[j])
        }
        let chinese = language == .zh
        let breakNotes = order.map { id -> String in
            let count = entries.filter { $0.explanation?.id == id }.count
            let description = breaks[id]?.readerDescription(chinese: chinese) ?? ""
            return chinese ? "\(marker(id))（\(count)行）：\(description)"
                : "\(id) (\(count) row\(count == 1 ? "" : "s")): \(description)"
        }
        let currencyText = currency.map { (chinese ? "；" : "; ") + DataStatus.currencyLine($0, chinese: chinese) } ?? ""
        return Table(
            title: chinese
                ? "公布的与按余额重算的同比增速（%）：\(self.entries.count)个月中有\(entries.count)个月的差值超出四舍五入范围" + currencyText
                : "published vs recomputed YoY growth (%): \(entries.count) of \(self.entries.count) months beyond rounding" + currencyText,
            columns: columns, rows: rows,
            notes: breakNotes + [chinese ? "未解释：\(unexplained.count)个月" : "unexplained: \(unexplained.count)"])
    }

    /// 小幅 / 已解释 / 未解释 (rounding differences are not listed).
    static func classZh(_ c: Classification) -> String {
        switch c {
        case .rounding: return "四舍五入"
        case .minor: return "小幅"
        case .explained: return "已解释"
        case .unexplained: return "未解释"
        }
    }
}
