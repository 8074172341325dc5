/// The value of a non-empty cell.
public enum CellValue: Sendable, Hashable {
    /// Text (shared, inline or formula string).
    case text(String)
    /// A number; ``Cell/numberFormat`` says whether it displays as a date.
    case number(Double)
    /// TRUE / FALSE.
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)
    /// A date given as text `YYYY-MM-DD` (an `.xls` date cell, or an `.xlsx` `t="d"` cell).
    case date(String)
}

/// One non-empty cell of a sheet.
public struct Cell: Sendable, Hashable {
    /// Where it is.
    public var reference: CellReference
    /// What it holds.
    public var value: CellValue
    /// Its number format (`.xlsx`; `nil` for General or unknown).
    public var numberFormat: NumberFormat?

    public init(reference: CellReference, value: CellValue, numberFormat: NumberFormat? = nil) {
        self.reference = reference
        self.value = value
        self.numberFormat = numberFormat
    }

    /// The text of a text cell, `nil` otherwise.
    public var text: String? {
        if case .text(let s) = value { return s }
        return nil
    }

    /// The number of a numeric cell, `nil` otherwise.
    public var number: Double? {
        if case .number(let x) = value { return x }
        return nil
    }
}

/// One worksheet: its non-empty cells in row-major order and its merged regions.
public struct Worksheet: Sendable, Hashable {
    /// The sheet's name as shown on its tab.
    public var name: String
    /// Non-empty cells, sorted by row, then column.
    public var cells: [Cell]
    /// Merged regions (`.xlsx` only; the `.xls` reader does not read MERGEDCELLS records).
    public var mergedRanges: [CellRange]
    /// Frozen panes: the first unfrozen cell (`.xlsx` `<pane topLeftCell>`), if any.
    public var frozenAt: CellReference?

    public init(name: String, cells: [Cell], mergedRanges: [CellRange] = [], frozenAt: CellReference? = nil) {
        self.name = name
        self.cells = cells
        self.mergedRanges = mergedRanges
        self.frozenAt = frozenAt
    }

    /// One more than the largest row index (0 for an empty sheet).
    public var rowCount: Int { (cells.last?.reference.row ?? -1) + 1 }

    /// One more than the largest column index.
    public var columnCount: Int { (cells.map(\.reference.column).max() ?? -1) + 1 }

    /// The cell at `reference`, if it is not empty (binary search).
    public func cell(at reference: CellReference) -> Cell? {
        var lo = 0
        var hi = cells.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cells[mid].reference < reference { lo = mid + 1 } else { hi = mid }
        }
        return lo < cells.count && cells[lo].reference == reference ? cells[lo] : nil
    }

    /// The cell at `reference`, or — inside a merged region — the region's top-left cell.
    public func resolvedCell(at reference: CellReference) -> Cell? {
        if let c = cell(at: reference) { return c }
        for range in mergedRanges where range.contains(reference) { return cell(at: range.first) }
        return nil
    }
}

/// A workbook read by ``SpreadsheetReader``.
public struct Workbook: Sendable, Hashable {
    /// The container format.
    public enum Format: String, Sendable, Hashable {
        case xlsx, xls
    }

    /// The file name as given to the reader.
    public var source: String
    /// The format detected from the first bytes.
    public var format: Format
    /// Sheets in workbook order.
    public var sheets: [Worksheet]
    /// Whether serial dates count from 1904-01-01 (Mac Excel) instead of 1899-12-30.
    public var uses1904Dates: Bool

    public init(source: String, format: Format, sheets: [Worksheet], uses1904Dates: Bool = false) {
        self.source = source
        self.format = format
        self.sheets = sheets
        self.uses1904Dates = uses1904Dates
    }

    /// The sheet named `name`, if any.
    public func sheet(named name: String) -> Worksheet? { sheets.first { $0.name == name } }
}
