import Foundation

/// Reads long-format monthly data, one observation per row:
///
/// ```
/// id,month,value,source
/// m2,2023-05,2820504.68,pboc
/// ```
///
/// Rows may come in any order; an (id, month) pair may occur only once.
/// Months absent for an id become missing values. Extra columns (e.g.
/// `note`) are allowed and kept in ``Row/extra``. Errors name file, line and
/// column.
public enum LongFormatCSV {
    /// The columns every long-format file has.
    public static let requiredColumns = ["id", "month", "value", "source"]

    /// One observation.
    public struct Row: Sendable, Hashable {
        /// Series id.
        public var id: String
        /// Month.
        public var month: Month
        /// Value.
        public var value: Double
        /// Source tag.
        public var source: String
        /// Other columns by name.
        public var extra: [String: String]
        /// Line in the file.
        public var line: Int
    }

    /// Reads the file at `url` in chunks (``CSVStreamReader``): memory is the rows returned
    /// plus one chunk, whatever the size of the file.
    public static func read(url: URL) throws(CSVError) -> [Row] {
        var builder = Builder()
        try CSVStreamReader.forEachRecord(url: url) { record throws(CSVError) in try builder.add(record) }
        return try builder.result(file: url.lastPathComponent)
    }

    /// Parses `text`; `fileName` is used in error messages.
    public static func parse(text: String, fileName: String) throws(CSVError) -> [Row] {
        var source = CSVBytes(Array(text.utf8))
        var builder = Builder()
        try CSVStreamReader.forEachRecord(source: &source, file: fileName, path: fileName, chunkSize: source.bytes.count + 1) {
            record throws(CSVError) in try builder.add(record)
        }
        return try builder.result(file: fileName)
    }

    /// The consumer of the records: reads ids, months, values and sources from the bytes
    /// (repeated ids and sources share one `String`) and reports the error the whole-text
    /// reader reported: a tokenizer error; a duplicate or missing header name; the first record
    /// with the wrong number of fields; else the first bad row.
    private struct Builder {
        var header: [String]?
        var headerError: CSVError?
        var wrongFieldCount: CSVError?
        var rowError: CSVError?
        var extraColumns: [(name: String, position: Int)] = []
        var idColumn = 0, monthColumn = 0, valueColumn = 0, sourceColumn = 0
        var ids = InternedStrings()
        var sources = InternedStrings()
        var idNumbers: [String: Int] = [:]
        var lastIDNumber = -1
        var seen: [Int: Int] = [:]
        var rows: [Row] = []

        mutating func add(_ record: CSVStreamReader.Record) throws(CSVError) {
            guard let header else { return readHeader(record) }
            guard record.count == header.count else {
                if wrongFieldCount == nil {
                    let location = record.count > header.count
                        ? record.location(header.count) : CSVLocation(file: record.file, line: record.line, column: 1)
                    wrongFieldCount = .wrongFieldCount(location, expected: header.count, found: record.count)
                }
                return
            }
            guard headerError == nil, wrongFieldCount == nil, rowError == nil else { return }
            do throws(CSVError) {
                try addRow(record)
            } catch {
                rowError = error
            }
        }

        mutating func readHeader(_ record: CSVStreamReader.Record) {
            var names: [String] = []
            var index: [String: Int] = [:]
            for j in 0..<record.count {
                let name = record.trimmedText(j)
                if index[name] != nil, headerError == nil { headerError = .duplicateColumn(record.location(j), name: name) }
                index[name] = index[name] ?? j
                names.append(name)
            }
            header = names
            let missing = requiredColumns.filter { index[$0] == nil }
            if !missing.isEmpty, headerError == nil {
                headerError = .badHeader(CSVLocation(file: record.file, line: record.line, column: 1),
                                         reason: "missing column(s) \(missing.joined(separator: ", ")); expected \(requiredColumns.joined(separator: ","))")
            }
            extraColumns = names.filter { !requiredColumns.contains($0) }.map { (name: $0, position: index[$0, default: 0]) }
            idColumn = index["id", default: 0]
            monthColumn = index["month", default: 0]
            valueColumn = index["value", default: 0]
            sourceColumn = index["source", default: 0]
        }

        mutating func addRow(_ record: CSVStreamReader.Record) throws(CSVError) {
            let (id, idChanged) = ids.text(of: idColumn, in: record)
            guard !id.isEmpty else { throw .emptyCell(record.location(idColumn), column: "id") }
            let month = try record.month(monthColumn)
            let value: Double
            if let plain = record.plainNumber(valueColumn) {
                value = plain
            } else {
                let valueText = record.trimmedText(valueColumn)
                guard let parsed = try CSVTable.number(trimmed: valueText, column: "value", at: record.location(valueColumn)) else {
                    // A row of a long file is one observation: a missing value (empty or `NA`, …) is an error.
                    if valueText.isEmpty { throw .emptyCell(record.location(valueColumn), column: "value") }
                    throw .missingValue(record.location(valueColumn), column: "value", text: valueText)
                }
                value = parsed
            }
            if idChanged || lastIDNumber < 0 {
                if let number = idNumbers[id] {
                    lastIDNumber = number
                } else {
                    lastIDNumber = idNumbers.count
                    idNumbers[id] = lastIDNumber
                }
            }
            // Month indices lie in 12_000 ..< 120_000 (years 1000…9999).
            let key = lastIDNumber &* 120_000 &+ month.index
            if let firstLine = seen.updateValue(record.line, forKey: key) {
                throw .duplicateMonth(record.location(monthColumn), key: "id '\(id)' month \(month)", firstLine: firstLine)
            }
            var extra: [String: String] = [:]
            for column in extraColumns { extra[column.name] = record.trimmedText(column.position) }
            let source = sources.text(of: sourceColumn, in: record).text
            rows.append(Row(id: id, month: month, value: value, source: source, extra: extra, line: record.line))
        }

        func result(file: String) throws(CSVError) -> [Row] {
            guard header != nil else { throw .empty(file: file) }
            if let headerError { throw headerError }
            if let wrongFieldCount { throw wrongFieldCount }
            if let rowError { throw rowError }
            return rows
        }
    }

    /// The trimmed text of fields that often repeat the previous one (ids, sources): a field
    /// whose bytes equal the previous one's reuses its `String`.
    private struct InternedStrings {
        var previousBytes: [UInt8]?
        var previousText = ""

        /// The trimmed text of field `j`, and whether it differs from the previous field's.
        mutating func text(of j: Int, in record: CSVStreamReader.Record) -> (text: String, changed: Bool) {
            let span = record.span(j)
            let bytes = UnsafeBufferPointer(rebasing: record.buffer[span.start..<span.end])
            if !span.hasEscapedQuotes, let previousBytes, previousBytes.elementsEqual(bytes) { return (previousText, false) }
            previousBytes = span.hasEscapedQuotes ? nil : Array(bytes)
            previousText = record.trimmedText(j)
            return (previousText, true)
        }
    }

    /// Groups rows into series by id (ids in first-appearance order); `attributes`
    /// gives each id's unit and kind.
    public static func series(from rows: [Row],
                              attributes: (String) -> (unit: SeriesUnit, kind: SeriesKind) = { _ in (.other(""), .stock) })
        -> [MonthlySeries]
    {
        var order: [String] = []
        var positions: [String: Int] = [:]
        var groups: [[(month: Month, value: Double)]] = []
        var currentID: String?
        var current = 0
        for row in rows {
            if row.id != currentID {
                if let position = positions[row.id] {
                    current = position
                } else {
                    current = groups.count
                    positions[row.id] = current
                    order.append(row.id)
                    groups.append([])
                }
                currentID = row.id
            }
            groups[current].append((month: row.month, value: row.value))
        }
        return zip(order, groups).map { id, observations in
            let a = attributes(id)
            return MonthlySeries(id: id, observations: observations, unit: a.unit, kind: a.kind)
        }
    }
}
