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

    /// Reads a file of the project's CSV dialect (``CSVTable/rawRecords(text:fileName:)``),
    /// keeping each record's text as written.
    init(contentsOf url: URL) throws(IngestError) {
        let rows: [CSVTable.RawRecord]
        let text: String
        do {
            text = try CSVTable.readText(url)
            rows = try CSVTable.rawRecords(text: text, fileName: url.lastPathComponent)
        } catch {
            if case .unreadable(_, let reason) = error { throw .datasetUnreadable(path: url.path, reason: reason) }
            throw .datasetUnreadable(path: url.path, reason: error.description)
        }
        trailingNewline = text.hasSuffix("\n")
        guard let first = rows.first else {
            throw .datasetUnreadable(path: url.path, reason: "empty file (no header)")
        }
        header = first.fields
        records = rows.dropFirst().map { Record(fields: $0.fields, raw: $0.raw) }
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
