/// A cell position, 0-based, with its A1 text (`A1` = row 0, column 0).
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 0-based row.
    public var row: Int
    /// 0-based column.
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `B12` (optionally with `$` signs); `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for u in text.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(u & 0xDF) - 64
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u) - 48
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// The column letters (`A`, `Z`, `AA` …) of a 0-based column.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + r)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `B12`.
    public var description: String { CellReference.columnName(column) + String(row + 1) }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A rectangular range of cells such as a merged region `A1:L1`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:L1` (or a single `A1`).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard parts.count == 1 || parts.count == 2, let a = CellReference(parts[0]),
              let b = CellReference(parts[parts.count - 1]) else { return nil }
        self.init(first: a, last: b)
    }

    public func contains(_ r: CellReference) -> Bool {
        r.row >= first.row && r.row <= last.row && r.column >= first.column && r.column <= last.column
    }

    public var description: String { "\(first):\(last)" }
}
