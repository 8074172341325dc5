/// Renders a ``Table`` as aligned plain text for a terminal.
///
/// Column width = the largest ``DisplayWidth`` of the header and the cells
/// (CJK characters count as two columns); columns are separated by
/// ``separator``; a rule of `-` follows the header. The title precedes the
/// table, notes follow it.
///
/// ```
/// 指标  2023-05
/// ----  -------
/// M2    2820504.68
/// ```
public struct PlainTextRenderer: TableRenderer {
    /// The text between two columns.
    public var separator: String

    /// Creates a renderer.
    public init(separator: String = "  ") {
        self.separator = separator
    }

    public func render(_ table: Table) -> String {
        let columns = table.normalizedColumns
        let rows = table.displayRows
        var widths = columns.map { DisplayWidth.of($0.header) }
        for row in rows {
            for (j, text) in row.enumerated() {
                widths[j] = max(widths[j], DisplayWidth.of(text))
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { j, text in
                DisplayWidth.pad(text, to: widths[j], alignment: columns[j].alignment)
            }
            var joined = padded.joined(separator: separator)
            while joined.last == " " { joined.removeLast() } // no trailing spaces
            return joined
        }
        var out = ""
        if let title = table.title, !title.isEmpty {
            out += title + "\n"
        }
        if !columns.isEmpty {
            out += line(columns.map(\.header)) + "\n"
            out += widths.map { String(repeating: "-", count: $0) }.joined(separator: separator) + "\n"
            for row in rows {
                out += line(row) + "\n"
            }
        }
        for note in table.notes {
            out += note + "\n"
        }
        return out
    }
}
