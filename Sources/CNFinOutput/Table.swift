/// A rectangular table of cells with a title, column headers, per-column
/// alignment and optional notes printed below it.
///
/// Rows shorter than the header are padded with ``TableCell/missing`` when
/// rendered; rows longer than the header get extra columns with empty headers.
/// Renderers: ``PlainTextRenderer``, ``MarkdownRenderer``, ``CSVRenderer``,
/// ``LaTeXRenderer`` and ``Table/jsonValue``; ``Table/rendered(as:)`` picks one
/// from an ``OutputFormat``.
public struct Table: Sendable, Hashable {
    /// An optional title printed above the table.
    public var title: String?
    /// The columns: header text and alignment.
    public var columns: [TableColumn]
    /// The rows of cells.
    public var rows: [[TableCell]]
    /// Notes printed below the table (footer), one per line.
    public var notes: [String]

    /// Creates a table.
    public init(title: String? = nil, columns: [TableColumn], rows: [[TableCell]] = [], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// Creates a table from plain headers; every column gets `alignment`.
    public init(title: String? = nil, headers: [String], alignment: ColumnAlignment = .left,
                rows: [[TableCell]] = [], notes: [String] = []) {
        self.init(title: title, columns: headers.map { TableColumn($0, alignment: alignment) }, rows: rows, notes: notes)
    }

    /// Appends a row.
    public mutating func append(_ row: [TableCell]) {
        rows.append(row)
    }

    /// The number of columns rendered: the larger of the header count and the longest row.
    public var columnCount: Int {
        rows.reduce(columns.count) { max($0, $1.count) }
    }

    /// The columns padded to ``columnCount`` (extra columns: empty header, left-aligned).
    public var normalizedColumns: [TableColumn] {
        columns + Array(repeating: TableColumn("", alignment: .left), count: columnCount - columns.count)
    }

    /// The rows padded with ``TableCell/missing`` to ``columnCount`` cells.
    public var normalizedRows: [[TableCell]] {
        let n = columnCount
        return rows.map { $0 + Array(repeating: TableCell.missing, count: n - $0.count) }
    }
}
