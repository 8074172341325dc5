import Foundation
import Testing
@testable import CNFinSeries

/// The streaming path of the CSV stack (``CSVStreamReader``, ``CSVNumericSelection``) against the
/// whole-text path (``CSVScanner``, ``CSVNumericTable``): the same records, fields, lines,
/// columns and errors whatever the chunk size — so with a chunk boundary at every byte of the
/// text, cutting records, quoted fields, doubled quotes, CR LF pairs, multi-byte characters and
/// multi-byte line separators — and the same selected numbers and the same error as the
/// in-memory numeric reader, on hand-picked and random tables.
@Suite struct CSVStreamReaderTests {
    /// Records as text (``CSVRecordDebugRendering``), the form of ``CSVScannerEquivalenceTests``.
    static func whole(_ bytes: [UInt8]) -> String {
        CSVRecordDebugRendering.whole(bytes).joined(separator: "\n")
    }

    /// The same, streamed in chunks of `chunk` bytes from a source giving `step` bytes per read.
    static func streamed(_ bytes: [UInt8], chunk: Int, step: Int = .max) -> String {
        var source = CSVByteSlices(bytes: bytes, step: step)
        return CSVRecordDebugRendering.streamed(&source, chunkSize: chunk).joined(separator: "\n")
    }

    /// Checks every chunk size from 1 (4, the minimum) to the whole text, so that the first
    /// chunk boundary falls after every byte, and once more with the text behind four blank
    /// lines so that it also falls at its first bytes; and 1-byte reads.
    static func checkEveryBoundary(_ text: String) {
        let bytes = Array(text.utf8)
        let expected = whole(bytes)
        for chunk in 1...(bytes.count + 1) {
            #expect(streamed(bytes, chunk: chunk) == expected, "chunk \(chunk): \(text.debugDescription)")
        }
        #expect(streamed(bytes, chunk: 4, step: 1) == expected, "1-byte reads: \(text.debugDescription)")
        let shifted = Array("\n\n\n\n".utf8) + bytes
        let expectedShifted = whole(shifted)
        for chunk in 4...min(8, shifted.count + 1) {
            #expect(streamed(shifted, chunk: chunk) == expectedShifted, "shifted, chunk \(chunk): \(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "", "\u{FEFF}", "\u{FEFF}a,b\r\n1,2\r\n", "a,b\n1,2", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "\n\n  \n\t\n", "\"\"\n",
        "id,名称,unit\nm2,广义货币,亿元\nm1,\"狭义,货币\",亿\n", "a,\"b\"\"c\",d\n", "a,\"two\r\nlines\",z\nq,w,e\n",
        "a,\"x\u{2028}y\u{85}z\u{0B}w\",b\n1,2,3", "a,\"\u{2029}\u{2028}\u{85}\"\r\n", "a,b\"c\n", "a,\"b\"c\n", "a,\"b\n",
        "亿元,\"亿\"x\n", "\"a\" \t,b\n", "a, \"b\"\n", "x,\u{2028}\n\u{85},y", "α,β\nγ,\"δ\"\"ε\",ζ", "a,,\n,,\n",
        "\u{FEFF}\"id\",v\n1,2", "y,x\r\n1.5,\"2\r\n3\"\r\n\"\"\"\",4\r\n", "a\r\r\n\r\nb\r", "😀,\"😀\r\n😀\"\n",
    ])
    func chunkBoundaries(text: String) {
        Self.checkEveryBoundary(text)
    }

    @Test func randomTextsAtEveryBoundary() {
        let alphabet: [String] = [",", ",", "\"", "\"", "\n", "\r", "\r\n", " ", "\t", "a", "1", ".", "亿", "\u{85}",
                                  "\u{2028}", "é", "😀", "\u{0B}"]
        var generator = SplitMix64(seed: 20_261_205)
        for _ in 0..<300 {
            let length = Int(generator.next() % 24)
            var text = generator.next() % 10 == 0 ? "\u{FEFF}" : ""
            for _ in 0..<length { text += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            Self.checkEveryBoundary(text)
        }
    }

    /// A file that is not UTF-8 is reported as such, wherever the bad byte lies and whatever
    /// other error comes first; a character cut by a chunk boundary is not a bad byte.
    @Test func invalidUTF8() {
        let bad: [[UInt8]] = [
            Array("a,b\n1,2\n".utf8) + [0xFF] + Array("\n".utf8),
            Array("a,\"b\n".utf8) + Array(repeating: 0x61, count: 40) + [0xC3, 0x28],
            Array("a,b\"c\n".utf8) + Array(repeating: 0x61, count: 40) + [0xE4, 0xBA],
            [0xED, 0xA0, 0x80],
        ]
        for bytes in bad {
            for chunk in [4, 5, 7, 16, 1 << 20] {
                #expect(Self.streamed(bytes, chunk: chunk) == "error: f.csv: cannot read: not valid UTF-8", "\(bytes), \(chunk)")
            }
        }
    }

    /// The in-memory reader's selection, or its error, as text.
    static func inMemory(_ text: String, _ names: [String], dropMissing: Bool) -> String {
        do {
            let table = try CSVNumericTable(text: text, fileName: "t.csv")
            let selected = try table.select(names, dropMissing: dropMissing)
            return describe(names: table.columnNames, columns: selected.columns, lines: selected.lines, rows: table.rowCount)
        } catch {
            return "error: \(error)"
        }
    }

    /// The streaming reader's, in chunks of `chunk` bytes.
    static func streamedSelection(_ text: String, _ names: [String], dropMissing: Bool, chunk: Int) -> String {
        var source = CSVByteSlices(bytes: Array(text.utf8), step: .max)
        do {
            let s = try CSVNumericSelection.read(source: &source, file: "t.csv", chunkSize: chunk, columns: names,
                                                 dropMissing: dropMissing)
            return describe(names: s.columnNames, columns: s.columns, lines: s.lines, rows: s.rowCount)
        } catch {
            return "error: \(error)"
        }
    }

    /// Values by their bits, so that equality is bit for bit.
    static func describe(names: [String], columns: [[Double]], lines: [Int], rows: Int) -> String {
        "\(names) rows \(rows) lines \(lines) " + columns.map { "\($0.map(\.bitPattern))" }.joined(separator: ";")
    }

    @Test(arguments: [
        "a,b\n1,2\n3,4\n", "a,b\r\n1.5e3,2\r\n,4\r\n-2E-2,\"5\"\r\n", "\u{FEFF}a,b\n1,1\n\n2,2\n", "a,b\nNA,1\nN/A,2\n",
        "a,b\n1,2,3\n", "a,b\n1,abc\n", "a,b\ninf,2\n", "a,a\n1,2\n", "a,\n1,2\n", "a,a\n1,2,3\n", "a,\n1\n", "", "\n\n",
        "a,b\n\"1\n", "a,b\n1,x\n2\n", "a,b\nx,1\n1,y\n", "a,b\n1,\n2,y\n", "a,b\n,1\n1,\n", "a, b \n 1 , 2 \n",
        "zz,b\n1,2\n", "a,b\n1,2\n3,4", "a,b\r\n1,2\r", "a,b\n1e308,4.9e-324\n",
    ])
    func selectionAsInMemory(text: String) {
        for names in [["a", "b"], ["b", "a"], ["b"], ["zz", "a"], ["a", "zz"], [], ["a", "a"]] {
            for dropMissing in [false, true] {
                let expected = Self.inMemory(text, names, dropMissing: dropMissing)
                for chunk in [4, 5, 6, 7, 9, 13, 1 << 20] {
                    #expect(Self.streamedSelection(text, names, dropMissing: dropMissing, chunk: chunk) == expected,
                            "\(text.debugDescription) \(names) \(dropMissing) chunk \(chunk)")
                }
            }
        }
    }

    @Test func randomSelectionsAsInMemory() {
        let cells = ["1", "-2.5", "3e4", "1E-3", "+7", ".5", "5.", "0", "NA", "NaN", "", " ", " 8 ", "abc", "1e",
                     "inf", "\"4\"", "\"\"", "6.02214076e23", "-0.0", "#N/A", "\"1\r\n2\"", "亿"]
        var generator = SplitMix64(seed: 20_261_206)
        var agreed = 0, rejected = 0
        for _ in 0..<1_500 {
            let columns = 1 + Int(generator.next() % 3)
            let rows = Int(generator.next() % 6)
            let newline = generator.next() % 3 == 0 ? "\r\n" : "\n"
            // Mostly a good header; sometimes an empty or repeated name.
            var headerNames = (0..<columns).map { "c\($0)" }
            if generator.next() % 8 == 0 { headerNames[Int(generator.next() % UInt64(columns))] = ["", "c0"][Int(generator.next() % 2)] }
            var text = headerNames.joined(separator: ",") + newline
            for _ in 0..<rows {
                if generator.next() % 8 == 0 { text += newline }
                let count = generator.next() % 10 == 0 ? columns + 1 : columns
                // Mostly good numbers; every kind of cell sometimes.
                text += (0..<count).map { _ in
                    generator.next() % 3 == 0 ? cells[Int(generator.next() % UInt64(cells.count))] : cells[Int(generator.next() % 8)]
                }.joined(separator: ",") + newline
            }
            let names = (0..<(1 + Int(generator.next() % 3))).map { _ in ["c0", "c1", "c2", "c0", "c9"][Int(generator.next() % 5)] }
            let dropMissing = generator.next() % 2 == 0
            let expected = Self.inMemory(text, names, dropMissing: dropMissing)
            let chunk = 4 + Int(generator.next() % 24)
            #expect(Self.streamedSelection(text, names, dropMissing: dropMissing, chunk: chunk) == expected,
                    "\(text.debugDescription) \(names) \(dropMissing) chunk \(chunk)")
            if expected.hasPrefix("error") { rejected += 1 } else { agreed += 1 }
        }
        #expect(agreed > 200 && rejected > 200, "agreed \(agreed), rejected \(rejected)")
    }

    /// From a file: the same as from the text; a missing file gives ``CSVTable/readText(_:)``'s error.
    @Test func file() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("d.csv")
        var text = "y,x,note\n"
        for i in 0..<50_000 { text += "\(Double(i) * 0.25),\(-Double(i) / 3),\"row \(i)\r\n\"\"q\"\"\"\n" }
        try Data(text.utf8).write(to: url)
        let streamed = try CSVNumericSelection.read(url: url, columns: ["x", "y"])
        let table = try CSVNumericTable(text: text, fileName: "d.csv")
        let expected = try table.select(["x", "y"])
        #expect(streamed.columns == expected.columns && streamed.lines == expected.lines && streamed.rowCount == 50_000)
        let missing = directory.appendingPathComponent("absent.csv")
        var readError: CSVError?
        do { _ = try CSVTable.readText(missing) } catch { readError = error }
        do {
            _ = try CSVNumericSelection.read(url: missing, columns: ["x"])
            Issue.record("expected an error")
        } catch {
            #expect(error == readError)
        }
    }
}
