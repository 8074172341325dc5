/// The formats a ``Table`` can be written in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case text, markdown, csv, json, latex

    /// Parses a format name, case-insensitively; also accepts `txt`, `plain`,
    /// `md` and `tex`. Returns `nil` for anything else.
    public init?(parsing name: String) {
        switch name.lowercased() {
        case "text", "txt", "plain": self = .text
        case "markdown", "md": self = .markdown
        case "csv": self = .csv
        case "json": self = .json
        case "latex", "tex": self = .latex
        default: return nil
        }
    }

    public var description: String { rawValue }

    /// The usual file extension (without the dot).
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .json: return "json"
        case .latex: return "tex"
        }
    }
}

extension Table {
    /// The table rendered in `format`. JSON is pretty-printed with a final
    /// newline and numbers in their shortest round-trip form, so that values
    /// appear as stored (`2820504.68`), like in the other formats.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return PlainTextRenderer().render(self)
        case .markdown: return MarkdownRenderer().render(self)
        case .csv: return CSVRenderer().render(self)
        case .latex: return LaTeXRenderer().render(self)
        case .json: return jsonValue.serialized(pretty: true) + "\n"
        }
    }
}
