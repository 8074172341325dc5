/// Reads an `.xls` workbook — BIFF8 records ([MS-XLS]) in the `Workbook`
/// stream of an OLE2 compound file (``CompoundFile``) — in memory, in Swift,
/// with every length and offset checked.
///
/// The globals substream gives the sheets (BOUNDSHEET8: name and the stream
/// offset of the sheet's BOF), the shared strings (SST with its CONTINUE
/// records), the number formats (FORMAT, XF), the date system (DATEMODE: 1904)
/// and whether the file is encrypted (FILEPASS). Each sheet substream gives its
/// cells: NUMBER, RK, MULRK (RK numbers: a 30-bit integer or the top 30 bits
/// of an IEEE double, optionally divided by 100), LABELSST, LABEL, RSTRING,
/// BOOLERR and FORMULA with its cached result (a number, a boolean, an error,
/// or a string in the STRING record that follows). A number whose cell format
/// is a date or time format becomes text `YYYY-MM-DD` (`YYYY-MM-DD HH:MM:SS`,
/// `HH:MM:SS`), as cnfin's earlier FreeXL-based reader gave it.
///
/// Only BIFF8 (Excel 97–2003) is read: BIFF5 and older (no PBoC file here uses
/// them) are refused with a message. Cells are returned sorted by row and
/// column; a cell written twice keeps its last value.
///
/// It replaced FreeXL 1.0.6 (which crashed on crafted files) on 2026-12-05. Before FreeXL was
/// removed, a differential check gave the same `Workbook` (sheet names, every cell's position,
/// kind and value) on all 89 readable `.xls` of `Datasets/raw`, `../shared/datasets/raw` and the
/// test fixtures: 253 sheets, 23 974 cells. Cells of the xlwt-written fixtures, which FreeXL
/// refused, are checked against xlrd (`XLSReaderTests`).
enum XLSReader {
    static func read(bytes: [UInt8], file: String, limits: SpreadsheetLimits) throws(SpreadsheetError) -> Workbook {
        let container: CompoundFile
        do { container = try CompoundFile(bytes: bytes) } catch { throw .xlsFailed(file: file, sheet: "", reason: error.reason) }
        if container.stream(named: ["EncryptedPackage"]) != nil { throw .encrypted(file: file) }
        guard let entry = container.stream(named: ["Workbook", "Book"]) else {
            throw .xlsFailed(file: file, sheet: "", reason: "no Workbook stream in the OLE2 container (not an Excel workbook)")
        }
        guard entry.size <= limits.maxEntryBytes else {
            throw .xlsFailed(file: file, sheet: "", reason: "the Workbook stream declares \(entry.size) bytes, over the limit of \(limits.maxEntryBytes)")
        }
        let stream: [UInt8]
        do { stream = try container.contents(of: entry) } catch { throw .xlsFailed(file: file, sheet: "", reason: error.reason) }
        let globals: BIFFGlobals
        do { globals = try BIFFGlobals(stream: stream) } catch let failure as BIFFFailure {
            throw .xlsFailed(file: file, sheet: "", reason: failure.reason)
        } catch { throw .encrypted(file: file) }

        var sheets: [Worksheet] = []
        var budget = limits.maxCells
        // Sheet substreams are disjoint parts of the stream: together they hold fewer bytes than it.
        // (Crafted BOUNDSHEET offsets that point many sheets at the same records would otherwise
        // make the work quadratic in the file's size.)
        var scanned = 0
        for sheet in globals.sheets {
            do {
                let cells = try BIFFSheetReader.cells(stream: stream, at: sheet.offset, globals: globals, limits: limits, budget: &budget,
                                                      scanned: &scanned)
                sheets.append(Worksheet(name: sheet.name, cells: cells))
            } catch {
                switch error {
                case .failure(let reason): throw .xlsFailed(file: file, sheet: sheet.name, reason: reason)
                case .rows(let cell): throw .limitExceeded(file: file, sheet: sheet.name, cell: cell, limit: "\(limits.maxRows) rows")
                case .cells(let cell):
                    throw .limitExceeded(file: file, sheet: sheet.name, cell: cell, limit: "\(limits.maxCells) cells in the workbook")
                }
            }
        }
        return Workbook(source: file, format: .xls, sheets: sheets, uses1904Dates: globals.uses1904Dates)
    }
}

/// The FILEPASS record: the workbook is encrypted.
struct BIFFEncrypted: Error {}

/// What the globals substream says: sheets, shared strings, formats, date system.
struct BIFFGlobals {
    struct Sheet {
        var name: String
        /// Stream offset of the sheet's BOF record.
        var offset: Int
    }

    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    /// The number format of each XF record, by XF index.
    var xfFormats: [UInt16] = []
    /// Format codes of the FORMAT records, by format id.
    var formatCodes: [UInt16: String] = [:]
    var uses1904Dates = false
    /// The date kind of each XF index (computed once the formats are known).
    var xfDateKinds: [XLSDateKind] = []

    init(stream: [UInt8]) throws {
        var reader = BIFFRecordReader(data: stream)
        guard let bof = try reader.next(), [0x0809, 0x0409, 0x0209, 0x0009].contains(bof.opcode) else {
            throw BIFFFailure(reason: "the Workbook stream does not start with a BOF record")
        }
        let version = bof.opcode == 0x0809 ? try reader.u16(bof, 0) : 0
        guard version == 0x0600 else {
            let name = version == 0x0500 ? "BIFF5 (Excel 5.0/95)" : "a BIFF version older than BIFF8 (0x\(String(version, radix: 16)))"
            throw BIFFFailure(reason: "the workbook is \(name); cnfin reads BIFF8 (Excel 97–2003) .xls and .xlsx — save it in one of those")
        }
        while let r = try reader.next() {
            switch r.opcode {
            case 0x000A: // EOF
                xfDateKinds = xfFormats.map { XLSDateKind(format: $0, code: formatCodes[$0]) }
                return
            case 0x002F: // FILEPASS
                throw BIFFEncrypted()
            case 0x0022: // DATEMODE
                uses1904Dates = try reader.u16(r, 0) == 1
            case 0x0085: // BOUNDSHEET8: lbPlyPos, hsState, dt, ShortXLUnicodeString name
                let offset = Int(try reader.u32(r, 0))
                let count = Int(try reader.u8(r, 6))
                let flags = try reader.u8(r, 7)
                var name = try Self.string(reader, r, at: 8, count: count, wide: flags & 1 == 1)
                if name.isEmpty { name = "Sheet\(sheets.count + 1)" }
                sheets.append(Sheet(name: name, offset: offset))
            case 0x041E: // FORMAT: ifmt, XLUnicodeString
                let id = try reader.u16(r, 0)
                let count = Int(try reader.u16(r, 2))
                let flags = try reader.u8(r, 4)
                formatCodes[id] = try Self.string(reader, r, at: 5, count: count, wide: flags & 1 == 1)
            case 0x00E0: // XF: ifnt, ifmt
                xfFormats.append(try reader.u16(r, 2))
            case 0x00FC: // SST
                var data = try reader.continued(r)
                _ = try data.u32() // cstTotal
                let unique = Int(try data.u32())
                // Each string takes at least 3 bytes: never reserve more than the record can hold.
                let bytes = data.segments.reduce(0) { $0 + $1.count }
                sharedStrings.reserveCapacity(min(unique, bytes / 3))
                for _ in 0..<unique {
                    if data.atEnd { break }
                    sharedStrings.append(try Self.richString(&data))
                }
            default:
                break
            }
        }
        throw BIFFFailure(reason: "the workbook globals end without an EOF record")
    }

    /// Characters inside one record (no CONTINUE), compressed or UTF-16LE.
    static func string(_ reader: BIFFRecordReader, _ r: BIFFRecord, at: Int, count: Int, wide: Bool) throws(BIFFFailure) -> String {
        let size = wide ? 2 * count : count
        guard at + size <= r.length else { throw BIFFFailure(reason: "\(r.label): a string of \(count) characters runs past the record") }
        let start = r.body.lowerBound + at
        var units: [UInt16] = []
        units.reserveCapacity(count)
        for k in 0..<count {
            units.append(wide ? UInt16(reader.data[start + 2 * k]) | UInt16(reader.data[start + 2 * k + 1]) << 8
                              : UInt16(reader.data[start + k]))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// An XLUnicodeRichExtendedString ([MS-XLS] §2.5.293): cch, flags
    /// (fHighByte, fExtSt, fRichSt), cRun, cbExtRst, the characters, then the
    /// formatting runs and phonetic data, which are skipped.
    static func richString(_ data: inout BIFFContinuedData) throws(BIFFFailure) -> String {
        let count = Int(try data.u16())
        let flags = try data.u8()
        let runs = flags & 0x08 != 0 ? Int(try data.u16()) : 0
        let ext = flags & 0x04 != 0 ? Int(try data.u32()) : 0
        let text = try data.characters(count, highByte: flags & 1 == 1)
        try data.skip(4 * runs)
        try data.skip(ext)
        return text
    }
}

/// Reads the cells of one sheet substream.
enum BIFFSheetReader {
    enum Failure: Error {
        case failure(String)
        /// A cell (A1) beyond the row limit.
        case rows(String)
        /// The cell (A1) that went over the workbook's cell limit.
        case cells(String)
    }

    static func cells(stream: [UInt8], at offset: Int, globals: BIFFGlobals, limits: SpreadsheetLimits,
                      budget: inout Int, scanned: inout Int) throws(Failure) -> [Cell] {
        guard offset >= 0, offset < stream.count else {
            throw .failure("the sheet's offset \(offset) lies outside the Workbook stream (\(stream.count) bytes)")
        }
        var reader = BIFFRecordReader(data: stream, position: offset)
        var cells: [Cell] = []
        do {
            guard let bof = try reader.next(), bof.opcode == 0x0809 else {
                throw BIFFFailure(reason: "no BOF record at the sheet's offset \(offset)")
            }
            var depth = 0
            var pendingString: CellReference?
            func add(_ row: UInt16, _ column: UInt16, _ value: CellValue) throws(Failure) {
                let ref = CellReference(row: Int(row), column: Int(column))
                guard Int(row) < limits.maxRows else { throw .rows(ref.description) }
                budget -= 1
                guard budget >= 0 else { throw .cells(ref.description) }
                cells.append(Cell(reference: ref, value: value))
            }
            func number(_ x: Double, xf: UInt16, _ r: BIFFRecord) throws(Failure) -> CellValue {
                guard x.isFinite else { throw .failure("\(r.label): the number is not finite (\(x))") }
                let kind = Int(xf) < globals.xfDateKinds.count ? globals.xfDateKinds[Int(xf)] : .none
                if kind != .none, let text = kind.text(serial: x, uses1904Dates: globals.uses1904Dates) { return .date(text) }
                return .number(x)
            }
            while let r = try reader.next() {
                scanned += 4 + r.length
                guard scanned <= stream.count else {
                    throw BIFFFailure(reason: "\(r.label): the sheets' records overlap (more than the stream holds in all)")
                }
                switch r.opcode {
                case 0x0809:
                    depth += 1 // an embedded substream (a chart): skipped to its EOF
                case 0x000A:
                    if depth == 0 { return sorted(cells) }
                    depth -= 1
                case _ where depth > 0:
                    break
                case 0x0203: // NUMBER: row, col, ixfe, IEEE double
                    pendingString = nil
                    let x = Double(bitPattern: try reader.u64(r, 6))
                    try add(try reader.u16(r, 0), try reader.u16(r, 2), try number(x, xf: try reader.u16(r, 4), r))
                case 0x027E: // RK: row, col, ixfe, RK
                    pendingString = nil
                    let x = rk(try reader.u32(r, 6))
                    try add(try reader.u16(r, 0), try reader.u16(r, 2), try number(x, xf: try reader.u16(r, 4), r))
                case 0x00BD: // MULRK: row, colFirst, (ixfe, RK)…, colLast
                    pendingString = nil
                    let row = try reader.u16(r, 0)
                    let first = try reader.u16(r, 2)
                    let n = (r.length - 6) / 6
                    guard n >= 1, r.length == 6 + 6 * n else { throw BIFFFailure(reason: "\(r.label): a MULRK of \(r.length) bytes") }
                    for k in 0..<n {
                        let (column, overflow) = first.addingReportingOverflow(UInt16(k))
                        guard !overflow else { throw BIFFFailure(reason: "\(r.label): columns beyond 65535") }
                        let x = rk(try reader.u32(r, 6 + 6 * k))
                        try add(row, column, try number(x, xf: try reader.u16(r, 4 + 6 * k), r))
                    }
                case 0x00FD: // LABELSST: row, col, ixfe, isst
                    pendingString = nil
                    let index = Int(try reader.u32(r, 6))
                    guard index < globals.sharedStrings.count else {
                        throw BIFFFailure(reason: "\(r.label): shared string \(index) of \(globals.sharedStrings.count)")
                    }
                    try add(try reader.u16(r, 0), try reader.u16(r, 2), .text(globals.sharedStrings[index]))
                case 0x0204, 0x00D6: // LABEL, RSTRING: row, col, ixfe, XLUnicodeString
                    pendingString = nil
                    let count = Int(try reader.u16(r, 6))
                    let flags = try reader.u8(r, 8)
                    let text = try BIFFGlobals.string(reader, r, at: 9, count: count, wide: flags & 1 == 1)
                    try add(try reader.u16(r, 0), try reader.u16(r, 2), .text(text))
                case 0x0205: // BOOLERR: row, col, ixfe, bBoolErr, fError
                    pendingString = nil
                    let value = try reader.u8(r, 6)
                    let isError = try reader.u8(r, 7) == 1
                    try add(try reader.u16(r, 0), try reader.u16(r, 2), isError ? .error(errorText(value)) : .boolean(value != 0))
                case 0x0006: // FORMULA: row, col, ixfe, FormulaValue (8 bytes), …
                    pendingString = nil
                    let row = try reader.u16(r, 0)
                    let column = try reader.u16(r, 2)
                    let bits = try reader.u64(r, 6)
                    if bits >> 48 != 0xFFFF {
                        try add(row, column, try number(Double(bitPattern: bits), xf: try reader.u16(r, 4), r))
                    } else {
                        let b = UInt8(truncatingIfNeeded: bits >> 16)
                        switch UInt8(truncatingIfNeeded: bits) {
                        case 0: pendingString = CellReference(row: Int(row), column: Int(column)) // the STRING record follows
                        case 1: try add(row, column, .boolean(b != 0))
                        case 2: try add(row, column, .error(errorText(b)))
                        case 3: try add(row, column, .text("")) // an empty string
                        default: break
                        }
                    }
                case 0x0207: // STRING: the cached string result of the FORMULA before it
                    guard let ref = pendingString else { break }
                    pendingString = nil
                    var data = try reader.continued(r)
                    let count = Int(try data.u16())
                    let flags = try data.u8()
                    let text = try data.characters(count, highByte: flags & 1 == 1)
                    try add(UInt16(ref.row), UInt16(ref.column), .text(text))
                default:
                    break
                }
            }
            throw BIFFFailure(reason: "the sheet ends without an EOF record")
        } catch let failure as BIFFFailure {
            throw .failure(failure.reason)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .failure("\(error)")
        }
    }

    /// An RK number ([MS-XLS] §2.5.218): bit 0 divides by 100, bit 1 says the
    /// top 30 bits are a signed integer; otherwise they are the top 30 bits of a double.
    static func rk(_ v: UInt32) -> Double {
        let x: Double = v & 2 != 0 ? Double(Int32(bitPattern: v) >> 2) : Double(bitPattern: UInt64(v & 0xFFFF_FFFC) << 32)
        return v & 1 != 0 ? x / 100 : x
    }

    /// The text of a BErr error code ([MS-XLS] §2.5.10).
    static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        case 0x2B: return "#GETTING_DATA"
        default: return "#ERR\(code)"
        }
    }

    /// Cells by (row, column); of a cell written twice the last one wins.
    static func sorted(_ cells: [Cell]) -> [Cell] {
        let order = cells.indices.sorted { a, b in
            cells[a].reference != cells[b].reference ? cells[a].reference < cells[b].reference : a < b
        }
        var out: [Cell] = []
        out.reserveCapacity(cells.count)
        for i in order {
            if let last = out.last, last.reference == cells[i].reference { out[out.count - 1] = cells[i] } else { out.append(cells[i]) }
        }
        return out
    }
}
