import CNFinSeries
import Foundation

/// Renders a ``Table`` as CSV: a header line, then one line per row. Numbers are exact (the
/// shortest round-trip text), whatever the column's display format; a missing cell is empty.
///
/// Quoting follows RFC 4180: a field containing a comma, a double quote, CR
/// or LF (or leading/trailing spaces) is enclosed in double quotes, and a
/// double quote inside it is doubled. Title and notes are not written (CSV has
/// no place for them) unless ``includeNotes`` is set, in which case each note
/// becomes a `# ` comment line after the data.
public struct CSVRenderer: TableRenderer {
    /// The line terminator (RFC 4180 specifies CRLF; the default is LF).
    public var lineEnding: String
    /// Whether notes are appended as `# ` comment lines.
    public var includeNotes: Bool

    /// Creates a renderer.
    public init(lineEnding: String = "\n", includeNotes: Bool = false) {
        self.lineEnding = lineEnding
        self.includeNotes = includeNotes
    }

    public func render(_ table: Table) -> String {
        var out = ""
        let columns = table.normalizedColumns
        if !columns.isEmpty {
            out += Self.line(columns.map(\.header)) + lineEnding
        }
        for row in table.normalizedRows {
            out += Self.line(row.map(Self.field)) + lineEnding
        }
        if includeNotes {
            for note in table.notes {
                out += "# " + note + lineEnding
            }
        }
        return out
    }

    /// The text of one cell: a number as the shortest text that reads back to the same double
    /// (``JSONValue/numberText(_:)``; whatever its display text), a missing cell empty, text as is.
    public static func field(_ cell: TableCell) -> String {
        switch cell {
        case .number(let x, _): return x.isFinite ? JSONValue.numberText(x) : ""
        case .missing: return ""
        case .text(let s): return s
        }
    }

    /// One CSV record: the fields quoted as needed and joined with commas.
    /// A record of one blank field (empty, or only spaces and line breaks) is
    /// written quoted (`""`), since readers skip blank lines.
    public static func line(_ fields: [String]) -> String {
        if fields.count == 1, let field = fields.first,
           field.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" })
        {
            return "\"" + field + "\""
        }
        return fields.map(quote).joined(separator: ",")
    }

    /// One field, quoted per the project's dialect (CNFinSeries ``CSVWriter/field(_:)``).
    public static func quote(_ field: String) -> String {
        CSVWriter.field(field)
    }
}
