import CNFinOutput
import CNFinSeries
import Foundation
import CNFinSupport

/// What `cnfin ingest`, `cnfin import` and `cnfin update` print: the figures read, with their checks
/// against the data and their merge actions, the clauses left unparsed and the conflicts — as tables
/// (``tables(language:)``), JSON (``json(language:)``) and CSV (``csvTable``), rendered only through
/// CNFinOutput.
///
/// The reader's tables name each series by its catalog name and each measure by its label in the reader's
/// language (``FigureMeasure/label(in:)``), one table per kind of number so that every column has one
/// number of decimals: amounts in 亿元 with two (as the PBoC's tables print them), growth rates and their
/// changes with one (as the releases print them). CSV and JSON keep the machine keys (`id`, `measure`
/// raw values, `status`, `action`) and the exact values, the same in every language; only the JSON's
/// prose (the unparsed `reason`, a merge `note`) follows the language.
public struct IngestReport: Sendable {
    /// The figures, in input order.
    public var figures: [IngestedFigure]
    /// Clauses with a figure that was not attributed.
    public var unparsed: [IngestUnparsed]
    /// Figures stated twice with irreconcilable values.
    public var conflicts: [IngestConflict]
    /// The check of each figure (same order as ``figures``), when checked.
    public var checks: [IngestCheck]?
    /// The merge of the figures, when merged.
    public var merge: IngestMergeReport?

    public init(figures: [IngestedFigure], unparsed: [IngestUnparsed] = [], conflicts: [IngestConflict] = [],
                checks: [IngestCheck]? = nil, merge: IngestMergeReport? = nil) {
        self.figures = figures
        self.unparsed = unparsed
        self.conflicts = conflicts
        self.checks = checks
        self.merge = merge
    }

    // MARK: reader's tables

    /// The figures as the reader's tables: amounts (亿元, two decimals) and rates (% and percentage points,
    /// one decimal), each only when it has rows; the diagnostics are ``notes(language:)``.
    public func tables(language: DisplayLanguage) -> [Table] {
        let zh = language == .zh
        let rates = figures.indices.filter { NumberFormat.forUnit(figures[$0].unit) == .rate }
        let amounts = figures.indices.filter { NumberFormat.forUnit(figures[$0].unit) != .rate }
        var out: [Table] = []
        if !amounts.isEmpty {
            out.append(table(amounts, format: .amount, title: zh ? "金额（亿元）" : "Amounts (亿元)", language: language))
        }
        if !rates.isEmpty {
            out.append(table(rates, format: .rate,
                             title: zh ? "增速（%）及增速变动（个百分点）" : "Growth rates (%) and changes in growth (percentage points)",
                             language: language))
        }
        return out
    }

    private func table(_ rows: [Int], format: NumberFormat, title: String, language: DisplayLanguage) -> Table {
        let zh = language == .zh
        var columns = [TableColumn(zh ? "月份" : "month"), TableColumn(zh ? "指标" : "series"), TableColumn(zh ? "口径" : "measure"),
                       TableColumn(zh ? "数值" : "value", alignment: .right, numberFormat: format),
                       TableColumn(zh ? "单位" : "unit")]
        if checks != nil {
            columns += [TableColumn(zh ? "已有数据" : "dataset", alignment: .right, numberFormat: format), TableColumn(zh ? "核对" : "status")]
        }
        if merge != nil { columns.append(TableColumn(zh ? "合并" : "action")) }
        columns.append(TableColumn(zh ? "原文" : "text"))
        var table = Table(title: title, columns: columns)
        for k in rows {
            let f = figures[k]
            var row: [TableCell] = [.text(f.monthText), .text(BilingualNote.seriesName(f.id).text(in: language)),
                                    .text(f.measure.label(in: language)), .number(f.value),
                                    .text(f.measure.unitLabel(stored: f.unit, in: language))]
            if let checks { row += [.optionalNumber(checks[k].dataset), .text(checks[k].status.label(in: language))] }
            if let merge { row.append(.text(merge.entries[k].action.label(in: language))) }
            row.append(.text(f.span.text))
            table.rows.append(row)
        }
        return table
    }

    /// The diagnostics under the tables, in `language`: the unparsed clauses with why, and the conflicts
    /// with both statements (a heading line, then one indented line each).
    public func notes(language: DisplayLanguage) -> [String] {
        let zh = language == .zh
        var lines: [String] = []
        if !unparsed.isEmpty {
            lines.append(zh ? "未能归属的数字（\(unparsed.count)处）：" : "unparsed (\(unparsed.count)):")
            for u in unparsed { lines.append("  \(u.span.text) — \(u.cause.text(in: language))") }
        }
        if !conflicts.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(zh ? "相互矛盾的数字（\(conflicts.count)处），两个数值均未采用：" : "conflicts (\(conflicts.count)), neither value kept:")
            for c in conflicts { lines.append("  " + c.text(in: language)) }
        }
        return lines
    }

    /// The tables and the diagnostics rendered in `format` (JSON: ``json(language:)``; CSV: ``csvTable``).
    public func rendered(as format: OutputFormat, language: DisplayLanguage) -> String {
        switch format {
        case .json: return json(language: language).serialized() + "\n"
        case .csv: return csvTable.rendered(as: .csv)
        case .text:
            // The diagnostics after a blank line, indented as a list.
            var out = tables(language: language).map { $0.rendered(as: .text) }.joined(separator: "\n")
            let notes = notes(language: language)
            if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n") + "\n" }
            return out
        default:
            // Markdown, LaTeX, HTML: the diagnostics as the last table's notes, escaped by its renderer.
            var tables = tables(language: language)
            let notes = notes(language: language).filter { !$0.isEmpty }.map { $0.hasPrefix("  ") ? "- " + $0.dropFirst(2) : $0 }
            if !tables.isEmpty { tables[tables.count - 1].notes += notes }
            return tables.map { $0.rendered(as: format) }.joined(separator: "\n")
        }
    }

    // MARK: machine output

    /// The figures as CSV columns — machine keys, exact values, the same bytes in every language:
    /// `month,id,value,unit,measure,span_start,span_end,span`, then `dataset,basis,status` when checked and
    /// `action` when merged.
    public var csvTable: Table {
        var header = ["month", "id", "value", "unit", "measure", "span_start", "span_end", "span"]
        if checks != nil { header += ["dataset", "basis", "status"] }
        if merge != nil { header += ["action"] }
        var table = Table(headers: header)
        for (k, f) in figures.enumerated() {
            var row: [TableCell] = [.text(f.monthText), .text(f.id), .number(f.value), .text(f.unit), .text(f.measure.rawValue),
                                    .text(String(f.span.start)), .text(String(f.span.end)), .text(f.span.text)]
            if let checks { row += [.optionalNumber(checks[k].dataset), .text(checks[k].basis), .text(checks[k].status.rawValue)] }
            if let merge { row.append(.text(merge.entries[k].action.rawValue)) }
            table.rows.append(row)
        }
        return table
    }

    /// The figures as one table of numbers for a workbook: month, name, measure label, value, unit, check,
    /// action, the file each figure came from and its text — headers and labels in `language` — then the
    /// id and the measure key (so a workbook can be matched back to the data).
    public func workbookTable(language: DisplayLanguage) -> Table {
        let zh = language == .zh
        var columns = [TableColumn(zh ? "月份" : "month"), TableColumn(zh ? "指标" : "series"), TableColumn(zh ? "口径" : "measure"),
                       TableColumn(zh ? "数值" : "value", alignment: .right), TableColumn(zh ? "单位" : "unit")]
        if checks != nil { columns += [TableColumn(zh ? "已有数据" : "dataset", alignment: .right), TableColumn(zh ? "核对" : "status")] }
        if merge != nil { columns.append(TableColumn(zh ? "合并" : "action")) }
        columns += [TableColumn(zh ? "文件" : "file"), TableColumn(zh ? "原文" : "text"), TableColumn("id"), TableColumn("measure_key")]
        var table = Table(title: zh ? "数字" : "figures", columns: columns)
        for (k, f) in figures.enumerated() {
            var row: [TableCell] = [.text(f.monthText), .text(BilingualNote.seriesName(f.id).text(in: language)),
                                    .text(f.measure.label(in: language)), .number(f.value),
                                    .text(f.measure.unitLabel(stored: f.unit, in: language))]
            if let checks { row += [.optionalNumber(checks[k].dataset), .text(checks[k].status.label(in: language))] }
            if let merge { row.append(.text(merge.entries[k].action.label(in: language))) }
            row += [.text(URL(fileURLWithPath: f.source).lastPathComponent), .text(f.span.text), .text(f.id), .text(f.measure.rawValue)]
            table.rows.append(row)
        }
        return table
    }

    /// The report as JSON: `records`, `unparsed`, `conflicts`, and `check` / `merge` when present. Keys and
    /// key values (`id`, `measure`, `status`, `action`) are the same in every language; the unparsed
    /// `reason` and a merge `note` are written in `language`.
    public func json(language: DisplayLanguage) -> JSONValue {
        func span(_ s: IngestSpan) -> JSONValue {
            .object([("start", .number(Double(s.start))), ("end", .number(Double(s.end))), ("text", .string(s.text))])
        }
        var root: [(key: String, value: JSONValue)] = []
        root.append(("records", .array(figures.map { f in
            .object([("month", .string(f.monthText)), ("id", .string(f.id)), ("value", .number(f.value)),
                     ("unit", .string(f.unit)), ("measure", .string(f.measure.rawValue)), ("span", span(f.span)),
                     ("source", .string(f.source))])
        })))
        root.append(("unparsed", .array(unparsed.map { u in
            .object([("text", .string(u.span.text)), ("start", .number(Double(u.span.start))),
                     ("end", .number(Double(u.span.end))), ("reason", .string(u.cause.text(in: language))),
                     ("source", .string(u.source))])
        })))
        root.append(("conflicts", .array(conflicts.map { c in
            .object([("month", .string(c.monthText)), ("id", .string(c.id)), ("measure", .string(c.measure.rawValue)),
                     ("first", span(c.first)), ("first_value", .number(c.firstValue)),
                     ("second", span(c.second)), ("second_value", .number(c.secondValue)), ("source", .string(c.source))])
        })))
        if let checks {
            root.append(("check", .array(checks.map { c in
                .object([("id", .string(c.figure.id)), ("month", .string(c.figure.monthText)),
                         ("measure", .string(c.figure.measure.rawValue)), ("parsed", .number(c.figure.value)),
                         ("dataset", .optionalNumber(c.dataset)), ("basis", .string(c.basis)),
                         ("status", .string(c.status.rawValue))])
            })))
        }
        if let merge {
            root.append(("merge", .array(merge.entries.map { e in
                .object([("id", .string(e.figure.id)), ("month", .string(e.figure.monthText)),
                         ("measure", .string(e.figure.measure.rawValue)), ("action", .string(e.action.rawValue)),
                         ("stored", .optionalNumber(e.stored)), ("note", .string(e.detail.text(in: language)))])
            })))
        }
        return .object(root)
    }
}

extension IngestCheckStatus {
    /// The status as a reader's table prints it: `agree`/`disagree`/`new`; 一致/不一致/无可比数据.
    public func label(in language: DisplayLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .agree: return "一致"
        case .disagree: return "不一致"
        case .new: return "无可比数据"
        }
    }
}

extension IngestMergeAction {
    /// The action as a reader's table prints it: the raw value in English; 已添加/未变/已修订/被拒绝/已跳过.
    public func label(in language: DisplayLanguage) -> String {
        guard language == .zh else { return rawValue }
        switch self {
        case .added: return "已添加"
        case .unchanged: return "未变"
        case .revised: return "已修订"
        case .refused: return "被拒绝"
        case .skipped: return "已跳过"
        }
    }
}

extension IngestConflict: LocalizedNote {
    /// The conflict as one line: month, the series by name, the measure, both statements and their values
    /// (`2030-04 New RMB loans (monthly), increase in the month: "…" (7300) vs "…" (8300)`;
    /// `2030年4月人民币贷款增加（当月增加）：“…”（7300）与“…”（8300）`).
    public func text(in language: DisplayLanguage) -> String {
        let name = BilingualNote.seriesName(id).text(in: language)
        let a = NumberText.shortest(firstValue), b = NumberText.shortest(secondValue)
        if language == .zh {
            return "\(month.year)年\(month.month)月\(name)（\(measure.label(in: .zh))）：“\(first.text)”（\(a)）与“\(second.text)”（\(b)）"
        }
        return "\(monthText) \(name), \(measure.label(in: .en)): \"\(first.text)\" (\(a)) vs \"\(second.text)\" (\(b))"
    }
}
