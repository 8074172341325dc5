import CNFinSeries
import Foundation

/// A CSV file of a dataset directory, kept as its header and records with the
/// raw text of each record, so that untouched rows are written back byte for byte.
struct IngestCSVFile: Sendable {
    var header: [String]
    var records: [Record]
    /// Whether the file ended with a line break (kept on rewrite).
    var trailingNewline = true

    struct Record: Sendable {
        var fields: [String]
        /// The record as read (without its line break); `nil` for new or changed records.
        var raw: String?
    }

    init(header: [String]) {
        self.header = header
        records = []
    }

    /// Reads an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).
    init(contentsOf url: URL) throws(IngestError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .datasetUnreadable(path: url.path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .datasetUnreadable(path: url.path, reason: "not UTF-8")
        }
        var rows: [Record] = []
        var fields: [String] = []
        var field = ""
        var raw = ""
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRecord() {
            fields.append(field)
            rows.append(Record(fields: fields, raw: raw))
            fields = []
            field = ""
            raw = ""
        }
        while let c = pending {
            pending = iterator.next()
            if inQuotes {
                raw.unicodeScalars.append(c)
                if c == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        raw.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !afterQuote else {
                    throw .datasetUnreadable(path: url.path, reason: "line \(line): a quote inside an unquoted field")
                }
                inQuotes = true
                raw.unicodeScalars.append(c)
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
                raw.unicodeScalars.append(c)
            case "\r":
                if pending == "\n" { continue }
                endRecord()
                afterQuote = false
                line += 1
            case "\n":
                endRecord()
                afterQuote = false
                line += 1
            default:
                guard !afterQuote else {
                    throw .datasetUnreadable(path: url.path, reason: "line \(line): text after a closing quote")
                }
                field.unicodeScalars.append(c)
                raw.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw .datasetUnreadable(path: url.path, reason: "an unterminated quoted field") }
        trailingNewline = text.hasSuffix("\n")
        if !raw.isEmpty || !fields.isEmpty || !field.isEmpty { endRecord() }
        rows.removeAll { $0.fields == [""] }
        guard let first = rows.first else {
            throw .datasetUnreadable(path: url.path, reason: "empty file (no header)")
        }
        header = first.fields
        records = Array(rows.dropFirst())
        for (k, r) in records.enumerated() where r.fields.count != header.count {
            throw .datasetUnreadable(path: url.path,
                                     reason: "record \(k + 2) has \(r.fields.count) fields, the header has \(header.count)")
        }
    }

    /// The column index of `name`, or an error naming the file.
    func column(_ name: String, in path: String) throws(IngestError) -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw .datasetUnreadable(path: path, reason: "no column \"\(name)\" (header: \(header.joined(separator: ",")))")
        }
        return i
    }

    /// The file's text.
    func serialized() -> String {
        var lines = [IngestCSVFile.line(header)]
        for r in records { lines.append(r.raw ?? IngestCSVFile.line(r.fields)) }
        return lines.joined(separator: "\n") + (trailingNewline || records.isEmpty ? "\n" : "")
    }

    static func line(_ fields: [String]) -> String {
        CSVWriter.record(fields)
    }
}
