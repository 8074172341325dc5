/// Renders a ``Table`` as a LaTeX `tabular` environment (booktabs-free, only
/// `\hline`), with every cell escaped.
///
/// Escapes: `\` → `\textbackslash{}`, `& % $ # _ { }` → `\&` …, `~` →
/// `\textasciitilde{}`, `^` → `\textasciicircum{}`, `<` → `\textless{}`,
/// `>` → `\textgreater{}`, `|` → `\textbar{}` (in LaTeX's default OT1 font encoding
/// these three characters print as `¡`, `¿` and an em dash). The title is written as a
/// `%` comment above the table and the notes as a paragraph below it.
public struct LaTeXRenderer: TableRenderer {
    /// Creates a renderer.
    public init() {}

    public func render(_ table: Table) -> String {
        let columns = table.normalizedColumns
        var out = ""
        if let title = table.title, !title.isEmpty {
            out += "% " + title.replacingNewlines(with: " ") + "\n"
        }
        let spec = columns.map { column -> String in
            switch column.alignment {
            case .left: return "l"
            case .right: return "r"
            case .center: return "c"
            }
        }.joined()
        out += "\\begin{tabular}{\(spec)}\n\\hline\n"
        out += columns.map { Self.escape($0.header) }.joined(separator: " & ") + " \\\\\n\\hline\n"
        for row in table.displayRows {
            out += row.map { Self.escape($0) }.joined(separator: " & ") + " \\\\\n"
        }
        out += "\\hline\n\\end{tabular}\n"
        if !table.notes.isEmpty {
            out += "\n" + table.notes.map(Self.escape).joined(separator: "\\\\\n") + "\n"
        }
        return out
    }

    /// `text` with LaTeX special characters escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(ch)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingNewlines(with replacement: String) -> String {
        String(map { $0.isNewline ? Character(replacement) : $0 })
    }
}
