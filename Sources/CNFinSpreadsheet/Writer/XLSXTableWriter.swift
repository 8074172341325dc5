import CNFinOutput
import CNFinSupport
import CXLSXWriter
import Foundation

/// Writes ``Table``s as an `.xlsx` workbook through libxlsxwriter.
///
/// Each table becomes one sheet: a bold title row (the table's title, or the
/// sheet name), a bold header row, frozen panes below the header, then the
/// rows. A numeric cell is written as a number whose format shows as many
/// decimals as the most precise display text of its column (`0`, `0.0`,
/// `0.00` …, the rule of the text output); a display ending in `%` gets a
/// literal `%` suffix. A missing cell stays empty. The tables' notes — and a
/// line for each sheet with empty cells — go to a last sheet, `Notes`.
/// The document's creation date is fixed (2000-01-01T00:00:00Z), so the same
/// tables give the same bytes.
public enum XLSXTableWriter {
    /// The fixed creation time written to `docProps/core.xml`.
    public static let creationTime: time_t = 946_684_800

    /// The workbook's bytes. `sheetNames` default to names derived from the titles
    /// (``XLSXSheetName/names(for:)``); they are validated before any C call.
    public static func data(for tables: [Table], sheetNames: [String]? = nil) throws(SpreadsheetError) -> [UInt8] {
        let names = sheetNames ?? XLSXSheetName.names(for: tables.map(\.title))
        guard names.count == tables.count else {
            throw .invalidSheetName(name: names.joined(separator: ","), reason: "\(names.count) names for \(tables.count) tables")
        }
        let hasNotes = tables.contains { !$0.notes.isEmpty || $0.normalizedRows.contains { $0.contains(.missing) } }
        try XLSXSheetName.validate(all: names + (hasNotes ? ["Notes"] : []))
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("cnfin-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try build(tables, names: names, notesSheet: hasNotes, path: temporary.path)
        do throws(FileReadError) {
            return [UInt8](try FileContents.data(temporary))
        } catch {
            throw .writeFailed(path: temporary.path, reason: error.reason)
        }
    }

    /// Writes the workbook to `url` atomically (``AtomicFileWriter``); without
    /// `overwrite` an existing file is refused.
    public static func write(_ tables: [Table], to url: URL, sheetNames: [String]? = nil,
                             overwrite: Bool = true) throws(SpreadsheetError) {
        let bytes = try data(for: tables, sheetNames: sheetNames)
        do {
            try AtomicFileWriter(overwrite: overwrite).write(Data(bytes), to: url)
        } catch {
            throw .writeFailed(path: url.path, reason: error.description)
        }
    }

    /// Decimals shown by a display text such as `12.34`, `-0.5`, `11.4%` (0 for none).
    static func decimals(of display: String) -> Int {
        guard let dot = display.firstIndex(of: ".") else { return 0 }
        return display[display.index(after: dot)...].prefix { $0.isNumber }.count
    }

    static func build(_ tables: [Table], names: [String], notesSheet: Bool, path: String) throws(SpreadsheetError) {
        guard let workbook = workbook_new(path) else {
            throw .writeFailed(path: path, reason: "libxlsxwriter could not create the workbook")
        }
        var properties = lxw_doc_properties()
        properties.created = creationTime
        _ = workbook_set_properties(workbook, &properties)
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        var numberFormats: [String: UnsafeMutablePointer<lxw_format>] = [:]
        func numberFormat(_ code: String) -> UnsafeMutablePointer<lxw_format>? {
            if let f = numberFormats[code] { return f }
            guard let f = workbook_add_format(workbook) else { return nil }
            format_set_num_format(f, code)
            numberFormats[code] = f
            return f
        }
        var failure: SpreadsheetError?
        func check(_ status: lxw_error, _ sheet: String, _ row: Int, _ column: Int) {
            if status != LXW_NO_ERROR, failure == nil {
                let cell = CellReference(row: row, column: column)
                failure = .writeFailed(path: path, reason: "sheet \"\(sheet)\", cell \(cell): \(String(cString: lxw_strerror(status)))")
            }
        }
        var notes: [String] = []
        for (table, name) in zip(tables, names) {
            guard let sheet = workbook_add_worksheet(workbook, name) else {
                failure = .writeFailed(path: path, reason: "libxlsxwriter refused the sheet \"\(name)\"")
                break
            }
            let columns = table.normalizedColumns
            let rows = table.normalizedRows
            check(worksheet_write_string(sheet, 0, 0, table.title ?? name, bold), name, 0, 0)
            var widths = columns.map { DisplayWidth.of($0.header) }
            for (c, column) in columns.enumerated() {
                check(worksheet_write_string(sheet, 1, lxw_col_t(c), column.header, bold), name, 1, c)
            }
            worksheet_freeze_panes(sheet, 2, 0)
            // Column formats from the most precise display of each column.
            var codes: [String] = []
            for c in columns.indices {
                var places = 0
                var percent = false
                for row in rows {
                    if case .number(_, let display) = row[c] {
                        places = max(places, decimals(of: display))
                        if display.hasSuffix("%") { percent = true }
                    }
                }
                var code = places == 0 ? "0" : "0." + String(repeating: "0", count: min(places, 15))
                if percent { code += "\"%\"" }
                codes.append(code)
            }
            var missing = 0
            for (r, row) in rows.enumerated() {
                let excelRow = lxw_row_t(r + 2)
                for (c, cell) in row.enumerated() {
                    widths[c] = max(widths[c], DisplayWidth.of(cell.display))
                    switch cell {
                    case .text(let s):
                        if !s.isEmpty { check(worksheet_write_string(sheet, excelRow, lxw_col_t(c), s, nil), name, r + 2, c) }
                    case .number(let x, _):
                        if x.isFinite {
                            check(worksheet_write_number(sheet, excelRow, lxw_col_t(c), x, numberFormat(codes[c])), name, r + 2, c)
                        } else {
                            missing += 1
                        }
                    case .missing:
                        missing += 1
                    }
                }
            }
            for (c, w) in widths.enumerated() {
                check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), Double(min(max(w, 6), 60) + 2), nil), name, 0, c)
            }
            for note in table.notes { notes.append("\(name): \(note)") }
            if missing > 0 { notes.append("\(name): \(missing) empty cell(s) — no value for that row and column") }
        }
        if notesSheet, failure == nil, let sheet = workbook_add_worksheet(workbook, "Notes") {
            check(worksheet_write_string(sheet, 0, 0, "Notes", bold), "Notes", 0, 0)
            for (k, note) in notes.enumerated() {
                check(worksheet_write_string(sheet, lxw_row_t(k + 1), 0, note, nil), "Notes", k + 1, 0)
            }
            check(worksheet_set_column(sheet, 0, 0, 100, nil), "Notes", 0, 0)
        }
        let closed = workbook_close(workbook)
        if let failure { throw failure }
        guard closed == LXW_NO_ERROR else {
            throw .writeFailed(path: path, reason: String(cString: lxw_strerror(closed)))
        }
    }
}
