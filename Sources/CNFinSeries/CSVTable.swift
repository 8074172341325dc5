import CNFinSupport
import Foundation

/// A CSV file parsed per RFC 4180 into a header and records, every field
/// keeping its location for error messages.
///
/// Fields may be quoted with `"` (doubled inside); quoted fields may contain
/// commas and line breaks. Lines end with LF or CRLF; a UTF-8 byte-order mark
/// is skipped; blank lines are ignored. Header names are trimmed of spaces.
public struct CSVTable: Sendable {
    /// One field: its text and where it starts.
    public struct Field: Sendable, Hashable {
        /// The unquoted text.
        public var text: String
        /// Where the field starts.
        public var location: CSVLocation
    }

    /// One record (line) after the header.
    public struct Record: Sendable {
        /// The fields in order.
        public var fields: [Field]
        /// The line on which the record starts.
        public var line: Int
        /// The table's header, for lookups by name.
        let columnIndex: [String: Int]
        let file: String

        /// The field in column `name`; an empty field at the end of the record
        /// if the column is absent from the header.
        public func field(_ name: String) -> Field {
            if let j = columnIndex[name], fields.indices.contains(j) { return fields[j] }
            let column = (fields.last.map { $0.location.column + $0.text.count + 1 }) ?? 1
            return Field(text: "", location: CSVLocation(file: file, line: line, column: column))
        }

        /// The trimmed text in column `name`.
        public func string(_ name: String) -> String {
            field(name).text.trimmingWhitespace()
        }

        /// The non-empty trimmed text in column `name`.
        public func requiredString(_ name: String) throws(CSVError) -> String {
            let f = field(name)
            let text = f.text.trimmingWhitespace()
            guard !text.isEmpty else { throw .emptyCell(f.location, column: name) }
            return text
        }

        /// The month in column `name`.
        public func month(_ name: String) throws(CSVError) -> Month {
            try CSVTable.month(field(name))
        }

        /// The number in column `name`; `nil` for an empty cell.
        public func optionalNumber(_ name: String) throws(CSVError) -> Double? {
            try CSVTable.number(field(name), column: name)
        }

        /// The number in column `name`; an empty cell is an error.
        public func number(_ name: String) throws(CSVError) -> Double {
            let f = field(name)
            guard let value = try CSVTable.number(f, column: name) else { throw .emptyCell(f.location, column: name) }
            return value
        }

        /// The value in column `name` chosen from `allowed` (e.g. `yes`/`no`).
        public func choice<T>(_ name: String, _ allowed: [String: T]) throws(CSVError) -> T {
            let f = field(name)
            let text = f.text.trimmingWhitespace()
            guard let value = allowed[text] ?? allowed[text.lowercased()] else {
                throw .invalidValue(f.location, column: name, text: text, expected: allowed.keys.sorted().joined(separator: ", "))
            }
            return value
        }
    }

    /// The file name used in error messages.
    public let file: String
    /// The header fields.
    public let header: [Field]
    /// The records after the header.
    public let records: [Record]

    /// The header names, trimmed.
    public var columns: [String] { header.map { $0.text.trimmingWhitespace() } }

    /// Parses `text`. With `requiredColumns`, the header must contain those
    /// names (others are allowed); every record must have as many fields as the header.
    public init(text: String, fileName: String, requiredColumns: [String] = []) throws(CSVError) {
        let scanner = try CSVScanner(text: text, file: fileName)
        let index = try CSVTable.checkedColumnIndex(scanner, requiredColumns: requiredColumns)
        self.file = fileName
        func field(_ span: CSVScanner.Span) -> Field {
            Field(text: scanner.text(span), location: scanner.location(span))
        }
        let headerRow = scanner.rows[0]
        header = scanner.spans[headerRow.first..<headerRow.first + headerRow.count].map(field)
        var records: [Record] = []
        records.reserveCapacity(scanner.rows.count - 1)
        for row in scanner.rows.dropFirst() {
            let fields = scanner.spans[row.first..<row.first + row.count].map(field)
            records.append(Record(fields: fields, line: row.line, columnIndex: index, file: fileName))
        }
        self.records = records
    }

    /// The header of a tokenized file by trimmed name → position, after the
    /// checks every table makes: a header exists, no name twice, the
    /// `requiredColumns` present, every record as long as the header.
    static func checkedColumnIndex(_ scanner: CSVScanner, requiredColumns: [String]) throws(CSVError) -> [String: Int] {
        guard let header = scanner.rows.first else { throw .empty(file: scanner.file) }
        var index: [String: Int] = [:]
        for j in 0..<header.count {
            let span = scanner.spans[header.first + j]
            let name = scanner.trimmedText(span)
            if index[name] != nil { throw .duplicateColumn(scanner.location(span), name: name) }
            index[name] = j
        }
        let missing = requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            throw .badHeader(CSVLocation(file: scanner.file, line: header.line, column: 1),
                             reason: "missing column(s) \(missing.joined(separator: ", ")); expected \(requiredColumns.joined(separator: ","))")
        }
        for row in scanner.rows.dropFirst() where row.count != header.count {
            let location = row.count > header.count
                ? scanner.location(scanner.spans[row.first + header.count])
                : CSVLocation(file: scanner.file, line: row.line, column: 1)
            throw .wrongFieldCount(location, expected: header.count, found: row.count)
        }
        return index
    }

    /// Reads and parses the file at `url`; the file name in messages is its last path component.
    public init(url: URL, requiredColumns: [String] = []) throws(CSVError) {
        let text = try CSVTable.readText(url)
        try self.init(text: text, fileName: url.lastPathComponent, requiredColumns: requiredColumns)
    }

    /// The UTF-8 text of the file at `url`, read by CNFinSupport's ``FileContents/text(_:)`` (which
    /// reads an empty file without `Data(contentsOf:)`'s leak).
    public static func readText(_ url: URL) throws(CSVError) -> String {
        do {
            return try FileContents.text(url)
        } catch {
            throw .unreadable(file: error.path, reason: error.reason)
        }
    }

    /// A month parsed from a field.
    static func month(_ field: Field) throws(CSVError) -> Month {
        do {
            return try Month.parse(field.text)
        } catch {
            throw .badMonth(field.location, text: field.text, reason: error.reason)
        }
    }

    /// A number parsed from a field: decimal or exponent notation, optional
    /// sign, surrounding spaces ignored; empty or a missing-value spelling
    /// (``missingValueSpellings``) → `nil`; Inf text is an error.
    static func number(_ field: Field, column: String) throws(CSVError) -> Double? {
        try number(trimmed: field.text.trimmingWhitespace(), column: column, at: field.location)
    }

    /// The spellings of a missing value, besides an empty cell — the dialect's one policy for
    /// every CSV the project reads: `NA` (R), `N/A`, `#N/A` (spreadsheets), `NaN`, `nan`, `NAN`
    /// (pandas, NumPy) and `.` (Stata, SAS). Infinities are errors, never missing.
    public static let missingValueSpellings: Set<String> = ["NA", "N/A", "#N/A", "NaN", "nan", "NAN", "."]

    /// A number parsed from the trimmed text of a field at `location` (see ``number(_:column:)``).
    /// `nil` for a missing value: an empty cell or one of ``missingValueSpellings``.
    static func number(trimmed text: String, column: String, at location: @autoclosure () -> CSVLocation)
        throws(CSVError) -> Double?
    {
        if text.isEmpty || missingValueSpellings.contains(text) { return nil }
        // Fast path: only digits, signs, points and exponent letters (no NaN or Inf spelling possible).
        if text.utf8.allSatisfy(isNumberByte) {
            var text = text
            let parsed = text.withUTF8 { DecimalParser.parse($0) }
            guard let value = parsed else { throw .nonNumeric(location(), column: column, text: text) }
            guard value.isFinite else { throw .notFinite(location(), column: column, text: text) }
            return value
        }
        let lower = text.lowercased()
        let bare = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
        if ["nan", "inf", "infinity"].contains(bare) {
            throw .notFinite(location(), column: column, text: text)
        }
        // Some character is not one of 0-9 + - . e E.
        throw .nonNumeric(location(), column: column, text: text)
    }

    /// Whether `b` is one of `0123456789+-.eE`.
    static func isNumberByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || b == 0x2B || b == 0x2D || b == 0x2E || b == 0x65 || b == 0x45
    }
}
