import CNFinOutput

extension MonthlySummary {
    /// The title line: `2023年5月金融统计数据` / `Financial statistics, May 2023`.
    public var title: String {
        switch language {
        case .zh: return "\(month.year)年\(month.month)月金融统计数据"
        case .en: return "Financial statistics, \(ReleaseParagraph.englishMonthName(month.month)) \(month.year)"
        }
    }

    /// The note on unavailable figures, or `nil` when all are available: the sentences left out, by the
    /// figures' names in the reader's language (never catalog ids), grouped by figure.
    public var missingNote: String? {
        guard !missing.isEmpty else { return nil }
        let zh = language == .zh
        let specs = ReleaseFigureCatalog.stocks + ReleaseFigureCatalog.flows + ReleaseFigureCatalog.loanStructure
            + ReleaseFigureCatalog.tsfStructure
        var order: [String] = []
        var measures: [String: [ReleaseMeasure]] = [:]
        for item in missing {
            let parts = item.split(separator: ".", maxSplits: 1).map(String.init)
            let id = parts[0]
            if measures[id] == nil { order.append(id) }
            let measure = parts.count > 1 ? ReleaseMeasure(rawValue: parts[1]) ?? .value : .value
            measures[id, default: []].append(measure)
        }
        let items = order.map { id -> String in
            let spec = specs.first { $0.id == id }
            let name = spec.map { zh ? $0.nameZh : $0.nameEn } ?? id
            let listed = (measures[id] ?? []).filter { $0 != .value }
            guard !listed.isEmpty, !(measures[id] ?? []).contains(.value) else { return name }
            let what = listed.map { Self.measureName($0, zh: zh) }.joined(separator: zh ? "、" : ", ")
            return zh ? "\(name)（\(what)）" : "\(name) (\(what))"
        }
        switch language {
        case .zh: return "以下数字尚未收入数据，相关语句已省略：" + items.joined(separator: "；")
        case .en: return "Not yet in the data, so these sentences are left out: " + items.joined(separator: "; ")
        }
    }

    /// The name of a measure in a note.
    /// A column other than `value` is one measure (``ReleaseMeasure/figureMeasure(stock:)``, of a stock or
    /// of a flow) and is named by its label (``FigureMeasure/label(in:)``).
    static func measureName(_ measure: ReleaseMeasure, zh: Bool) -> String {
        guard measure != .value, let figure = measure.figureMeasure(stock: true) ?? measure.figureMeasure(stock: false) else {
            return zh ? "数值" : "value"
        }
        return figure.label(in: zh ? .zh : .en)
    }

    /// The figures as one table: id, value, unit, every measure and the sources.
    public var figureTable: Table {
        let measures = ReleaseMeasure.allCases
        let columns = [TableColumn("id"), TableColumn("unit")]
            + measures.map { TableColumn($0.rawValue, alignment: .right) } + [TableColumn("source")]
        let rows: [[TableCell]] = figures.map { f in
            [.text(f.id), .text(f.unit)] + measures.map { SummaryTables.number(f[$0]) }
                + [.text(f.sources.sorted { $0.key < $1.key }.map { "\($0.key.rawValue)=\($0.value)" }.joined(separator: "; "))]
        }
        return Table(title: title, columns: columns, rows: rows)
    }

    /// The summary as JSON: `month`, `lang`, `figures` (each with `id`, `value`,
    /// `unit`, `yoy_pct`, `pp_vs_prev`, `pp_vs_year_ago`, `change_vs_year_ago`,
    /// `change_vs_prev`, `ytd`, `ytd_change_vs_year_ago` and `source`, an object
    /// giving the source of each available measure), `text`, `missing`, `tables`.
    public var jsonValue: JSONValue {
        let figureValues: [JSONValue] = figures.map { f in
            var members: [(key: String, value: JSONValue)] = [(key: "id", value: .string(f.id))]
            members.append((key: "value", value: .optionalNumber(f.value)))
            members.append((key: "unit", value: .string(f.unit)))
            for m in ReleaseMeasure.allCases where m != .value {
                members.append((key: m.rawValue, value: .optionalNumber(f[m])))
            }
            let sources = ReleaseMeasure.allCases.compactMap { m in f.sources[m].map { (key: m.rawValue, value: JSONValue.string($0)) } }
            members.append((key: "source", value: .object(sources)))
            return .object(members)
        }
        return .object([
            (key: "month", value: .string(month.description)),
            (key: "lang", value: .string(language.rawValue)),
            (key: "title", value: .string(title)),
            (key: "figures", value: .array(figureValues)),
            (key: "text", value: .string(text)),
            (key: "missing", value: .array(missing.map(JSONValue.string))),
            // The — of a missing figure is a display device: JSON says null.
            (key: "tables", value: .array(tables.map { table in
                var plain = table
                plain.rows = table.rows.map { $0.map { $0 == .text(SummaryGaps.marker) ? .missing : $0 } }
                return plain.jsonValue
            })),
        ])
    }

    /// The summary in `format`: text and Markdown give title, paragraph, the
    /// note on missing figures and the tables; LaTeX the same as a document
    /// fragment; CSV the figure table (one row per figure with its sources);
    /// JSON ``jsonValue``. Always ends with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text:
            var parts = [title, text]
            if let note = missingNote { parts.append(note) }
            parts += tables.map { $0.rendered(as: .text) }
            return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
        case .markdown:
            var parts = ["## " + title, text]
            if let note = missingNote { parts.append("> " + note) }
            parts += tables.map { $0.rendered(as: .markdown) }
            return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
        case .latex:
            var parts = ["\\section*{\(LaTeXRenderer.escape(title))}", LaTeXRenderer.escape(text)]
            if let note = missingNote { parts.append("\\emph{\(LaTeXRenderer.escape(note))}") }
            parts += tables.map { $0.rendered(as: .latex) }
            return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
        case .csv:
            return figureTable.rendered(as: .csv)
        case .json:
            return jsonValue.serialized(pretty: true) + "\n"
        }
    }
}
