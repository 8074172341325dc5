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
        let rows = try CSVTable.tokenize(text, file: fileName)
        guard let header = rows.first else { throw .empty(file: fileName) }
        self.file = fileName
        self.header = header.fields
        var index: [String: Int] = [:]
        for (j, field) in header.fields.enumerated() {
            let name = field.text.trimmingWhitespace()
            if index[name] != nil { throw .duplicateColumn(field.location, name: name) }
            index[name] = j
        }
        let missing = requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            throw .badHeader(CSVLocation(file: fileName, line: header.line, column: 1),
                             reason: "missing column(s) \(missing.joined(separator: ", ")); expected \(requiredColumns.joined(separator: ","))")
        }
        var records: [Record] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.fields.count else {
                let location = row.fields.count > header.fields.count
                    ? row.fields[header.fields.count].location
                    : CSVLocation(file: fileName, line: row.line, column: 1)
                throw .wrongFieldCount(location, expected: header.fields.count, found: row.fields.count)
            }
            records.append(Record(fields: row.fields, line: row.line, columnIndex: index, file: fileName))
        }
        self.records = records
    }

    /// Reads and parses the file at `url`; the file name in messages is its last path component.
    public init(url: URL, requiredColumns: [String] = []) throws(CSVError) {
        let text = try CSVTable.readText(url)
        try self.init(text: text, fileName: url.lastPathComponent, requiredColumns: requiredColumns)
    }

    /// The UTF-8 text of the file at `url`.
    public static func readText(_ url: URL) throws(CSVError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: url.path, reason: "not valid UTF-8")
        }
        return text
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
    /// sign, surrounding spaces ignored; empty → `nil`; NaN/Inf text is an error.
    static func number(_ field: Field, column: String) throws(CSVError) -> Double? {
        let text = field.text.trimmingWhitespace()
        if text.isEmpty { return nil }
        let lower = text.lowercased()
        let bare = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
        if ["nan", "inf", "infinity"].contains(bare) {
            throw .notFinite(field.location, column: column, text: text)
        }
        let allowed = Set("0123456789+-.eE")
        guard text.allSatisfy({ allowed.contains($0) }), let value = Double(text) else {
            throw .nonNumeric(field.location, column: column, text: text)
        }
        guard value.isFinite else { throw .notFinite(field.location, column: column, text: text) }
        return value
    }

    struct RawRow {
        var fields: [Field]
        var line: Int
    }

    /// Splits `text` into rows of fields per RFC 4180, tracking line and column.
    static func tokenize(_ text: String, file: String) throws(CSVError) -> [RawRow] {
        var rows: [RawRow] = []
        var fields: [Field] = []
        var current = ""
        var fieldStart = CSVLocation(file: file, line: 1, column: 1)
        var rowLine = 1
        var line = 1, column = 1
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false
        var fieldsHadQuotes = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0

        func endField() {
            fields.append(Field(text: current, location: fieldStart))
            current = ""
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRow() {
            endField()
            let blank = fields.count == 1 && fields[0].text.trimmingWhitespace().isEmpty && !fieldsHadQuotes
            if !blank { rows.append(RawRow(fields: fields, line: rowLine)) }
            fields = []
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" {
                        current.append("\"")
                        i += 2; column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    i += 1; column += 1
                    continue
                }
                current.append(c)
                if c.isNewline { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1; column += 1
                fieldStart = CSVLocation(file: file, line: line, column: column)
            case "\n", "\r\n", "\r":
                endRow()
                fieldsHadQuotes = false
                i += 1; line += 1; column = 1
                rowLine = line
                fieldStart = CSVLocation(file: file, line: line, column: column)
            case "\"":
                if current.trimmingWhitespace().isEmpty && !wasQuoted {
                    current = ""
                    inQuotes = true
                    wasQuoted = true
                    fieldsHadQuotes = true
                    i += 1; column += 1
                } else {
                    throw .unexpectedQuote(CSVLocation(file: file, line: line, column: column))
                }
            default:
                if afterClosingQuote && c != " " && c != "\t" {
                    throw .unexpectedQuote(CSVLocation(file: file, line: line, column: column))
                }
                if !afterClosingQuote { current.append(c) }
                i += 1; column += 1
            }
        }
        if inQuotes { throw .unterminatedQuote(fieldStart) }
        if !current.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
