import Foundation

/// Numeric columns selected from a CSV file in one streaming pass (``CSVStreamReader``): what
/// `cnfin regress` and `cnfin test` read. Memory is the output — 8 bytes per kept cell and per
/// kept row's line number — plus one chunk, whatever the size of the file.
///
/// The result, and the error for a bad file, are those of ``CSVNumericTable`` reading the
/// whole text and then ``CSVNumericTable/select(_:dropMissing:)``: the same dialect and cell
/// rules, and when a file has several problems the same one is reported. The precedence is
/// the in-memory reader's: a tokenizer error (the first in the file); a duplicate header name;
/// a record with the wrong number of fields (the first); an empty header name; then per name
/// asked for, in order, an unknown column or the column's first bad cell; last, without
/// `dropMissing`, the first row with a missing cell. A problem found in the header is
/// therefore reported only after the rest of the file has been scanned.
public struct CSVNumericSelection: Sendable, Hashable {
    /// Column names from the header, trimmed.
    public var columnNames: [String]
    /// The selected columns, in the order asked for, each with one value per kept row.
    public var columns: [[Double]]
    /// The 1-based line on which each kept row starts.
    public var lines: [Int]
    /// The number of data rows in the file (kept or not).
    public var rowCount: Int

    /// Reads the columns `names` of the file at `url`.
    /// - Parameter dropMissing: drop every row where one of the selected columns is missing;
    ///   otherwise a missing cell is ``CSVError/missingValue(_:column:text:)`` at its location.
    public static func read(url: URL, columns names: [String], dropMissing: Bool = false) throws(CSVError) -> CSVNumericSelection {
        var builder = Builder(names: names, dropMissing: dropMissing)
        try CSVStreamReader.forEachRecord(url: url) { builder.add($0) }
        return try builder.result(file: url.lastPathComponent)
    }

    /// The same from any byte source (tests feed texts in pieces).
    static func read<Source: CSVByteSource>(source: inout Source, file: String, chunkSize: Int, columns names: [String],
                                            dropMissing: Bool) throws(CSVError) -> CSVNumericSelection
    {
        var builder = Builder(names: names, dropMissing: dropMissing)
        try CSVStreamReader.forEachRecord(source: &source, file: file, path: file, chunkSize: chunkSize) { builder.add($0) }
        return try builder.result(file: file)
    }

    /// The consumer of the records: converts the selected cells and keeps the first error of
    /// each kind, to report by the in-memory reader's precedence at the end.
    private struct Builder {
        let names: [String]
        let dropMissing: Bool
        var header: [String]?
        var positions: [Int] = []
        var duplicateName: CSVError?
        var emptyName: CSVError?
        var wrongFieldCount: CSVError?
        /// Per name asked for: unknown, or its first bad cell.
        var nameErrors: [CSVError?]
        var missing: CSVError?
        var columns: [[Double]]
        var lines: [Int] = []
        var rowCount = 0
        var row: [Double]

        init(names: [String], dropMissing: Bool) {
            self.names = names
            self.dropMissing = dropMissing
            nameErrors = Array(repeating: nil, count: names.count)
            columns = Array(repeating: [], count: names.count)
            row = Array(repeating: 0, count: names.count)
        }

        /// Whether an error is certain, so that cells need no longer be read (a flag, not a
        /// test of the optional errors, which would copy them on every row).
        var failed = false
        /// Whether a selected cell was bad or missing, so that rows need no longer be kept.
        var rejected = false

        mutating func add(_ record: CSVStreamReader.Record) {
            guard let header else { return readHeader(record) }
            rowCount += 1
            guard record.count == header.count else {
                if wrongFieldCount == nil {
                    let location = record.count > header.count
                        ? record.location(header.count) : CSVLocation(file: record.file, line: record.line, column: 1)
                    wrongFieldCount = .wrongFieldCount(location, expected: header.count, found: record.count)
                    failed = true
                }
                return
            }
            guard !failed else { return }
            var firstMissing = -1
            for c in positions.indices {
                let j = positions[c]
                guard j >= 0 else { continue }
                if let value = record.plainNumber(j) {
                    row[c] = value
                    continue
                }
                do throws(CSVError) {
                    if let value = try CSVTable.number(trimmed: record.trimmedText(j), column: names[c], at: record.location(j)) {
                        row[c] = value
                    } else if firstMissing < 0 {
                        firstMissing = c
                    }
                } catch {
                    if nameErrors[c] == nil { nameErrors[c] = error }
                    rejected = true
                }
            }
            if firstMissing >= 0 {
                if dropMissing { return }
                if !rejected {
                    let j = positions[firstMissing]
                    missing = .missingValue(record.location(j), column: names[firstMissing], text: record.trimmedText(j))
                    rejected = true
                }
                return
            }
            guard !rejected else { return }
            for c in row.indices { columns[c].append(row[c]) }
            lines.append(record.line)
        }

        /// The header's names, checked as ``CSVTable`` and ``CSVNumericTable`` check them.
        mutating func readHeader(_ record: CSVStreamReader.Record) {
            var names: [String] = []
            var index: [String: Int] = [:]
            for j in 0..<record.count {
                let name = record.trimmedText(j)
                if index[name] != nil, duplicateName == nil {
                    duplicateName = .duplicateColumn(record.location(j), name: name)
                    failed = true
                }
                if name.isEmpty, emptyName == nil {
                    emptyName = .badHeader(record.location(j), reason: "header field \(j + 1) is empty")
                    failed = true
                }
                index[name] = index[name] ?? j
                names.append(name)
            }
            header = names
            positions = self.names.map { index[$0] ?? -1 }
            for (c, name) in self.names.enumerated() where index[name] == nil {
                nameErrors[c] = .unknownColumn(file: record.file, name: name, available: names)
                rejected = true
            }
        }

        func result(file: String) throws(CSVError) -> CSVNumericSelection {
            guard let header else { throw .empty(file: file) }
            if let duplicateName { throw duplicateName }
            if let wrongFieldCount { throw wrongFieldCount }
            if let emptyName { throw emptyName }
            if let error = nameErrors.lazy.compactMap({ $0 }).first { throw error }
            if let missing { throw missing }
            return CSVNumericSelection(columnNames: header, columns: columns, lines: lines, rowCount: rowCount)
        }
    }
}
