import Foundation

/// Reads user monthly data in wide format:
///
/// ```
/// month,m2,m2_yoy
/// unit,亿元,%          ← optional
/// kind,stock,rate      ← optional
/// 2023-04,2808469.2,12.4
/// 2023-05,2820504.68,
/// ```
///
/// The first column holds months (`YYYY-MM`, `YYYY-MM-DD` or `YYYYMM`); the
/// header names it `month` (or `date`), the other columns are series ids.
/// Optional rows starting `unit` and `kind` give each series' unit
/// (``SeriesUnit/init(symbol:)``) and kind (stock/flow/rate); without them a
/// series has unit `.other("")` and kind `.stock`. Empty cells are missing
/// values; numbers may use exponent notation; `NaN`/`Inf` are rejected.
/// Months must increase by exactly one per row: a duplicate, out-of-order or
/// skipped month is an error naming file, line and column.
public enum MonthlyCSV {
    /// The result: the header's series ids and the series, in column order.
    public struct Contents: Sendable, Hashable {
        /// The series ids from the header, in order.
        public var ids: [String]
        /// The series, in header order.
        public var series: [MonthlySeries]

        /// The series with `id`, if present.
        public func series(_ id: String) -> MonthlySeries? {
            series.first { $0.id == id }
        }
    }

    /// Reads the file at `url`.
    public static func read(url: URL) throws(CSVError) -> Contents {
        try parse(text: CSVTable.readText(url), fileName: url.lastPathComponent)
    }

    /// Parses `text`; `fileName` is used in error messages.
    public static func parse(text: String, fileName: String) throws(CSVError) -> Contents {
        let table = try CSVTable(text: text, fileName: fileName)
        let header = table.header
        guard header.count >= 2 else {
            throw .badHeader(header.first?.location ?? CSVLocation(file: fileName, line: 1, column: 1),
                             reason: "expected 'month' followed by at least one series id")
        }
        let first = header[0].text.trimmingWhitespace().lowercased()
        guard first == "month" || first == "date" else {
            throw .badHeader(header[0].location, reason: "first column must be 'month', found \"\(header[0].text)\"")
        }
        let ids = table.columns.dropFirst().map { $0 }
        for (field, id) in zip(header.dropFirst(), ids) where id.isEmpty {
            throw .badHeader(field.location, reason: "empty series id")
        }
        var units = [SeriesUnit](repeating: .other(""), count: ids.count)
        var kinds = [SeriesKind](repeating: .stock, count: ids.count)
        var records = table.records[...]
        while let record = records.first {
            let label = record.fields[0].text.trimmingWhitespace().lowercased()
            if label == "unit" {
                for (j, field) in record.fields.dropFirst().enumerated() {
                    let symbol = field.text.trimmingWhitespace()
                    guard let unit = SeriesUnit(symbol: symbol) else { throw .unknownUnit(field.location, text: symbol) }
                    units[j] = unit
                }
            } else if label == "kind" {
                for (j, field) in record.fields.dropFirst().enumerated() {
                    let text = field.text.trimmingWhitespace().lowercased()
                    guard let kind = SeriesKind(rawValue: text) else {
                        throw .invalidValue(field.location, column: ids[j], text: text, expected: "stock, flow or rate")
                    }
                    kinds[j] = kind
                }
            } else {
                break
            }
            records = records.dropFirst()
        }
        var columns = [[Double?]](repeating: [], count: ids.count)
        var start: Month?
        var previous: (month: Month, line: Int)?
        for record in records {
            let monthField = record.fields[0]
            let month = try CSVTable.month(monthField)
            if let previous {
                if month == previous.month {
                    throw .duplicateMonth(monthField.location, key: "month \(month)", firstLine: previous.line)
                }
                if month < previous.month {
                    throw .outOfOrder(monthField.location, month: month, previous: previous.month)
                }
                if month != previous.month.advanced(by: 1) {
                    throw .gap(monthField.location, after: previous.month, before: month)
                }
            } else {
                start = month
            }
            previous = (month, record.line)
            for (j, field) in record.fields.dropFirst().enumerated() {
                columns[j].append(try CSVTable.number(field, column: ids[j]))
            }
        }
        let origin = start ?? Month(index: 2000 * 12)
        let series = ids.indices.map {
            MonthlySeries(id: ids[$0], start: origin, values: columns[$0], unit: units[$0], kind: kinds[$0])
        }
        return Contents(ids: ids, series: series)
    }
}
