import Foundation
import Testing
@testable import CNFinSpreadsheet

/// Bad input gives an error naming the file (and sheet and cell where they apply), never a crash.
struct BadInputTests {
    static func error(_ name: String) -> SpreadsheetError? {
        let path = FixturePaths.fixture("generated/\(name)")
        do {
            let wb = try SpreadsheetReader.read(path: path)
            _ = try PBoCTableRecognizer.recognize(wb)
            return nil
        } catch {
            return error
        }
    }

    @Test func truncatedArchive() throws {
        let e = try #require(Self.error("truncated.xlsx"))
        guard case .corruptArchive(let file, _) = e else { Issue.record("\(e)"); return }
        #expect(file.hasSuffix("truncated.xlsx"))
    }

    @Test func corruptedArchive() throws {
        let e = try #require(Self.error("corrupt.xlsx"))
        guard case .corruptArchive(_, let reason) = e else { Issue.record("\(e)"); return }
        #expect(reason.contains("xl/worksheets/sheet1.xml"))
    }

    @Test func encryptedWorkbook() throws {
        let e = try #require(Self.error("encrypted.xlsx"))
        #expect(e == .encrypted(file: FixturePaths.fixture("generated/encrypted.xlsx")))
    }

    /// An .xls renamed .xlsx is read as what its bytes say it is, and gives the same table.
    @Test func xlsRenamedXlsx() throws {
        let renamed = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/money_supply_2019_renamed.xlsx"))
        let original = try SpreadsheetReader.read(path: FixturePaths.fixture("pboc/货币供应量2019.xls"))
        #expect(renamed.format == .xls)
        #expect(renamed.sheets == original.sheets)
    }

    @Test func unknownTable() throws {
        let e = try #require(Self.error("unknown_table.xlsx"))
        guard case .unknownTable(_, let sheet, let found) = e else { Issue.record("\(e)"); return }
        #expect(sheet == "Sheet1")
        #expect(found.contains("某银行理财产品收益表"))
    }

    @Test func monthsOutOfOrder() throws {
        let e = try #require(Self.error("months_out_of_order.xlsx"))
        guard case .tableLayout(_, let sheet, let cell, let reason) = e else { Issue.record("\(e)"); return }
        #expect(sheet == "Sheet1")
        #expect(cell == "D3")
        #expect(reason.contains("out of order"))
    }

    @Test func monthsDuplicated() throws {
        let e = try #require(Self.error("months_duplicated.xlsx"))
        guard case .tableLayout(_, _, let cell, let reason) = e else { Issue.record("\(e)"); return }
        #expect(cell == "D3")
        #expect(reason.contains("repeats 2023-02"))
    }

    @Test func unitChangesBetweenSheets() throws {
        let e = try #require(Self.error("unit_changes.xlsx"))
        guard case .tableLayout(_, let sheet, _, let reason) = e else { Issue.record("\(e)"); return }
        #expect(sheet == "Sheet2")
        #expect(reason.contains("万亿元"))
    }

    @Test func millionRows() throws {
        let e = try #require(Self.error("million_rows.xlsx"))
        guard case .limitExceeded(_, let sheet, let cell, _) = e else { Issue.record("\(e)"); return }
        #expect(sheet == "Sheet")
        #expect(cell == "A1000000")
    }

    /// A damaged .xls (random bytes changed in the 2019 credit-funds table; 300 such mutants read
    /// read by the earlier FreeXL-based reader gave no crash): an error naming the file.
    @Test func damagedXLS() throws {
        let e = try #require(Self.error("damaged.xls"))
        guard case .xlsFailed(let file, _, let reason) = e else { Issue.record("\(e)"); return }
        #expect(file.hasSuffix("damaged.xls"))
        #expect(!reason.contains("error 0"))
    }

    @Test func notASpreadsheet() throws {
        let path = FixturePaths.root.appendingPathComponent("Package.swift").path
        #expect(throws: SpreadsheetError.self) { try SpreadsheetReader.read(path: path) }
        #expect(throws: SpreadsheetError.self) { try SpreadsheetReader.read(path: "/nonexistent/file.xlsx") }
    }

    /// An empty file is "not a spreadsheet (the file is empty)" — read without `Data(contentsOf:)`,
    /// which leaks its buffer on a zero-byte file on Linux (found by Fuzz/FuzzXLS).
    @Test func emptyFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-empty-\(UUID().uuidString).xls")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SpreadsheetReader.read(path: url.path, name: "empty.xls")
            Issue.record("an empty file was read")
        } catch {
            #expect(error == .unknownFormat(file: "empty.xls", reason: "the file is empty"))
        }
    }

    /// Every prefix and many single-byte corruptions of a valid workbook fail cleanly or read.
    @Test func mutationsNeverCrash() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("generated/features.xlsx"))))
        var rng = SplitMix(seed: 42)
        var outcomes = 0
        for k in stride(from: 0, to: bytes.count, by: 97) {
            _ = try? SpreadsheetReader.readXLSX(bytes: Array(bytes[..<k]), name: "prefix")
            outcomes += 1
        }
        for _ in 0..<400 {
            var b = bytes
            for _ in 0..<3 { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            if let wb = try? SpreadsheetReader.readXLSX(bytes: b, name: "mutant") { _ = try? PBoCTableRecognizer.recognize(wb) }
            outcomes += 1
        }
        #expect(outcomes > 400)
    }
}

extension BadInputTests {
    /// Mutants of a real .xls through the BIFF8 reader and the recogniser: an error or a table, never a crash.
    @Test func xlsMutationsNeverCrash() throws {
        let source = FixturePaths.root.appendingPathComponent("Datasets/raw/lingjf__fr/金融机构人民币信贷收支表2019m.xls")
        let bytes = [UInt8](try Data(contentsOf: source))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-xls-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix(seed: 7)
        var outcomes = 0
        for k in 0..<60 {
            var b = bytes
            for _ in 0..<(1 + k % 4) { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            if k % 10 == 0 { b = Array(b[..<Int(rng.next() % UInt64(b.count))]) }
            let url = dir.appendingPathComponent("m\(k).xls")
            try Data(b).write(to: url)
            do {
                _ = try PBoCTableRecognizer.recognize(SpreadsheetReader.read(path: url.path))
            } catch {
                #expect(!error.description.isEmpty)
            }
            outcomes += 1
        }
        #expect(outcomes == 60)
    }
}

/// A small deterministic generator for the mutation tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension BadInputTests {
    /// A deflated part whose directory entry declares far more bytes than its
    /// compressed data can inflate to (deflate's limit is 1032:1) is refused
    /// before the output buffer is allocated — a few KB declaring ~1 GiB (just
    /// under the per-part limit) used to allocate and zero it all (seen in review while writing FuzzXLSX).
    @Test func declaredSizeBeyondDeflateRatioIsRefused() throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("generated/features.xlsx"))))
        let target = Array("xl/worksheets/sheet1.xml".utf8)
        var patched = false
        var p = 0
        while p + 46 <= bytes.count {
            if bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 0x01, bytes[p + 3] == 0x02 {
                let nameLength = Int(bytes[p + 28]) | Int(bytes[p + 29]) << 8
                if p + 46 + nameLength <= bytes.count, Array(bytes[(p + 46)..<(p + 46 + nameLength)]) == target {
                    #expect(bytes[p + 10] == 8, "the fixture's sheet is deflated")
                    let declared: UInt32 = (1 << 30) - 1
                    for k in 0..<4 { bytes[p + 24 + k] = UInt8(truncatingIfNeeded: declared >> (8 * UInt32(k))) }
                    patched = true
                }
            }
            p += 1
        }
        #expect(patched)
        do {
            _ = try SpreadsheetReader.readXLSX(bytes: bytes, name: "bomb.xlsx")
            Issue.record("a declared size of 1 GiB from a few KB was accepted")
        } catch {
            guard case .corruptArchive(let file, let reason) = error else { Issue.record("\(error)"); return }
            #expect(file == "bomb.xlsx")
            #expect(reason.contains("xl/worksheets/sheet1.xml") && reason.contains("1032:1"), "\(reason)")
        }
    }
}
