/// Writing the project's CSV dialect — the one ``CSVScanner`` reads (RFC 4180): fields
/// separated by `,`, records ended by a line break, a field quoted with `"` (inner quotes
/// doubled) when it holds a comma, a quote, a line break (LF or CR), or starts or ends with a
/// space (which a reader would otherwise trim). Every CSV writer of the project quotes through
/// ``field(_:)``.
public enum CSVWriter {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for character in text {
            if character == "\"" { out.append("\"") }
            out.append(character)
        }
        out.append("\"")
        return out
    }

    /// One record: the fields quoted as needed and joined with commas (no line break).
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// Whether `text` must be quoted.
    public static func needsQuotes(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first == 0x20 || last == 0x20 || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}
