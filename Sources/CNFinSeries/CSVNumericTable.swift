import Foundation

/// Numeric columns of a CSV file with a header row — the input of `cnfin regress` and
/// `cnfin test` — read through the project's one CSV dialect (``CSVScanner``, the rules of
/// ``CSVTable``): quoted fields, LF / CR LF / CR line endings, a UTF-8 byte-order mark, blank
/// lines ignored, and every error located as `file:line:column`.
///
/// Cells are decimal numbers (`-1.5`, `2e-3`, `1.2E+05`), parsed as ``CSVTable`` parses them;
/// an empty cell or one of ``CSVTable/missingValueSpellings`` (`NA`, `NaN`, …) is missing;
/// anything else (text, `inf`, thousands separators) is an error. The file is tokenized once
/// and only the selected columns are converted to numbers, in time linear in their size: a
/// column that is not used (a date, a name) may hold text.
///
/// This type holds the whole text and its tokens (several times the file in memory); `cnfin regress`
/// and `cnfin test` read files through ``CSVNumericSelection`` instead, which streams the file
/// and keeps only the selected columns, with the same results and errors.
public struct CSVNumericTable: Sendable {
    /// The file name (or a label) used in error messages.
    public let file: String
    /// Column names from the header, trimmed.
    public let columnNames: [String]
    /// The tokenized text.
    private let scanner: CSVScanner
    /// Header name → position.
    private let index: [String: Int]

    /// Number of data rows.
    public var rowCount: Int { max(scanner.rows.count - 1, 0) }

    /// The 1-based line on which each data row starts.
    public var lineNumbers: [Int] { scanner.rows.dropFirst().map(\.line) }

    /// Parses CSV text; errors name `fileName`.
    public init(text: String, fileName: String) throws(CSVError) {
        try self.init(scanner: CSVScanner(text: text, file: fileName))
    }

    /// Reads the file at `url`; the file name in messages is its last path component.
    public init(url: URL) throws(CSVError) {
        let text = try CSVTable.readText(url)
        try self.init(text: text, fileName: url.lastPathComponent)
    }

    private init(scanner: CSVScanner) throws(CSVError) {
        index = try CSVTable.checkedColumnIndex(scanner, requiredColumns: [])
        if let header = scanner.rows.first {
            for j in 0..<header.count {
                let span = scanner.spans[header.first + j]
                if scanner.trimmedText(span).isEmpty {
                    throw .badHeader(scanner.location(span), reason: "header field \(j + 1) is empty")
                }
            }
            columnNames = scanner.spans[header.first..<header.first + header.count].map { scanner.trimmedText($0) }
        } else {
            columnNames = []
        }
        file = scanner.file
        self.scanner = scanner
    }

    /// The named column, one entry per data row; `nil` for a missing cell.
    public func column(_ name: String) throws(CSVError) -> [Double?] {
        guard let j = index[name] else { throw .unknownColumn(file: file, name: name, available: columnNames) }
        var values: [Double?] = []
        values.reserveCapacity(rowCount)
        for row in scanner.rows.dropFirst() {
            values.append(try number(scanner.spans[row.first + j], column: name))
        }
        return values
    }

    /// The named columns as complete numeric arrays.
    /// - Parameter dropMissing: drop every row where one of the selected columns is missing;
    ///   otherwise a missing cell is ``CSVError/missingValue(_:column:text:)`` at its location.
    /// - Returns: the columns and the source line of each row kept.
    public func select(_ names: [String], dropMissing: Bool = false) throws(CSVError) -> (columns: [[Double]], lines: [Int]) {
        var raw: [[Double?]] = []
        raw.reserveCapacity(names.count)
        for name in names { raw.append(try column(name)) }
        let dataRows = Array(scanner.rows.dropFirst())
        var out = [[Double]](repeating: [], count: names.count)
        for c in out.indices { out[c].reserveCapacity(dataRows.count) }
        var kept: [Int] = []
        kept.reserveCapacity(dataRows.count)
        for (i, row) in dataRows.enumerated() {
            if let c = raw.indices.first(where: { raw[$0][i] == nil }) {
                if dropMissing { continue }
                guard let j = index[names[c]] else { continue }
                let span = scanner.spans[row.first + j]
                throw .missingValue(scanner.location(span), column: names[c], text: scanner.trimmedText(span))
            }
            for c in raw.indices { out[c].append(raw[c][i] ?? .nan) }
            kept.append(row.line)
        }
        return (out, kept)
    }

    /// The number in `span`: plain ASCII number bytes are converted straight from the bytes by
    /// ``DecimalParser`` (no `String`); everything else, and every error, goes through
    /// ``CSVTable/number(trimmed:column:at:)`` so the dialect is the same.
    private func number(_ span: CSVScanner.Span, column: String) throws(CSVError) -> Double? {
        if let value = scanner.plainNumber(span) { return value }
        return try CSVTable.number(trimmed: scanner.trimmedText(span), column: column, at: scanner.location(span))
    }
}
