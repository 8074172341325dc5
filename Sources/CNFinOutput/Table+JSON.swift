extension Table {
    /// The table as JSON:
    /// `{"title": …, "columns": [headers], "rows": [{header: cell, …}], "notes": […]}`.
    /// Numeric cells become numbers, missing cells `null`, text cells strings; a column is keyed by its
    /// ``TableColumn/key`` (language-independent) or else its header; columns without either are keyed
    /// `column<N>` (1-based).
    public var jsonValue: JSONValue {
        let columns = normalizedColumns
        let keys = columns.enumerated().map { $1.key ?? ($1.header.isEmpty ? "column\($0 + 1)" : $1.header) }
        let rowValues: [JSONValue] = normalizedRows.map { row in
            .object(zip(keys, row).map { key, cell in (key: key, value: cell.jsonValue) })
        }
        var members: [(key: String, value: JSONValue)] = []
        if let title { members.append((key: "title", value: .string(title))) }
        members.append((key: "columns", value: .array(keys.map(JSONValue.string))))
        members.append((key: "rows", value: .array(rowValues)))
        if !notes.isEmpty { members.append((key: "notes", value: .array(notes.map(JSONValue.string)))) }
        return .object(members)
    }
}

extension TableCell {
    /// The cell as JSON: number, `null` or string.
    public var jsonValue: JSONValue {
        switch self {
        case .text(let s): return .string(s)
        case .number(let x, _): return .number(x)
        case .missing: return .null
        }
    }
}
