import Foundation
import Testing
@testable import CNFinSpreadsheet

/// The Swift BIFF8 reader against xlrd (an independent reader; generated/*.xls.expected.json,
/// written by Fixtures/make_xls_fixtures.py with the workbooks themselves, from xlwt), and on
/// damaged containers and records: a `SpreadsheetError` naming the file and the reason, never a crash.
@Suite struct XLSReaderTests {
    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// Every non-empty cell xlrd reads equals ours: texts and dates exactly (text), numbers exactly
    /// (both readers decode the same IEEE or RK bits; RK ×100 values are divided by 100 in both, so
    /// the same double), booleans and errors; no cell of ours that xlrd does not have.
    @Test(arguments: ["features.xls", "features_1904.xls"])
    func matchesXlrd(name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("generated/\(name).expected.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/\(name)"), name: name)
        #expect(wb.format == .xls)
        #expect(wb.uses1904Dates == (json["datemode1904"] as? Bool))
        let sheets = try #require(json["sheets"] as? [[String: Any]])
        #expect(wb.sheets.map(\.name) == sheets.compactMap { $0["name"] as? String })
        var compared = 0
        for (sheet, expected) in zip(wb.sheets, sheets) {
            let cells = try #require(expected["cells"] as? [String: [String: Any]])
            #expect(sheet.cells.count == cells.count, "\(sheet.name)")
            for (a1, e) in cells {
                let ref = try #require(CellReference(a1))
                let cell = try #require(sheet.cell(at: ref), "\(sheet.name)!\(a1) missing")
                switch (e["type"] as? String, cell.value) {
                case ("text", .text(let s)): #expect(s == e["value"] as? String, "\(a1)")
                case ("date", .date(let s)): #expect(s == e["value"] as? String, "\(a1)")
                case ("number", .number(let x)): #expect(x == (e["value"] as? NSNumber)?.doubleValue, "\(a1)")
                case ("boolean", .boolean(let b)): #expect(b == e["value"] as? Bool, "\(a1)")
                case ("error", .error(let s)): #expect(s == e["value"] as? String, "\(a1)")
                default: Issue.record("\(sheet.name)!\(a1): xlrd \(e), ours \(cell.value)")
                }
                compared += 1
            }
        }
        #expect(compared > 400)
    }

    /// The long string crossing CONTINUE records (compressed, then UTF-16, …) comes back whole.
    @Test func sharedStringAcrossContinueRecords() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xls"))
        let long = try #require(wb.sheets.first?.cell(at: CellReference(row: 7, column: 0))?.text)
        let unit = String(repeating: "ascii-run-", count: 30) + String(repeating: "中文字符", count: 60)
        #expect(long == String(repeating: unit, count: 12))
    }

    /// The reproducers that crashed FreeXL 1.0.6 (heap over-read in memcpy, SEGV, stack over-read in
    /// iconv, a leak on a damaged OLE2 file; Fuzz/crashes/FuzzXLS): an error naming the file, or a workbook.
    @Test func freeXLCrashReproducersGiveErrors() throws {
        let dir = FixturePaths.root.appendingPathComponent("Fuzz/crashes/FuzzXLS")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names.count >= 4)
        for n in names {
            do {
                let wb = try SpreadsheetReader.read(path: dir.appendingPathComponent(n).path, name: n)
                _ = try? PBoCTableRecognizer.recognize(wb)
            } catch {
                #expect(error.description.contains(n))
            }
        }
    }

    /// Damaged containers and records, each built from features.xls: the error says what is wrong.
    @Test func damagedStructures() throws {
        let original = try Self.bytes(FixturePaths.fixture("generated/features.xls"))
        func u32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }
        func put32(_ b: inout [UInt8], _ i: Int, _ v: UInt32) { for k in 0..<4 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) } }
        func reason(_ b: [UInt8]) -> String {
            do { _ = try SpreadsheetReader.read(bytes: b, name: "bad.xls"); return "read" } catch { return error.description }
        }
        // The directory's chain points at itself (a cycle): the FAT entry of its first sector.
        var cycle = original
        let fatSector = u32(original, 76), dirSector = u32(original, 48)
        put32(&cycle, (fatSector + 1) * 512 + 4 * dirSector, UInt32(dirSector))
        #expect(reason(cycle).contains("loops"), "\(reason(cycle))")
        // A FAT sector beyond the end of the file.
        var outside = original
        put32(&outside, 76, 0x00FF_FFF0)
        #expect(reason(outside).contains("outside the file"), "\(reason(outside))")
        // More FAT sectors than the file has.
        var tooMany = original
        put32(&tooMany, 44, 0x7FFF_FFFF)
        #expect(reason(tooMany).contains("FAT sectors"), "\(reason(tooMany))")
        // Every truncation: an error naming the file (or, for a cut in unused space, a workbook).
        for cut in stride(from: 0, to: original.count, by: 509) {
            let r = reason(Array(original[..<cut]))
            #expect(r == "read" || r.hasPrefix("bad.xls"), "\(cut): \(r)")
        }
        #expect(reason(Array(original[..<(original.count / 2)])).contains("bad.xls: cannot read the .xls workbook"))
    }

    /// BIFF records: FILEPASS means encrypted; a BIFF5 workbook is refused with what to do.
    @Test func encryptedAndOldVersions() throws {
        let original = try Self.bytes(FixturePaths.fixture("generated/features.xls"))
        func find(_ needle: [UInt8], in b: [UInt8]) -> Int? {
            guard b.count >= needle.count else { return nil }
            return (0...(b.count - needle.count)).first { i in needle.indices.allSatisfy { b[i + $0] == needle[$0] } }
        }
        // DATEMODE (0x0022, 2 bytes) becomes FILEPASS (0x002F).
        var encrypted = original
        let datemode = try #require(find([0x22, 0x00, 0x02, 0x00], in: original))
        encrypted[datemode] = 0x2F
        #expect(throws: SpreadsheetError.encrypted(file: "enc.xls")) { try SpreadsheetReader.read(bytes: encrypted, name: "enc.xls") }
        // The globals BOF says BIFF5.
        var biff5 = original
        let bof = try #require(find([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00], in: original))
        biff5[bof + 5] = 0x05
        do {
            _ = try SpreadsheetReader.read(bytes: biff5, name: "old.xls")
            Issue.record("a BIFF5 workbook was read")
        } catch {
            #expect(error.description.contains("BIFF5"))
        }
    }

    /// The limits hold for .xls too: rows, cells, and the Workbook stream's size (the ZIP entry limit).
    @Test func limits() throws {
        let path = FixturePaths.fixture("generated/features.xls")
        #expect(throws: SpreadsheetError.self) { try SpreadsheetReader.read(path: path, limits: SpreadsheetLimits(maxRows: 1000)) }
        do {
            _ = try SpreadsheetReader.read(path: path, name: "f.xls", limits: SpreadsheetLimits(maxCells: 100))
            Issue.record("over the cell limit")
        } catch {
            guard case .limitExceeded(let file, _, _, let limit) = error else { Issue.record("\(error)"); return }
            #expect(file == "f.xls")
            #expect(limit.contains("100 cells"))
        }
        do {
            _ = try SpreadsheetReader.read(path: path, name: "f.xls", limits: SpreadsheetLimits(maxEntryBytes: 1000))
            Issue.record("over the stream limit")
        } catch {
            #expect(error.description.contains("Workbook stream declares"))
        }
    }
}
