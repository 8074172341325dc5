import Foundation

extension MonthlyCSV {
    /// Reads one value column of a CSV file with a header row as a monthly series
    /// (id = the column name).
    ///
    /// Unlike ``parse(text:fileName:)``, the file may hold other (non-numeric) columns and the
    /// date column may be anywhere: `dateColumn`, else a column named `month` or `date`
    /// (case-insensitive), else the first column. Dates are `YYYY-MM`, `YYYY-MM-DD` or `YYYYMM`
    /// (a full date stands for its month). Rows must be in increasing month order, one per
    /// month; empty value cells and months without a row are missing values (the series keeps
    /// them as `nil`, so a caller that needs complete data can name the gap).
    /// - Throws: ``CSVError`` naming file, line and column; `badHeader` when a column is absent.
    public static func readColumn(text: String, fileName: String, column: String,
                                  dateColumn: String? = nil) throws(CSVError) -> MonthlySeries {
        let scanner = try CSVScanner(text: text, file: fileName)
        let index = try CSVTable.checkedColumnIndex(scanner, requiredColumns: [])
        let headerRow = scanner.rows[0]
        let names = (0..<headerRow.count).map { scanner.trimmedText(scanner.spans[headerRow.first + $0]) }
        let headerLocation = headerRow.count > 0
            ? scanner.location(scanner.spans[headerRow.first]) : CSVLocation(file: fileName, line: 1, column: 1)
        func absent(_ name: String, _ role: String) -> CSVError {
            let hint = CloseMatches.didYouMean(CloseMatches.suggestions(for: name, among: names))
            return .badHeader(headerLocation, reason: "no \(role) column '\(name)'\(hint) (columns: \(names.joined(separator: ", ")))")
        }
        guard let valuePosition = index[column] else { throw absent(column, "value") }
        let dateName: String
        if let dateColumn {
            guard names.contains(dateColumn) else { throw absent(dateColumn, "date") }
            dateName = dateColumn
        } else if let named = names.first(where: { ["month", "date"].contains($0.lowercased()) }) {
            dateName = named
        } else {
            dateName = names[0]
        }
        let datePosition = index[dateName] ?? 0
        var series = MonthlySeries(id: column, start: Month(index: 2000 * 12), values: [], unit: .other(""), kind: .stock)
        var previous: (month: Month, line: Int)?
        for record in scanner.rows.dropFirst() {
            let dateSpan = scanner.spans[record.first + datePosition]
            let month = try scanner.month(dateSpan)
            let value = try scanner.number(scanner.spans[record.first + valuePosition], column: column)
            if let previous {
                if month == previous.month {
                    throw .duplicateMonth(scanner.location(dateSpan), key: "month \(month)", firstLine: previous.line)
                }
                if month < previous.month {
                    throw .outOfOrder(scanner.location(dateSpan), month: month, previous: previous.month)
                }
            }
            previous = (month, record.line)
            series[month] = value   // extends the series; skipped months stay missing (nil)
        }
        return series
    }

    /// Reads one value column of the CSV file at `url`; see ``readColumn(text:fileName:column:dateColumn:)``.
    public static func readColumn(url: URL, column: String, dateColumn: String? = nil) throws(CSVError) -> MonthlySeries {
        try readColumn(text: CSVTable.readText(url), fileName: url.lastPathComponent, column: column, dateColumn: dateColumn)
    }
}
