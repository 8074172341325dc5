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
        let table = try CSVTable(text: text, fileName: fileName, requiredColumns: requiredColumns)
        let extraColumns = table.columns.filter { !requiredColumns.contains($0) }
        var seen: [String: Int] = [:]
        var rows: [Row] = []
        for record in table.records {
            let id = try record.requiredString("id")
            let month = try record.month("month")
            let value = try record.number("value")
            let key = "\(id) \(month)"
            if let firstLine = seen[key] {
                throw .duplicateMonth(record.field("month").location, key: "id '\(id)' month \(month)", firstLine: firstLine)
            }
            seen[key] = record.line
            var extra: [String: String] = [:]
            for name in extraColumns { extra[name] = record.string(name) }
            rows.append(Row(id: id, month: month, value: value, source: record.string("source"), extra: extra, line: record.line))
        }
        return rows
    }

    /// Groups rows into series by id (ids in first-appearance order); `attributes`
    /// gives each id's unit and kind.
    public static func series(from rows: [Row],
                              attributes: (String) -> (unit: SeriesUnit, kind: SeriesKind) = { _ in (.other(""), .stock) })
        -> [MonthlySeries]
    {
        var order: [String] = []
        var grouped: [String: [(month: Month, value: Double)]] = [:]
        for row in rows {
            if grouped[row.id] == nil { order.append(row.id) }
            grouped[row.id, default: []].append((month: row.month, value: row.value))
        }
        return order.map { id in
            let a = attributes(id)
            return MonthlySeries(id: id, observations: grouped[id] ?? [], unit: a.unit, kind: a.kind)
        }
    }
}
