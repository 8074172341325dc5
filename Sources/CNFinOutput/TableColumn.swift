/// A column of a ``Table``: its header text, how its cells are aligned, and how its numbers print.
public struct TableColumn: Sendable, Hashable {
    /// The header text.
    public var header: String
    /// The horizontal alignment of the header and the cells.
    public var alignment: ColumnAlignment
    /// The column's unit (`亿元`, `%`, `pp`), when its numbers share one; documentation for readers of
    /// the table value (the header states it to the reader).
    public var unit: String?
    /// How the text renderers print the column's numbers: one number of decimals for the whole
    /// column. `nil`: each numeric cell prints its own ``TableCell/display``.
    public var numberFormat: NumberFormat?
    /// The column's key in JSON, the same in every language (`yoy_pct`); `nil`: the header.
    public var key: String?

    /// Creates a column. Without `numberFormat`, a column with a `unit` gets
    /// ``NumberFormat/forUnit(_:)``'s format.
    public init(_ header: String, alignment: ColumnAlignment = .left, unit: String? = nil, numberFormat: NumberFormat? = nil,
                key: String? = nil) {
        self.header = header
        self.key = key
        self.alignment = alignment
        self.unit = unit
        self.numberFormat = numberFormat ?? unit.flatMap(NumberFormat.forUnit)
    }
}

/// Horizontal alignment of a table column.
public enum ColumnAlignment: String, Sendable, Hashable, CaseIterable {
    case left, right, center
}
