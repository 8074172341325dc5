import Foundation
import Testing
@testable import CNFinSpreadsheet

/// Fuzz targets for the two readers, written as functions that take the bytes of one input — the
/// bodies a libFuzzer target would call (`LLVMFuzzerTestOneInput`). The repository has no Fuzz/
/// package yet on this branch, so they run here over a deterministic mutated corpus instead:
/// byte-level mutants of every fixture workbook, and structure-aware mutants of the .xlsx parts
/// (each XML part mutated with dictionary tokens and re-zipped with valid CRCs, so that the mutants
/// get past the ZIP layer into the XML scanner, shared strings, styles and sheet parsers).
///
/// The oracle is the fuzzer's: no crash, no hang; and on success the workbook is within the limits
/// (rows, cells) and the recogniser either finds tables or throws an error with a message.
enum SpreadsheetFuzzTargets {
    static let limits = SpreadsheetLimits(maxRows: 50_000, maxCells: 500_000, maxEntryBytes: 1 << 24)

    /// One .xlsx input: read it; if it reads, check the workbook and run the recogniser. Returns whether it read.
    @discardableResult
    static func xlsx(_ bytes: [UInt8]) -> Bool {
        guard let workbook = try? SpreadsheetReader.readXLSX(bytes: bytes, name: "fuzz.xlsx", limits: limits) else { return false }
        check(workbook)
        return true
    }

    /// One .xls input, through a temporary file in `directory` (the path of `cnfin import`).
    static func xls(_ bytes: [UInt8], directory: URL) {
        let url = directory.appendingPathComponent("fuzz-\(UUID().uuidString).xls")
        guard (try? Data(bytes).write(to: url)) != nil else { return }
        defer { try? FileManager.default.removeItem(at: url) }
        guard let workbook = try? SpreadsheetReader.read(path: url.path, limits: limits) else { return }
        check(workbook)
    }

    /// Invariants of a workbook that was read: cells within the limits and in order; recognition
    /// ends in tables or in an error that says something.
    static func check(_ workbook: Workbook) {
        var cells = 0
        for sheet in workbook.sheets {
            cells += sheet.cells.count
            #expect(sheet.rowCount <= limits.maxRows)
            for cell in sheet.cells { #expect(cell.reference.row >= 0 && cell.reference.column >= 0) }
        }
        #expect(cells <= limits.maxCells)
        do {
            for table in try PBoCTableRecognizer.recognize(workbook) {
                for o in table.observations { #expect((1...12).contains(o.month)) }
            }
        } catch {
            #expect(!error.description.isEmpty)
        }
    }
}

/// A stored (uncompressed) ZIP archive writer with CRC-32, for the structure-aware mutants.
enum StoredZip {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (ISO-HDLC, the ZIP checksum).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func le16(_ x: Int) -> [UInt8] { [UInt8(x & 0xFF), UInt8((x >> 8) & 0xFF)] }
    static func le32(_ x: UInt32) -> [UInt8] { (0..<4).map { UInt8((x >> (8 * $0)) & 0xFF) } }

    static func archive(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let offset = UInt32(out.count)
            let n = Array(name.utf8)
            let crc = crc32(data)
            let size = le32(UInt32(data.count))
            out += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc) + size + size
                + le16(n.count) + le16(0) + n + data
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(crc)
                + size + size + le16(n.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + n
        }
        let start = UInt32(out.count)
        out += central
        out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(UInt32(central.count)) + le32(start) + le16(0)
        return out
    }
}

/// Runs the fuzz targets over the mutated corpus.
@Suite struct ReaderFuzzTests {
    /// Tokens the structure-aware mutator inserts (attributes and elements of SpreadsheetML).
    static let dictionary = [
        #"<c r="A1" t="s"><v>999999</v></c>"#, #"<c r="XFD1048576"><v>1</v></c>"#, #"<c r="A0"><v>1</v></c>"#,
        #"<c r="ZZZZZ1"><v>1</v></c>"#, #"<c t="inlineStr"><is><t>2023年5月</t></is></c>"#, #"<c t="b"><v>2</v></c>"#,
        #"<c t="e"><v>#N/A</v></c>"#, #"<c s="99999"><v>45000</v></c>"#, #"<v>1e308</v>"#, #"<v>-nan</v>"#, #"<v>2000.1</v>"#,
        #"<row r="1048577">"#, #"<row r="0">"#, "</row>", "</sheetData>", #"<mergeCell ref="A1:XFD1048576"/>"#,
        #"<mergeCell ref="B2:A1"/>"#, #"<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>"#,
        #"numFmtId="14""#, #"<si><t>单位：亿元</t></si>"#, #"<si><r><t>货币供应量</t></r></si>"#, "&#x0;", "&#xFFFFFF;", "&amp;",
        "&unknown;", "<![CDATA[", "<!--", "<?xml", #"<pane xSplit="1" ySplit="99999999999" state="frozen"/>"#,
        #"<sheet name="" sheetId="1" r:id="rId999"/>"#, #"Target="/xl/../../etc/passwd""#, "\u{0}", "\u{FEFF}",
    ].map { Array($0.utf8) }

    static func corpus() throws -> (xlsx: [[UInt8]], xls: [[UInt8]]) {
        let generated = URL(fileURLWithPath: FixturePaths.fixture("generated"))
        let pboc = URL(fileURLWithPath: FixturePaths.fixture("pboc"))
        var xlsx: [[UInt8]] = []
        var xls: [[UInt8]] = []
        for dir in [generated, pboc] {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name != "million_rows.xlsx" {
                let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
                switch SpreadsheetReader.signature(of: bytes.prefix(8)) {
                case .zip: xlsx.append(bytes)
                case .ole2: xls.append(bytes)
                case .other: continue
                }
            }
        }
        return (xlsx, xls)
    }

    /// A byte-level mutant: flips, random bytes, a cut, a duplicated or deleted run, or a dictionary token.
    static func mutate(_ input: [UInt8], _ rng: inout SplitMix, dictionary: [[UInt8]] = []) -> [UInt8] {
        var b = input
        if b.isEmpty { return dictionary.first ?? [0] }
        for _ in 0..<(1 + Int(rng.next() % 4)) {
            let at = Int(rng.next() % UInt64(b.count))
            switch rng.next() % 7 {
            case 0: b[at] ^= UInt8(1 << (rng.next() % 8))
            case 1: b[at] = UInt8(truncatingIfNeeded: rng.next())
            case 2: b = Array(b[..<at])
            case 3:
                let end = min(b.count, at + 1 + Int(rng.next() % 64))
                b.insert(contentsOf: b[at..<end], at: at)
            case 4:
                let end = min(b.count, at + 1 + Int(rng.next() % 64))
                b.removeSubrange(at..<end)
            case 5 where !dictionary.isEmpty:
                b.insert(contentsOf: dictionary[Int(rng.next() % UInt64(dictionary.count))], at: at)
            default: b[at] = [0x00, 0xFF, 0x7F, 0x80, 0x3C, 0x3E, 0x22][Int(rng.next() % 7)]
            }
            if b.isEmpty { break }
        }
        return b
    }

    /// Byte mutants of every .xlsx fixture (mostly stopped by the ZIP layer: CRC, sizes, offsets).
    @Test func xlsxByteMutants() throws {
        let (xlsx, _) = try Self.corpus()
        #expect(xlsx.count >= 10, "the corpus: every .xlsx fixture (12 when written)")
        var rng = SplitMix(seed: 20261204)
        var runs = 0
        for input in xlsx {
            for _ in 0..<60 {
                SpreadsheetFuzzTargets.xlsx(Self.mutate(input, &rng))
                runs += 1
            }
        }
        #expect(runs == xlsx.count * 60)
    }

    /// Structure-aware mutants: one XML part of a fixture mutated (dictionary tokens, cuts, repeats) and
    /// the archive rebuilt stored with valid CRCs, so that every mutant reaches the XML parsers.
    @Test func xlsxPartMutants() throws {
        let (xlsx, _) = try Self.corpus()
        var rng = SplitMix(seed: 31)
        var reachedXML = 0
        var runs = 0
        var opened = 0
        var read = 0
        for input in xlsx {
            guard let archive = try? ZipArchive(bytes: input, file: "corpus") else { continue }
            let names = archive.entries.keys.sorted()
            var parts: [(name: String, data: [UInt8])] = []
            for name in names {
                guard let data = try? archive.read(name, maxBytes: 1 << 24) else { continue }
                parts.append((name, data))
            }
            guard parts.count == names.count else { continue }  // a part fails its CRC (corrupt.xlsx)
            opened += 1
            // The original, rebuilt stored, reads like the original.
            #expect((try? SpreadsheetReader.readXLSX(bytes: StoredZip.archive(parts), name: "stored")) != nil
                    || (try? SpreadsheetReader.readXLSX(bytes: input, name: "original")) == nil)
            for _ in 0..<80 {
                var mutated = parts
                let k = Int(rng.next() % UInt64(parts.count))
                mutated[k].data = Self.mutate(parts[k].data, &rng, dictionary: Self.dictionary)
                let bytes = StoredZip.archive(mutated)
                if (try? ZipArchive(bytes: bytes, file: "m")) != nil { reachedXML += 1 }
                if SpreadsheetFuzzTargets.xlsx(bytes) { read += 1 }
                runs += 1
            }
        }
        #expect(opened >= 8, "the fixtures whose archive opens (10 when written; truncated/corrupt ones do not)")
        #expect(runs == opened * 80)
        // Many mutants still read as workbooks, so the sheet parsers and the recogniser see them too.
        #expect(read * 4 >= runs, "\(read) of \(runs) mutants read")
        #expect(reachedXML == runs, "every rebuilt archive opens, so each mutant reaches the XML layer")
    }

    /// Byte mutants of the .xls fixtures and of a real credit-funds table, through the BIFF8 reader.
    @Test func xlsMutants() throws {
        var (_, xls) = try Self.corpus()
        if let credit = FixturePaths.creditTables().last { xls.append([UInt8](try Data(contentsOf: URL(fileURLWithPath: credit)))) }
        #expect(xls.count >= 6)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-xls-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMix(seed: 99)
        var runs = 0
        for input in xls {
            for _ in 0..<25 {
                SpreadsheetFuzzTargets.xls(Self.mutate(input, &rng), directory: dir)
                runs += 1
            }
        }
        #expect(runs == xls.count * 25)
    }
}
