import CNFinSeries
import Foundation

/// A CSV file of a dataset directory, kept as its header and records with the raw text of each
/// record, so that untouched rows are written back byte for byte (the project's CSV dialect:
/// read by ``CNFinSeries/CSVTable/rawRecords(text:fileName:)``, written by
/// ``CNFinSeries/CSVWriter/record(_:)``).
public struct DatasetCSVFile: Sendable {
    /// The column names.
    public internal(set) var header: [String]
    /// The records, in file order.
    public internal(set) var records: [Record]
    /// Whether the file ended with a line break (kept on rewrite).
    var trailingNewline = true

    /// One record.
    public struct Record: Sendable {
        /// The fields, one per header column.
        public internal(set) var fields: [String]
        /// The record as read (without its line break); `nil` for new or changed records.
        var raw: String?
    }

    /// An empty file with `header`.
    init(header: [String]) {
        self.header = header
        records = []
    }

    /// Reads a file, keeping each record's text as written.
    init(contentsOf url: URL) throws(DatasetError) {
        let rows: [CSVTable.RawRecord]
        let text: String
        do {
            text = try CSVTable.readText(url)
            rows = try CSVTable.rawRecords(text: text, fileName: url.lastPathComponent)
        } catch {
            if case .unreadable(_, let reason) = error { throw .unreadableFile(path: url.path, reason: reason) }
            throw .unreadableFile(path: url.path, reason: error.description)
        }
        trailingNewline = text.hasSuffix("\n")
        guard let first = rows.first else {
            throw .unreadableFile(path: url.path, reason: "empty file (no header)")
        }
        header = first.fields
        records = rows.dropFirst().map { Record(fields: $0.fields, raw: $0.raw) }
        for (k, r) in records.enumerated() where r.fields.count != header.count {
            throw .unreadableFile(path: url.path,
                                  reason: "record \(k + 2) has \(r.fields.count) fields, the header has \(header.count)")
        }
    }

    /// The column index of `name`, or an error naming the file at `path`.
    func column(_ name: String, in path: String) throws(DatasetError) -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw .unreadableFile(path: path, reason: "no column \"\(name)\" (header: \(header.joined(separator: ",")))")
        }
        return i
    }

    /// The text of `column` in record `record`, or `nil` when either does not exist.
    public func field(_ record: Int, _ column: String) -> String? {
        guard let c = header.firstIndex(of: column), records.indices.contains(record) else { return nil }
        return records[record].fields[c]
    }

    /// Appends a record from column → text (columns not given are empty); returns its index.
    mutating func append(_ values: [String: String]) -> Int {
        records.append(Record(fields: header.map { values[$0] ?? "" }, raw: nil))
        return records.count - 1
    }

    /// Sets columns of record `record` (columns not in the header are ignored); the record is then
    /// written from its fields.
    mutating func set(_ record: Int, _ values: [String: String]) {
        for (column, value) in values {
            if let c = header.firstIndex(of: column) { records[record].fields[c] = value }
        }
        records[record].raw = nil
    }

    /// Stable sort by id, month (and measure): keeps a sorted file sorted, leaves equal keys in place.
    mutating func sortRecords() {
        let keys = ["id", "month", "measure"].compactMap { header.firstIndex(of: $0) }
        let indexed = records.enumerated().sorted { a, b in
            for k in keys where a.element.fields[k] != b.element.fields[k] {
                return a.element.fields[k] < b.element.fields[k]
            }
            return a.offset < b.offset
        }
        records = indexed.map(\.element)
    }

    /// The file's text: untouched records as read, others written by ``CSVWriter/record(_:)``.
    func serialized() -> String {
        var lines = [CSVWriter.record(header)]
        for r in records { lines.append(r.raw ?? CSVWriter.record(r.fields)) }
        return lines.joined(separator: "\n") + (trailingNewline || records.isEmpty ? "\n" : "")
    }
}
