import CNFinSpreadsheet
import FuzzSupport

/// The body shared by the spreadsheet targets: what a read workbook and its
/// recognised PBoC tables must satisfy, and that every failure names the file.
///
/// Invariants, beyond "no crash, no hang":
/// - every failure is a ``SpreadsheetError`` (the readers throw typed errors,
///   so this holds by construction) whose message names the file;
/// - the workbook has the format its first bytes say and the source it was given;
/// - in every sheet, cells are strictly increasing by (row, column) (sorted,
///   no cell twice), rows lie below the row limit, the workbook has no more
///   cells than the cell limit, `rowCount` / `columnCount` agree with the
///   cells, `cell(at:)` finds every cell, every number is finite, every A1
///   reference parses back to the same cell, and merged ranges are ordered;
/// - when ``PBoCTableRecognizer`` recognises the workbook: each table's months
///   are strictly increasing and valid, every observation is finite, for one
///   of those months, named once per series and month, and points at a cell
///   of its sheet.
public enum SpreadsheetFuzzCheck {
    /// The limits of `cnfin import` (the defaults).
    public static let limits = SpreadsheetLimits.default

    /// Checks the outcome of one read: the workbook, or the error.
    public static func check(_ outcome: Result<Workbook, SpreadsheetError>, source: String, format: Workbook.Format) {
        switch outcome {
        case .failure(let error):
            checkNamesFile(error, source)
        case .success(let workbook):
            checkShape(workbook, source: source, format: format)
            checkRecognition(workbook, source: source)
        }
    }

    static func checkNamesFile(_ error: SpreadsheetError, _ source: String) {
        let message = error.description
        fuzzCheck(message.contains(source), "the error does not name the file: \(message)")
    }

    static func checkShape(_ workbook: Workbook, source: String, format: Workbook.Format) {
        fuzzCheck(workbook.source == source, "source \(workbook.source) instead of \(source)")
        fuzzCheck(workbook.format == format, "format \(workbook.format) for a \(format) file")
        var total = 0
        for sheet in workbook.sheets {
            var previous: CellReference?
            var maxColumn = -1
            for cell in sheet.cells {
                let r = cell.reference
                fuzzCheck(r.row >= 0 && r.column >= 0 && r.row < limits.maxRows, "sheet \(sheet.name): cell at row \(r.row), column \(r.column)")
                if let p = previous { fuzzCheck(p < r, "sheet \(sheet.name): cell \(r) after \(p) (unsorted or repeated)") }
                previous = r
                maxColumn = max(maxColumn, r.column)
                if case .number(let x) = cell.value { fuzzCheck(x.isFinite, "sheet \(sheet.name): cell \(r) = \(x)") }
                fuzzCheck(sheet.cell(at: r) == cell, "sheet \(sheet.name): cell(at: \(r)) does not find the cell")
                // Three column letters reach column 18 277 (ZZZ); beyond, the A1 text is not a reference.
                if r.column < 18_278 {
                    fuzzCheck(CellReference(r.description) == r, "sheet \(sheet.name): \(r.description) does not parse back to \(r.row),\(r.column)")
                }
                total += 1
            }
            fuzzCheck(sheet.rowCount == (sheet.cells.last.map { $0.reference.row + 1 } ?? 0), "sheet \(sheet.name): rowCount \(sheet.rowCount)")
            fuzzCheck(sheet.columnCount == maxColumn + 1, "sheet \(sheet.name): columnCount \(sheet.columnCount), widest \(maxColumn + 1)")
            for m in sheet.mergedRanges {
                fuzzCheck(m.first.row <= m.last.row && m.first.column <= m.last.column, "sheet \(sheet.name): merged range \(m)")
            }
        }
        fuzzCheck(total <= limits.maxCells, "\(total) cells over the limit of \(limits.maxCells)")
    }

    static func checkRecognition(_ workbook: Workbook, source: String) {
        let tables: [PBoCTable]
        do {
            tables = try PBoCTableRecognizer.recognize(workbook)
        } catch {
            checkNamesFile(error, source)
            return
        }
        for table in tables {
            for (a, b) in zip(table.months, table.months.dropFirst()) {
                fuzzCheck(a < b, "sheet \(table.sheet): months \(a) then \(b)")
            }
            for m in table.months { fuzzCheck((1...12).contains(m.month), "sheet \(table.sheet): month \(m)") }
            let sheets = workbook.sheets.filter { $0.name == table.sheet }
            var seen: Set<String> = []
            for o in table.observations {
                let what = "sheet \(table.sheet): \(o.id) \(o.measure) \(o.year)-\(o.month) from \(o.cell)"
                fuzzCheck(o.value.isFinite, "\(what) = \(o.value)")
                fuzzCheck(table.months.contains(YearMonth(year: o.year, month: o.month)), "\(what): not a month of the table")
                // A figure is (series, measure, month): a stock's level and its growth rate share the id.
                fuzzCheck(seen.insert("\(o.id)|\(o.measure)|\(o.year)|\(o.month)").inserted, "\(what): the series, measure and month twice")
                fuzzCheck(sheets.contains { $0.cell(at: o.cell) != nil }, "\(what): no such cell in the sheet")
            }
        }
    }
}
