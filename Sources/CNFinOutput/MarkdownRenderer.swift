/// Renders a ``Table`` as a GitHub-flavoured Markdown pipe table.
///
/// The title becomes a bold line, alignment becomes `:---`, `---:` or
/// `:---:`, `|` in cells is escaped as `\|` and line breaks become `<br>`.
/// Notes follow as paragraphs.
public struct MarkdownRenderer: TableRenderer {
    /// Creates a renderer.
    public init() {}

    public func render(_ table: Table) -> String {
        let columns = table.normalizedColumns
        var out = ""
        if let title = table.title, !title.isEmpty {
            out += "**\(Self.escape(title))**\n\n"
        }
        if !columns.isEmpty {
            out += "| " + columns.map { Self.escape($0.header) }.joined(separator: " | ") + " |\n"
            out += "|" + columns.map { column -> String in
                switch column.alignment {
                case .left: return " :--- "
                case .right: return " ---: "
                case .center: return " :---: "
                }
            }.joined(separator: "|") + "|\n"
            for row in table.displayRows {
                out += "| " + row.map { Self.escape($0) }.joined(separator: " | ") + " |\n"
            }
        }
        for note in table.notes {
            out += "\n" + Self.escape(note) + "\n"
        }
        return out
    }

    /// Escapes `|` and the characters of HTML markup (``MarkdownText/escape(_:)``), and turns line
    /// breaks into `<br>`.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in MarkdownText.escape(text) {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(ch)
            }
        }
        return out
    }
}
