/// A column of a ``Table``: its header text and how its cells are aligned.
public struct TableColumn: Sendable, Hashable {
    /// The header text.
    public var header: String
    /// The horizontal alignment of the header and the cells.
    public var alignment: ColumnAlignment

    /// Creates a column.
    public init(_ header: String, alignment: ColumnAlignment = .left) {
        self.header = header
        self.alignment = alignment
    }
}

/// Horizontal alignment of a table column.
public enum ColumnAlignment: String, Sendable, Hashable, CaseIterable {
    case left, right, center
}
