/// Something that turns a ``Table`` into text.
public protocol TableRenderer: Sendable {
    /// The rendered table, ending with a newline.
    func render(_ table: Table) -> String
}
