/// Bounds on what a reader accepts, so that a hostile or runaway file fails
/// with an error instead of exhausting memory.
public struct SpreadsheetLimits: Sendable, Hashable {
    /// Largest number of rows in one sheet (the 1-based row number of any cell).
    public var maxRows: Int
    /// Largest number of non-empty cells in the workbook.
    public var maxCells: Int
    /// Largest uncompressed size of one ZIP entry (zip-bomb guard), and of an `.xls` Workbook stream, in bytes.
    public var maxEntryBytes: Int

    public init(maxRows: Int = 200_000, maxCells: Int = 20_000_000, maxEntryBytes: Int = 1 << 30) {
        self.maxRows = maxRows
        self.maxCells = maxCells
        self.maxEntryBytes = maxEntryBytes
    }

    /// The defaults: 200,000 rows per sheet (a PBoC table has fewer than 100),
    /// 20 million cells, 1 GiB per ZIP entry.
    public static let `default` = SpreadsheetLimits()
}
