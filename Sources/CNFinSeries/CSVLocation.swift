/// A position in a CSV file: file name, 1-based line and 1-based character column.
public struct CSVLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as given by the caller.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The character column, from 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}
