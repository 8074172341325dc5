/// Writing the project's CSV dialect — the one ``CSVScanner`` reads (RFC 4180): fields
/// separated by `,`, records ended by a line break, a field quoted with `"` (inner quotes
/// doubled) when it holds a comma, a quote, a line break (LF or CR), or starts or ends with a
/// space (which a reader would otherwise trim), or starts with a byte-order mark. Every CSV writer of the project quotes through
/// ``field(_:)``.
public enum CSVWriter {
    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        // By Unicode scalar, not Character: a quote followed by a combining mark is one
        // Character but must still be doubled (a fuzz finding).
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append(scalar) }
        }
        out.append("\"")
        return String(out)
    }

    /// One record: the fields quoted as needed and joined with commas (no line break).
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// Whether `text` must be quoted.
    public static func needsQuotes(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        // A leading byte-order mark is quoted too: a reader drops it at the start of a file.
        return first == 0x20 || last == 0x20 || utf8.starts(with: [0xEF, 0xBB, 0xBF])
            || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}
