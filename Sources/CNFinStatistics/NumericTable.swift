import Foundation

/// A numeric CSV table: a header row of column names, then one row per observation.
///
/// Cells are decimal numbers (`-1.5`, `2e-3`, `1.2E+05`); empty cells and `NA`/`NaN`/`#N/A`/`.`
/// are missing. Fields may be double-quoted. CR LF and LF line endings and a UTF-8 BOM are accepted.
/// Anything else (text, `inf`, thousands separators) is an error naming the file, line and column.
/// Missing cells are kept until columns are selected: ``select(_:dropNA:)`` either drops the
/// incomplete rows or reports the first missing cell.
public struct NumericTable: Sendable {
    /// Column names from the header.
    public let columnNames: [String]
    /// Cells by column; nil for missing.
    public let cells: [[Double?]]
    /// The 1-based line number of each data row in the source.
    public let lineNumbers: [Int]
    /// The file name (or a label) used in error messages.
    public let source: String

    /// Number of data rows.
    public var rowCount: Int { lineNumbers.count }

    /// Columns with missing cells as NaN (for tests and quick inspection).
    public var columns: [[Double]] { cells.map { $0.map { $0 ?? .nan } } }

    /// Reads a CSV file.
    public init(contentsOf url: URL) throws(StatisticsError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .invalidArgument("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(csv: text, source: url.lastPathComponent)
    }

    /// Parses CSV text.
    public init(csv text: String, source: String = "<input>") throws(StatisticsError) {
        // Split on scalars: in Swift "\r\n" is a single Character, so a Character split would miss it.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars -> Substring in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return Substring(line)
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .malformedCSV(file: source, line: 1, details: "the file is empty (a header row is required)")
        }
        let header = try Self.fields(lines[headerIndex], source: source, line: headerIndex + 1)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        for (j, name) in header.enumerated() where name.isEmpty {
            throw .malformedCSV(file: source, line: headerIndex + 1, details: "header field \(j + 1) is empty")
        }
        if let dup = Dictionary(grouping: header, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw .malformedCSV(file: source, line: headerIndex + 1, details: "duplicate column name '\(dup)'")
        }
        var cells = [[Double?]](repeating: [], count: header.count)
        var lineNumbers: [Int] = []
        for index in (headerIndex + 1)..<lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let lineNo = index + 1
            let fields = try Self.fields(line, source: source, line: lineNo)
            guard fields.count == header.count else {
                throw .malformedCSV(file: source, line: lineNo, details: "expected \(header.count) fields, found \(fields.count)")
            }
            for (j, raw) in fields.enumerated() {
                let s = raw.trimmingCharacters(in: .whitespaces)
                if s.isEmpty || ["NA", "N/A", "#N/A", "NaN", "nan", "NAN", "."].contains(s) {
                    cells[j].append(nil)
                } else if let v = Self.number(s) {
                    cells[j].append(v)
                } else {
                    throw .nonNumericCell(file: source, line: lineNo, column: header[j], text: s)
                }
            }
            lineNumbers.append(lineNo)
        }
        self.columnNames = header
        self.cells = cells
        self.lineNumbers = lineNumbers
        self.source = source
    }

    /// The named columns as complete numeric arrays.
    /// - Parameter dropNA: drop every row where one of the selected columns is missing;
    ///   otherwise a missing cell is an error naming file, line and column.
    /// - Returns: the columns and the source line numbers of the rows kept.
    public func select(_ names: [String], dropNA: Bool = false) throws(StatisticsError) -> (columns: [[Double]], lines: [Int]) {
        var indices: [Int] = []
        for name in names {
            guard let j = columnNames.firstIndex(of: name) else { throw .unknownColumn(name: name, available: columnNames) }
            indices.append(j)
        }
        var out = [[Double]](repeating: [], count: names.count)
        var kept: [Int] = []
        for i in 0..<rowCount {
            var row: [Double] = []
            var missing: Int? = nil
            for j in indices {
                if let v = cells[j][i] { row.append(v) } else { missing = j; break }
            }
            if let j = missing {
                if dropNA { continue }
                throw .missingCell(file: source, line: lineNumbers[i], column: columnNames[j])
            }
            for (c, v) in row.enumerated() { out[c].append(v) }
            kept.append(lineNumbers[i])
        }
        return (out, kept)
    }

    /// One named column (see ``select(_:dropNA:)``).
    public func column(_ name: String, dropNA: Bool = false) throws(StatisticsError) -> [Double] {
        try select([name], dropNA: dropNA).columns[0]
    }

    /// A decimal number: optional sign, digits with an optional point, optional exponent.
    static func number(_ s: String) -> Double? {
        var sawDigit = false
        for (i, c) in s.unicodeScalars.enumerated() {
            switch c {
            case "0"..."9": sawDigit = true
            case ".", "e", "E": break
            case "+", "-": if i != 0, !(s.unicodeScalars[s.unicodeScalars.index(s.unicodeScalars.startIndex, offsetBy: i - 1)] == "e"
                                          || s.unicodeScalars[s.unicodeScalars.index(s.unicodeScalars.startIndex, offsetBy: i - 1)] == "E") { return nil }
            default: return nil
            }
        }
        guard sawDigit, let v = Double(s), v.isFinite else { return nil }
        return v
    }

    /// Splits a CSV line into fields, honouring double quotes (`""` is a literal quote).
    static func fields(_ line: Substring, source: String, line lineNo: Int) throws(StatisticsError) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else { current.append(c) }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                fields.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        if inQuotes { throw .malformedCSV(file: source, line: lineNo, details: "unterminated quoted field") }
        fields.append(current)
        return fields
    }
}
