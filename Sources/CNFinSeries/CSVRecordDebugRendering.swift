/// Records as text, so that two readers of the CSV stack can be compared record by record — the whole-text
/// ``CSVScanner`` and the streaming ``CSVStreamReader`` — by the equivalence tests (`CSVStreamReaderTests`) and
/// the fuzz target `FuzzStreamCSV`: one line per record, `LINE|L:C="field",…|"the record's bytes as written"`
/// (fields with their line and column, quotes undoubled; texts in Swift's debug quoting), or one line
/// `error: …` for a text that fails.
enum CSVRecordDebugRendering {
    /// One record: its first line, its fields (span and text) and its bytes as written.
    static func record(line: Int, fields: [(span: CSVScanner.Span, text: String)], raw: String) -> String {
        "\(line)|" + fields.map { "\($0.span.line):\($0.span.column)=\($0.text.debugDescription)" }.joined(separator: ",")
            + "|" + raw.debugDescription
    }

    /// The records of `bytes` read as one text by ``CSVScanner``.
    static func whole(_ bytes: [UInt8], file: String = "f.csv") -> [String] {
        do {
            let scanner = try CSVScanner(bytes: bytes, file: file)
            return scanner.rows.map { row in
                record(line: row.line, fields: scanner.spans[row.first..<row.first + row.count].map { ($0, scanner.text($0)) },
                       raw: String(decoding: scanner.bytes[row.start..<row.end], as: UTF8.self))
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
                lines.append(record(line: r.line, fields: (0..<r.count).map { j in (r.span(j), CSVScanner.text(r.span(j), in: r.buffer)) },
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
