/// Records as text, so that two readers of the CSV stack can be compared record by record — the whole-text
/// ``CSVScanner`` and the streaming ``CSVStreamReader`` — by the equivalence tests (`CSVStreamReaderTests`) and
/// the fuzz target `FuzzStreamCSV` — and the scanner against the tokenizer it replaced (`CSVScannerEquivalenceTests`,
/// without the bytes as written, which that tokenizer does not keep): one line per record,
/// `LINE|L:C="field",…|"the record's bytes as written"` (fields with their line and column, quotes undoubled;
/// texts in Swift's debug quoting), or one line `error: …` for a text that fails.
enum CSVRecordDebugRendering {
    /// One record: its first line, its fields (line, column and text) and, if given, its bytes as written.
    static func record(line: Int, fields: [(line: Int, column: Int, text: String)], raw: String?) -> String {
        "\(line)|" + fields.map { "\($0.line):\($0.column)=\($0.text.debugDescription)" }.joined(separator: ",")
            + (raw.map { "|" + $0.debugDescription } ?? "")
    }

    /// The records of `bytes` read as one text by ``CSVScanner``; with `bytesAsWritten: false`, without each
    /// record's bytes as written.
    static func whole(_ bytes: [UInt8], file: String = "f.csv", bytesAsWritten: Bool = true) -> [String] {
        do {
            let scanner = try CSVScanner(bytes: bytes, file: file)
            return scanner.rows.map { row in
                let fields = scanner.spans[row.first..<row.first + row.count].map { ($0.line, $0.column, scanner.text($0)) }
                return record(line: row.line, fields: fields,
                              raw: bytesAsWritten ? String(decoding: scanner.bytes[row.start..<row.end], as: UTF8.self) : nil)
            }
        } catch {
            return ["error: \(error)"]
        }
    }

    /// The records of `source` streamed by ``CSVStreamReader`` in chunks of `chunkSize` bytes.
    static func streamed<Source: CSVByteSource>(_ source: inout Source, chunkSize: Int, file: String = "f.csv") -> [String] {
        var lines: [String] = []
        do {
            try CSVStreamReader.forEachRecord(source: &source, file: file, path: file, chunkSize: chunkSize) { r in
                let fields = (0..<r.count).map { j in
                    let span = r.span(j)
                    return (span.line, span.column, CSVScanner.text(span, in: r.buffer))
                }
                lines.append(record(line: r.line, fields: fields,
                                    raw: String(decoding: UnsafeBufferPointer(rebasing: r.buffer[r.row.start..<r.row.end]), as: UTF8.self)))
            }
        } catch {
            return ["error: \(error)"]
        }
        return lines
    }
}

/// A text handed out at most `step` bytes per read: a ``CSVByteSource`` whose reads end anywhere, for
/// checking that the streaming reader does not depend on where they end.
struct CSVByteSlices: CSVByteSource {
    let bytes: [UInt8]
    var position = 0
    let step: Int

    init(bytes: [UInt8], step: Int) {
        self.bytes = bytes
        self.step = step
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        let n = min(step, buffer.count, bytes.count - position)
        for k in 0..<n { buffer[k] = bytes[position + k] }
        position += n
        return n
    }
}
