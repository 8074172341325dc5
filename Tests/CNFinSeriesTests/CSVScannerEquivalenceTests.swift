import Foundation
import Testing
@testable import CNFinSeries
import CNFinSupport

/// The byte-level ``CSVScanner`` against the Character-level tokenizer it
/// replaced (kept here verbatim as the reference): the same fields, lines,
/// columns (characters, not bytes) and the same error messages, on hand-picked
/// and on random texts built from the characters that matter (commas, quotes,
/// CR, LF, spaces, tabs, BOM, CJK, NEL, U+2028, combining-free multi-byte text).
@Suite struct CSVScannerEquivalenceTests {
    /// The old tokenizer's output, or its error, as comparable text (``CSVRecordDebugRendering``'s lines
    /// without the bytes as written, which the old tokenizer does not keep).
    static func reference(_ text: String) -> String {
        do {
            let rows = try ReferenceTokenizer.tokenize(text, file: "f.csv")
            return rows.map { row in
                CSVRecordDebugRendering.record(
                    line: row.line, fields: row.fields.map { ($0.location.line, $0.location.column, $0.text) }, raw: nil)
            }.joined(separator: "\n")
        } catch {
            return "error: \(error)"
        }
    }

    /// The scanner's output, or its error, in the same form.
    static func scanned(_ text: String) -> String {
        CSVRecordDebugRendering.whole(Array(text.utf8), file: "f.csv", bytesAsWritten: false).joined(separator: "\n")
    }

    @Test(arguments: [
        "", "\u{FEFF}", "a", "a,b\n1,2", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "\n\n  \n\t\n", "\"\"\n", "  \"x\"  ,y\n",
        "id,名称,unit\nm2,广义货币,亿元\nm1,\"狭义,货币\",亿\n", "a,\"b\"\"c\",d\n", "a,\"two\r\nlines\",z\nq,w,e\n",
        "a,\"x\u{2028}y\u{85}z\u{0B}w\",b\n1,2,3", "a,b\"c\n", "a,\"b\"c\n", "a,\"b\n", "亿元,\"亿\"x\n", "\"a\" \t,b\n",
        "a, \"b\"\n", "x,\u{2028}\n\u{85},y", "α,β\nγ,\"δ\"\"ε\",ζ", "a,,\n,,\n", "\u{FEFF}\"id\",v\n1,2",
    ])
    func handPicked(text: String) {
        #expect(Self.scanned(text) == Self.reference(text), "\(text.debugDescription)")
    }

    @Test func randomTexts() {
        let alphabet: [String] = [",", ",", "\"", "\"", "\n", "\r", "\r\n", " ", "\t", "a", "b", "1", ".", "亿", "元",
                                  "\u{85}", "\u{2028}", "é", "x", "-", "\u{0B}"]
        var generator = SplitMix64(seed: 20_240_531)
        var parsed = 0, failed = 0
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            var text = generator.next() % 10 == 0 ? "\u{FEFF}" : ""
            for _ in 0..<length { text += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let reference = Self.reference(text)
            #expect(Self.scanned(text) == reference, "\(text.debugDescription)")
            if reference.hasPrefix("error: ") { failed += 1 } else { parsed += 1 }
        }
        // Both outcomes are exercised often.
        #expect(parsed > 500 && failed > 500, "parsed \(parsed), failed \(failed)")
    }

    @Test func bundledFilesTokenizeAlike() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/data")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".csv") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try CSVTable.readText(directory.appendingPathComponent(name))
            #expect(Self.scanned(text) == Self.reference(text), "\(name)")
        }
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix64 {
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

/// The Character-level tokenizer `CSVTable` used before ``CSVScanner`` (copied
/// unchanged), the reference for the equivalence tests.
enum ReferenceTokenizer {
    struct RawRow {
        var fields: [CSVTable.Field]
        var line: Int
    }

    /// Splits `text` into rows of fields per RFC 4180, tracking line and column.
    static func tokenize(_ text: String, file: String) throws(CSVError) -> [RawRow] {
        var rows: [RawRow] = []
        var fields: [CSVTable.Field] = []
        var current = ""
        var fieldStart = CSVLocation(file: file, line: 1, column: 1)
        var rowLine = 1
        var line = 1, column = 1
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false
        var fieldsHadQuotes = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0

        func endField() {
            fields.append(CSVTable.Field(text: current, location: fieldStart))
            current = ""
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRow() {
            endField()
            let blank = fields.count == 1 && fields[0].text.trimmingWhitespace().isEmpty && !fieldsHadQuotes
            if !blank { rows.append(RawRow(fields: fields, line: rowLine)) }
            fields = []
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        current.append("\"")
                        i += 2; column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    i += 1; column += 1
                    continue
                }
                current.append(c)
                if c.isNewline { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1; column += 1
                fieldStart = CSVLocation(file: file, line: line, column: column)
            case "\n", "\r\n", "\r":
                endRow()
                fieldsHadQuotes = false
                i += 1; line += 1; column = 1
                rowLine = line
                fieldStart = CSVLocation(file: file, line: line, column: column)
            case "\"":
                if current.trimmingWhitespace().isEmpty && !wasQuoted {
                    current = ""
                    inQuotes = true
                    wasQuoted = true
                    fieldsHadQuotes = true
                    i += 1; column += 1
                } else {
                    throw .unexpectedQuote(CSVLocation(file: file, line: line, column: column))
                }
            default:
                if afterClosingQuote && c != " " && c != "\t" {
                    throw .unexpectedQuote(CSVLocation(file: file, line: line, column: column))
                }
                if !afterClosingQuote { current.append(c) }
                i += 1; column += 1
            }
        }
        if inQuotes { throw .unterminatedQuote(fieldStart) }
        if !current.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
