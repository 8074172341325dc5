import CNFinSupport
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

    /// Parses `text`; `fileName` is used in error messages. Months and numbers are read from
    /// the bytes of the tokenized text (``CSVScanner``); only the header and the `unit`/`kind`
    /// rows, and a cell in error, become `String`s.
    public static func parse(text: String, fileName: String) throws(CSVError) -> Contents {
        let scanner = try CSVScanner(text: text, file: fileName)
        _ = try CSVTable.checkedColumnIndex(scanner, requiredColumns: [])
        let headerRow = scanner.rows[0]
        let header = scanner.spans[headerRow.first..<headerRow.first + headerRow.count]
        guard header.count >= 2, let first = header.first else {
            throw .badHeader(header.first.map(scanner.location) ?? CSVLocation(file: fileName, line: 1, column: 1),
                             reason: "expected 'month' followed by at least one series id")
        }
        let firstName = scanner.text(first).trimmingWhitespace().lowercased()
        guard firstName == "month" || firstName == "date" else {
            throw .badHeader(scanner.location(first), reason: "first column must be 'month', found \"\(scanner.text(first))\"")
        }
        let ids = header.dropFirst().map { scanner.trimmedText($0) }
        for (span, id) in zip(header.dropFirst(), ids) where id.isEmpty {
            throw .badHeader(scanner.location(span), reason: "empty series id")
        }
        var units = [SeriesUnit](repeating: .other(""), count: ids.count)
        var kinds = [SeriesKind](repeating: .stock, count: ids.count)
        var records = scanner.rows.dropFirst()
        while let record = records.first {
            let fields = scanner.spans[record.first..<record.first + record.count]
            let label = scanner.trimmedText(scanner.spans[record.first]).lowercased()
            if label == "unit" {
                for (j, span) in fields.dropFirst().enumerated() {
                    let symbol = scanner.trimmedText(span)
                    guard let unit = SeriesUnit(symbol: symbol) else { throw .unknownUnit(scanner.location(span), text: symbol) }
                    units[j] = unit
                }
            } else if label == "kind" {
                for (j, span) in fields.dropFirst().enumerated() {
                    let text = scanner.trimmedText(span).lowercased()
                    guard let kind = SeriesKind(rawValue: text) else {
                        throw .invalidValue(scanner.location(span), column: ids[j], text: text, expected: "stock, flow or rate")
                    }
                    kinds[j] = kind
                }
            } else {
                break
            }
            records = records.dropFirst()
        }
        var columns = [[Double?]](repeating: [], count: ids.count)
        for j in columns.indices { columns[j].reserveCapacity(records.count) }
        var start: Month?
        var previous: (month: Month, line: Int)?
        for record in records {
            let monthSpan = scanner.spans[record.first]
            let month = try scanner.month(monthSpan)
            if let previous {
                if month == previous.month {
                    throw .duplicateMonth(scanner.location(monthSpan), key: "month \(month)", firstLine: previous.line)
                }
                if month < previous.month {
                    throw .outOfOrder(scanner.location(monthSpan), month: month, previous: previous.month)
                }
                if month != previous.month.advanced(by: 1) {
                    throw .gap(scanner.location(monthSpan), after: previous.month, before: month)
                }
            } else {
                start = month
            }
            previous = (month, record.line)
            for j in ids.indices {
                columns[j].append(try scanner.number(scanner.spans[record.first + 1 + j], column: ids[j]))
            }
        }
        let origin = start ?? Month(index: 2000 * 12)
        let series = ids.indices.map {
            MonthlySeries(id: ids[$0], start: origin, values: columns[$0], unit: units[$0], kind: kinds[$0])
        }
        return Contents(ids: ids, series: series)
    }
}
