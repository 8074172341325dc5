import Foundation
import Testing
@testable import CNFinSpreadsheet

/// Hand-built `.xls` files: a minimal OLE2 container ([MS-CFB]: one FAT sector, one directory
/// sector, the Workbook stream in regular sectors or, below 4096 bytes, in the mini stream) around
/// BIFF8 records written here, so that each record-level case is exact.
enum CraftedXLS {
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    static func record(_ opcode: Int, _ body: [UInt8]) -> [UInt8] { le16(opcode) + le16(body.count) + body }
    static func bof(_ type: Int) -> [UInt8] { record(0x0809, le16(0x0600) + le16(type) + [UInt8](repeating: 0, count: 12)) }
    static let eof = record(0x000A, [])
    /// A LABEL with a UTF-16LE XLUnicodeString: cch, flags 1, the code units.
    static func label(_ row: Int, _ col: Int, _ text: String) -> [UInt8] {
        var b: [UInt8] = []
        for u in text.utf16 { b += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        return record(0x0204, le16(row) + le16(col) + le16(15) + le16(text.utf16.count) + [1] + b)
    }
    static func number(_ row: Int, _ col: Int, _ x: Double) -> [UInt8] {
        record(0x0203, le16(row) + le16(col) + le16(15) + le32(UInt32(truncatingIfNeeded: x.bitPattern)) + le32(UInt32(x.bitPattern >> 32)))
    }

    /// A Workbook stream: the globals (`extraGlobals`, one BOUNDSHEET per sheet pointing at
    /// `offsets[i]` or at the sheet's own records) and each sheet's records between BOF and EOF.
    static func workbook(sheets: [[UInt8]], extraGlobals: [UInt8] = [], sameOffset: Bool = false) -> [UInt8] {
        let names = sheets.indices.map { Array("S\($0)".utf8) }
        let boundsheetSize = names.reduce(0) { $0 + 4 + 8 + $1.count }
        var offset = bof(5).count + extraGlobals.count + boundsheetSize + eof.count
        var globals = bof(5) + extraGlobals
        for (i, sheet) in sheets.enumerated() {
            globals += record(0x0085, le32(UInt32(offset)) + [0, 0, UInt8(names[i].count), 0] + names[i])
            if !sameOffset { offset += bof(0x10).count + sheet.count + eof.count }
        }
        return sheets.reduce(globals + eof) { $0 + bof(0x10) + $1 + eof }
    }

    /// The OLE2 file holding `stream` as "Workbook".
    static func container(_ stream: [UInt8]) -> [UInt8] {
        let mini = stream.count < 4096
        let free: UInt32 = 0xFFFF_FFFF, end: UInt32 = 0xFFFF_FFFE
        var fat: [UInt32] = [0xFFFF_FFFD, end] // sector 0: the FAT; sector 1: the directory
        var body: [UInt8] = []
        var streamStart: UInt32, miniFATStart = end, rootStart = end, rootSize = 0
        if mini {
            // Sector 2: the MiniFAT; sectors 3…: the mini stream (the root entry's data).
            let blocks = (stream.count + 63) / 64
            var minifat = (0..<blocks).map { UInt32($0 + 1) }
            minifat[blocks - 1] = end
            body += minifat.flatMap(le32) + [UInt8](repeating: 0xFF, count: 512 - 4 * blocks)
            fat.append(end)
            miniFATStart = 2
            let container = stream + [UInt8](repeating: 0, count: blocks * 64 - stream.count)
            let sectors = (container.count + 511) / 512
            for k in 0..<sectors { fat.append(k == sectors - 1 ? end : UInt32(4 + k)) }
            body += container + [UInt8](repeating: 0, count: sectors * 512 - container.count)
            rootStart = 3
            rootSize = container.count
            streamStart = 0
        } else {
            let sectors = (stream.count + 511) / 512
            for k in 0..<sectors { fat.append(k == sectors - 1 ? end : UInt32(3 + k)) }
            body += stream + [UInt8](repeating: 0, count: sectors * 512 - stream.count)
            streamStart = 2
        }
        fat += [UInt32](repeating: free, count: 128 - fat.count)
        func entry(_ name: String, type: UInt8, child: UInt32, start: UInt32, size: Int) -> [UInt8] {
            var out: [UInt8] = []
            for u in name.utf16 { out += [UInt8(u & 0xFF), UInt8(u >> 8)] }
            out += [0, 0]
            let length = out.count
            out += [UInt8](repeating: 0, count: 64 - length)
            out += le16(length)
            out += [type, 1]
            out += le32(free) + le32(free) + le32(child)
            out += [UInt8](repeating: 0, count: 36)
            out += le32(start) + le32(UInt32(size)) + le32(0)
            return out
        }
        var directory = entry("Root Entry", type: 5, child: 1, start: rootStart, size: rootSize)
            + entry("Workbook", type: 2, child: free, start: streamStart, size: stream.count)
        directory += [UInt8](repeating: 0, count: 512 - directory.count)
        var header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) + [UInt8](repeating: 0, count: 6)
        header += le32(0) + le32(1) + le32(1) + le32(0) + le32(4096) + le32(miniFATStart) + le32(mini ? 1 : 0) + le32(end) + le32(0)
        header += le32(0) + [UInt32](repeating: free, count: 108).flatMap(le32)
        return header + fat.flatMap(le32) + directory + body
    }

    static func read(_ sheets: [[UInt8]], extraGlobals: [UInt8] = [], sameOffset: Bool = false) throws(SpreadsheetError) -> Workbook {
        try SpreadsheetReader.read(bytes: container(workbook(sheets: sheets, extraGlobals: extraGlobals, sameOffset: sameOffset)), name: "c.xls")
    }

    static func failure(_ sheets: [[UInt8]], extraGlobals: [UInt8] = [], sameOffset: Bool = false) -> String {
        do { _ = try read(sheets, extraGlobals: extraGlobals, sameOffset: sameOffset); return "read" } catch { return error.description }
    }
}

@Suite struct XLSCraftedTests {
    /// A small workbook lives in the mini stream (64-byte mini sectors chained by the MiniFAT);
    /// a large one in regular sectors: both read the same cells.
    @Test func miniStreamAndRegularSectors() throws {
        let small = try CraftedXLS.read([CraftedXLS.label(0, 0, "货币供应量") + CraftedXLS.number(1, 2, 2820504.68)])
        #expect(small.sheets.map(\.name) == ["S0"])
        #expect(small.sheets[0].cells.map(\.value) == [.text("货币供应量"), .number(2820504.68)])
        var many: [UInt8] = []
        for r in 0..<400 { many += CraftedXLS.number(r, 0, Double(r) / 4) }
        let large = try CraftedXLS.read([many, CraftedXLS.label(3, 1, "end")])
        #expect(large.sheets[0].cells.count == 400)
        #expect(large.sheets[0].cell(at: CellReference(row: 399, column: 0))?.number == 99.75)
        #expect(large.sheets[1].cells.map(\.value) == [.text("end")])
    }

    /// A compressed string is Latin-1 (each byte one code unit), not UTF-8.
    @Test func compressedStringsAreLatin1() throws {
        let wb = try CraftedXLS.read([CraftedXLS.record(0x0204, CraftedXLS.le16(0) + CraftedXLS.le16(0) + CraftedXLS.le16(15)
                                                           + CraftedXLS.le16(4) + [0, 0x63, 0x61, 0x66, 0xE9])])
        #expect(wb.sheets[0].cells.first?.text == "café")
    }

    /// Sheets whose BOUNDSHEET offsets all point at the same records: refused, not read again and again.
    @Test func overlappingSheetsAreRefused() throws {
        var cells: [UInt8] = []
        for r in 0..<50 { cells += CraftedXLS.number(r, 0, 1) }
        // Ten BOUNDSHEETs at the first sheet's records (the other nine substreams are empty):
        // reading them all would take ten times the records the stream holds.
        let r = CraftedXLS.failure([cells] + Array(repeating: [], count: 9), sameOffset: true)
        #expect(r.contains("overlap"), "\(r)")
    }

    /// Record-level damage: each an error naming the file, the sheet and the record's offset.
    @Test func damagedRecords() throws {
        // LABELSST pointing past the (absent) shared-string table.
        let sst = CraftedXLS.failure([CraftedXLS.record(0x00FD, CraftedXLS.le16(0) + CraftedXLS.le16(0) + CraftedXLS.le16(15) + CraftedXLS.le32(7))])
        #expect(sst.contains("c.xls: sheet \"S0\"") && sst.contains("shared string 7 of 0") && sst.contains("at offset"), "\(sst)")
        // A NaN NUMBER.
        let nan = CraftedXLS.failure([CraftedXLS.number(0, 0, .nan)])
        #expect(nan.contains("not finite"), "\(nan)")
        // A MULRK of the wrong length.
        let mulrk = CraftedXLS.failure([CraftedXLS.record(0x00BD, [0, 0, 0, 0, 1, 2, 3])])
        #expect(mulrk.contains("MULRK"), "\(mulrk)")
        // A LABEL whose string runs past its record.
        let label = CraftedXLS.failure([CraftedXLS.record(0x0204, CraftedXLS.le16(0) + CraftedXLS.le16(0) + CraftedXLS.le16(15) + CraftedXLS.le16(50) + [0, 65])])
        #expect(label.contains("runs past the record"), "\(label)")
        // A sheet without EOF: the stream ends inside it.
        var stream = CraftedXLS.workbook(sheets: [CraftedXLS.number(0, 0, 1)])
        stream.removeLast(4)
        let noEOF = (try? SpreadsheetReader.read(bytes: CraftedXLS.container(stream), name: "c.xls")) == nil
        #expect(noEOF)
        // An SST announcing more strings than it holds: the strings it holds are read, a reference past them is an error.
        let sstRecord = CraftedXLS.record(0x00FC, CraftedXLS.le32(5) + CraftedXLS.le32(5) + CraftedXLS.le16(2) + [0] + Array("ab".utf8))
        let one = try CraftedXLS.read([CraftedXLS.record(0x00FD, CraftedXLS.le16(0) + CraftedXLS.le16(0) + CraftedXLS.le16(15) + CraftedXLS.le32(0))],
                                      extraGlobals: sstRecord)
        #expect(one.sheets[0].cells.first?.text == "ab")
    }

    /// FORMULA cached results: a number, a boolean, an error, and a string from the STRING record after it.
    @Test func formulaResults() throws {
        func formula(_ col: Int, _ value: [UInt8]) -> [UInt8] {
            CraftedXLS.record(0x0006, CraftedXLS.le16(0) + CraftedXLS.le16(col) + CraftedXLS.le16(15) + value + [0, 0, 0, 0, 0, 0] + [0, 0])
        }
        let x = 12.5.bitPattern
        let records = formula(0, CraftedXLS.le32(UInt32(truncatingIfNeeded: x)) + CraftedXLS.le32(UInt32(x >> 32)))
            + formula(1, [1, 0, 1, 0, 0, 0, 0xFF, 0xFF]) + formula(2, [2, 0, 0x2A, 0, 0, 0, 0xFF, 0xFF])
            + formula(3, [0, 0, 0, 0, 0, 0, 0xFF, 0xFF]) + CraftedXLS.record(0x0207, CraftedXLS.le16(3) + [1] + [0x2D, 0x4E, 0x87, 0x65, 0x21, 0x00])
        let cells = try CraftedXLS.read([records]).sheets[0].cells.map(\.value)
        #expect(cells == [.number(12.5), .boolean(true), .error("#N/A"), .text("中文!")])
    }
}
