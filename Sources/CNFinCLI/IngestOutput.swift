import CNFin
import Foundation

/// Formats the result of `cnfin ingest` as text, CSV or JSON.
enum IngestOutput {
    static func render(figures: [IngestedFigure], unparsed: [IngestUnparsed], conflicts: [IngestConflict] = [],
                       checks: [IngestCheck]?, merge: IngestMergeReport?, format: OutputFormat) -> String {
        switch format {
        case .json: return json(figures: figures, unparsed: unparsed, conflicts: conflicts, checks: checks, merge: merge)
        case .csv: return csv(figures: figures, checks: checks, merge: merge)
        default: return text(figures: figures, unparsed: unparsed, conflicts: conflicts, checks: checks, merge: merge)
        }
    }

    static func span(_ s: IngestSpan) -> JSONValue {
        .object([("start", .number(Double(s.start))), ("end", .number(Double(s.end))), ("text", .string(s.text))])
    }

    static func number(_ x: Double?) -> String { x.map(NumberText.shortest) ?? "" }

    static func json(figures: [IngestedFigure], unparsed: [IngestUnparsed], conflicts: [IngestConflict] = [],
                     checks: [IngestCheck]?, merge: IngestMergeReport?) -> String {
        var root: [(key: String, value: JSONValue)] = []
        root.append(("records", .array(figures.map { f in
            .object([
                ("month", .string(f.monthText)), ("id", .string(f.id)), ("value", .number(f.value)),
                ("unit", .string(f.unit)), ("measure", .string(f.measure.rawValue)),
                ("span", .object([("start", .number(Double(f.span.start))), ("end", .number(Double(f.span.end))),
                                  ("text", .string(f.span.text))])),
                ("source", .string(f.source)),
            ])
        })))
        root.append(("unparsed", .array(unparsed.map { u in
            .object([("text", .string(u.span.text)), ("start", .number(Double(u.span.start))),
                     ("end", .number(Double(u.span.end))), ("reason", .string(u.reason)), ("source", .string(u.source))])
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
                         ("stored", .optionalNumber(e.stored)), ("note", .string(e.note))])
            })))
        }
        return JSONValue.object(root).serialized() + "\n"
    }

    static func csv(figures: [IngestedFigure], checks: [IngestCheck]?, merge: IngestMergeReport?) -> String {
        var header = ["month", "id", "value", "unit", "measure", "span_start", "span_end", "span"]
        if checks != nil { header += ["dataset", "basis", "status"] }
        if merge != nil { header += ["action"] }
        var lines = [header.map(quote).joined(separator: ",")]
        for (k, f) in figures.enumerated() {
            var row = [f.monthText, f.id, number(f.value), f.unit, f.measure.rawValue, String(f.span.start),
                       String(f.span.end), f.span.text]
            if let checks { row += [number(checks[k].dataset), checks[k].basis, checks[k].status.rawValue] }
            if let merge { row += [merge.entries[k].action.rawValue] }
            lines.append(row.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The figures as one ``Table`` whose values are numbers (for `--format xlsx`): the columns of the
    /// text output, and the file each figure came from.
    static func table(figures: [IngestedFigure], checks: [IngestCheck]?, merge: IngestMergeReport?) -> Table {
        var columns = [TableColumn("month"), TableColumn("id"), TableColumn("measure"),
                       TableColumn("value", alignment: .right), TableColumn("unit")]
        if checks != nil { columns += [TableColumn("dataset", alignment: .right), TableColumn("status")] }
        if merge != nil { columns.append(TableColumn("action")) }
        columns += [TableColumn("file"), TableColumn("text")]
        var table = Table(title: "figures", columns: columns)
        for (k, f) in figures.enumerated() {
            var row: [TableCell] = [.text(f.monthText), .text(f.id), .text(f.measure.rawValue), .number(f.value), .text(f.unit)]
            if let checks { row += [.optionalNumber(checks[k].dataset), .text(checks[k].status.rawValue)] }
            if let merge { row.append(.text(merge.entries[k].action.rawValue)) }
            row += [.text(URL(fileURLWithPath: f.source).lastPathComponent), .text(f.span.text)]
            table.rows.append(row)
        }
        return table
    }

    static func quote(_ s: String) -> String {
        CSVWriter.field(s)
    }

    static func text(figures: [IngestedFigure], unparsed: [IngestUnparsed], conflicts: [IngestConflict] = [],
                     checks: [IngestCheck]?, merge: IngestMergeReport?) -> String {
        var columns = ["month", "id", "measure", "value", "unit"]
        if checks != nil { columns += ["dataset", "status"] }
        if merge != nil { columns += ["action"] }
        columns.append("text")
        var table = Table(columns: columns.map { TableColumn($0) })
        for (k, f) in figures.enumerated() {
            var row: [TableCell] = [.text(f.monthText), .text(f.id), .text(f.measure.rawValue), .text(number(f.value)), .text(f.unit)]
            if let checks { row += [.text(number(checks[k].dataset)), .text(checks[k].status.rawValue)] }
            if let merge { row += [.text(merge.entries[k].action.rawValue)] }
            row.append(.text(f.span.text))
            table.rows.append(row)
        }
        var out = table.rendered(as: .text)
        if !unparsed.isEmpty {
            out += "\nunparsed (\(unparsed.count)):\n"
            for u in unparsed { out += "  \(u.span.text) — \(u.reason)\n" }
        }
        if !conflicts.isEmpty {
            out += "\nconflicts (\(conflicts.count)), neither value kept:\n"
            for c in conflicts {
                out += "  \(c.monthText) \(c.id) \(c.measure.rawValue): \"\(c.first.text)\" (\(number(c.firstValue))) "
                    + "vs \"\(c.second.text)\" (\(number(c.secondValue)))\n"
            }
        }
        return out
    }
}
