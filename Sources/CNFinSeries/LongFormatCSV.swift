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

    /// Reads the file at `url`.
    public static func read(url: URL) throws(CSVError) -> [Row] {
        try parse(text: CSVTable.readText(url), fileName: url.lastPathComponent)
    }

    /// Parses `text`; `fileName` is used in error messages.
    public static func parse(text: String, fileName: String) throws(CSVError) -> [Row] {
        try parse(CSVScanner(text: text, file: fileName))
    }

    /// Parses a tokenized file, reading ids, months, values and sources from
    /// the bytes (repeated ids and sources share one `String`).
    static func parse(_ scanner: CSVScanner) throws(CSVError) -> [Row] {
        let index = try CSVTable.checkedColumnIndex(scanner, requiredColumns: requiredColumns)
        let header = scanner.rows[0]
        let columns = (0..<header.count).map { scanner.trimmedText(scanner.spans[header.first + $0]) }
        let extraColumns = columns.filter { !requiredColumns.contains($0) }.map { (name: $0, position: index[$0, default: 0]) }
        let idColumn = index["id", default: 0], monthColumn = index["month", default: 0]
        let valueColumn = index["value", default: 0], sourceColumn = index["source", default: 0]

        var ids = InternedStrings()
        var sources = InternedStrings()
        var idNumbers: [String: Int] = [:]
        var lastIDNumber = -1
        var seen: [Int: Int] = [:]
        seen.reserveCapacity(scanner.rows.count)
        var rows: [Row] = []
        rows.reserveCapacity(scanner.rows.count - 1)
        for record in scanner.rows.dropFirst() {
            let idSpan = scanner.spans[record.first + idColumn]
            let (id, idChanged) = ids.text(of: idSpan, in: scanner)
            guard !id.isEmpty else { throw .emptyCell(scanner.location(idSpan), column: "id") }
            let month = try scanner.month(scanner.spans[record.first + monthColumn])
            let valueSpan = scanner.spans[record.first + valueColumn]
            let value: Double
            if let plain = scanner.plainNumber(valueSpan) {
                value = plain
            } else {
                let valueText = scanner.trimmedText(valueSpan)
                guard let parsed = try CSVTable.number(trimmed: valueText, column: "value", at: scanner.location(valueSpan)) else {
                    // A row of a long file is one observation: a missing value (empty or `NA`, …) is an error.
                    if valueText.isEmpty { throw .emptyCell(scanner.location(valueSpan), column: "value") }
                    throw .missingValue(scanner.location(valueSpan), column: "value", text: valueText)
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
                throw .duplicateMonth(scanner.location(scanner.spans[record.first + monthColumn]),
                                      key: "id '\(id)' month \(month)", firstLine: firstLine)
            }
            var extra: [String: String] = [:]
            for column in extraColumns { extra[column.name] = scanner.trimmedText(scanner.spans[record.first + column.position]) }
            let source = sources.text(of: scanner.spans[record.first + sourceColumn], in: scanner).text
            rows.append(Row(id: id, month: month, value: value, source: source, extra: extra, line: record.line))
        }
        return rows
    }

    /// The trimmed text of fields that often repeat the previous one (ids,
    /// sources): a field equal byte for byte to the previous reuses its `String`.
    private struct InternedStrings {
        var previous: CSVScanner.Span?
        var previousText = ""

        /// The trimmed text of `span`, and whether it differs from the previous field's.
        mutating func text(of span: CSVScanner.Span, in scanner: CSVScanner) -> (text: String, changed: Bool) {
            if let previous, scanner.sameBytes(previous, span) { return (previousText, false) }
            previous = span
            previousText = scanner.trimmedText(span)
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
