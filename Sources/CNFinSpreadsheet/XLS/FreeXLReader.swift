import CFreeXL

/// TEMPORARY (differential check of ``XLSReader``; removed with FreeXL): reads an `.xls` workbook through
/// FreeXL: every sheet's cells (integers, doubles, shared and inline
/// strings, dates as `YYYY-MM-DD`). Obfuscated (password) workbooks are refused.
/// FreeXL reads from a path, so the caller passes the file's path.
enum FreeXLReader {
    static func read(path: String, file: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> Workbook {
        var handle: UnsafeRawPointer?
        let opened = freexl_open(path, &handle)
        guard opened == FREEXL_OK, let handle else {
            if let handle { freexl_close(handle) }
            throw .xlsFailed(file: file, sheet: "", reason: opened == FREEXL_OK ? "no readable BIFF workbook in the file" : reason(opened))
        }
        defer { freexl_close(handle) }
        var info: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &info) == FREEXL_OK, info == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw .encrypted(file: file)
        }
        var dateMode: UInt32 = 0
        _ = freexl_get_info(handle, UInt16(FREEXL_BIFF_DATEMODE), &dateMode)
        var sheetCount: UInt32 = 0
        guard freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount) == FREEXL_OK else {
            throw .xlsFailed(file: file, sheet: "", reason: "cannot count the sheets")
        }
        var sheets: [Worksheet] = []
        var budget = limits.maxCells
        for index in 0..<UInt16(truncatingIfNeeded: sheetCount) {
            var namePointer: UnsafePointer<CChar>?
            var name = "Sheet\(index + 1)"
            if freexl_get_worksheet_name(handle, index, &namePointer) == FREEXL_OK, let namePointer {
                name = String(cString: namePointer)
            }
            guard freexl_select_active_worksheet(handle, index) == FREEXL_OK else {
                throw .xlsFailed(file: file, sheet: name, reason: "cannot select the sheet")
            }
            var rows: UInt32 = 0
            var columns: UInt16 = 0
            guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else {
                throw .xlsFailed(file: file, sheet: name, reason: "cannot read the sheet's dimensions")
            }
            if Int(rows) > limits.maxRows {
                throw .limitExceeded(file: file, sheet: name, cell: "A\(rows)", limit: "\(limits.maxRows) rows")
            }
            var cells: [Cell] = []
            for r in 0..<rows {
                for c in 0..<columns {
                    var v = FreeXL_CellValue()
                    let status = freexl_get_cell_value(handle, r, c, &v)
                    let ref = CellReference(row: Int(r), column: Int(c))
                    guard status == FREEXL_OK else {
                        throw .xlsFailed(file: file, sheet: name, reason: "cell \(ref): \(reason(status))")
                    }
                    let value: CellValue
                    switch Int32(v.type) {
                    case FREEXL_CELL_INT: value = .number(Double(v.value.int_value))
                    case FREEXL_CELL_DOUBLE: value = .number(v.value.double_value)
                    case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT:
                        guard let p = v.value.text_value else { continue }
                        value = .text(String(cString: p))
                    case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
                        guard let p = v.value.text_value else { continue }
                        value = .date(String(cString: p))
                    default:
                        continue
                    }
                    budget -= 1
                    if budget < 0 {
                        throw .limitExceeded(file: file, sheet: name, cell: ref.description, limit: "\(limits.maxCells) cells in the workbook")
                    }
                    cells.append(Cell(reference: ref, value: value))
                }
            }
            sheets.append(Worksheet(name: name, cells: cells))
        }
        return Workbook(source: file, format: .xls, sheets: sheets, uses1904Dates: dateMode == UInt32(FREEXL_BIFF_DATEMODE_1904))
    }

    static func reason(_ status: Int32) -> String {
        switch status {
        case FREEXL_FILE_NOT_FOUND: return "file not found"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            return "the OLE2 container header is damaged"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR: return "the file is truncated or damaged (read error)"
        case FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_INVALID_MINI_STREAM,
             FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "the OLE2 allocation table is damaged"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "no BIFF workbook stream in the container"
        case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX: return "the shared-string table is damaged"
        case FREEXL_INSUFFICIENT_MEMORY: return "out of memory"
        case FREEXL_CRAFTED_FILE: return "the file is severely corrupted (FreeXL refuses it as crafted)"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET: return "text in an unsupported code page"
        default: return "FreeXL error \(status)"
        }
    }
}
