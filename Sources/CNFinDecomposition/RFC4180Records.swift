/// Splits RFC 4180 CSV text into records of fields (quoted fields may contain
/// commas, doubled quotes and line breaks). A UTF-8 byte-order mark and a
/// trailing line break are ignored; CRLF and LF both end a record.
///
/// Returns each record with the 1-based line number on which it starts.
func rfc4180Records(_ text: String) throws(DecompositionError) -> [(line: Int, fields: [String])] {
    var records: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var fieldWasQuoted = false
    var line = 1
    var recordLine = 1
    var scalars = text.unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var iterator = scalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
        if let p = pending { pending = nil; return p }
        return iterator.next()
    }
    func endRecord() {
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
            records.append((recordLine, fields))
        }
        fields = []
        field = ""
        fieldWasQuoted = false
    }
    while let c = next() {
        if inQuotes {
            if c == "\"" {
                if let d = next() {
                    if d == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = d }
                } else {
                    inQuotes = false
                }
            } else {
                if c == "\n" { line += 1 }
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"":
            guard field.isEmpty else {
                throw .invalidHierarchyTable(line: line, reason: "a quote inside an unquoted field")
            }
            inQuotes = true
            fieldWasQuoted = true
        case ",":
            fields.append(field)
            field = ""
            fieldWasQuoted = false
        case "\r":
            if let d = next(), d != "\n" { pending = d }
            endRecord(); line += 1; recordLine = line
        case "\n":
            endRecord(); line += 1; recordLine = line
        default:
            field.unicodeScalars.append(c)
        }
    }
    guard !inQuotes else { throw .invalidHierarchyTable(line: recordLine, reason: "unterminated quoted field") }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
}
