import Foundation

/// How the numbers of one table column are printed by the text renderers (plain text, Markdown,
/// LaTeX, HTML): one number of decimals for the whole column, so that `8.0` stands beside `8.5` and
/// `13600.00` beside `18355.96`. CSV and JSON ignore it and write the exact value (shortest
/// round-trip text, ``JSONValue/numberText(_:)``).
///
/// - ``Precision/decimals(_:)``: a fixed number of decimals (amounts in 亿元: 2, as the PBoC's
///   tables print them; growth rates and percentage points: 1).
/// - ``Precision/significant(_:)``: statistics and coefficients: the column's decimals are chosen so
///   that its largest magnitude shows `n` significant digits, d = max(0, n − 1 − ⌊log₁₀ max|x|⌋), and
///   every cell of the column gets those d decimals.
///
/// Rounding is ``NumberText/fixed(_:digits:)``'s: decimal half-way cases round away from zero, and
/// binary noise of a few ulps never decides a printed digit.
public struct NumberFormat: Sendable, Hashable {
    /// How many digits a column shows.
    public enum Precision: Sendable, Hashable {
        /// A fixed number of decimals.
        case decimals(Int)
        /// Decimals chosen per column so that its largest magnitude has this many significant digits.
        case significant(Int)
    }

    /// The column's precision.
    public var precision: Precision
    /// Whether the integer part is grouped by thousands (`2,820,504.68`).
    public var groupsThousands: Bool

    /// Creates a format.
    public init(_ precision: Precision, groupsThousands: Bool = false) {
        self.precision = precision
        self.groupsThousands = groupsThousands
    }

    /// Amounts in 亿元 (RMB 100 million): two decimals, as in the PBoC's balance-sheet tables.
    public static let amount = NumberFormat(.decimals(2))
    /// Growth rates in % and changes in percentage points: one decimal, as the releases print them.
    public static let rate = NumberFormat(.decimals(1))
    /// Whole numbers (counts, lags, years).
    public static let integer = NumberFormat(.decimals(0))
    /// Statistics and coefficients: four significant digits on the column's largest magnitude.
    public static let statistic = NumberFormat(.significant(4))

    /// The usual format of a column measured in `unit`: 亿元/万亿元/RMB amounts → ``amount``;
    /// `%`, `pp`, 个百分点 → ``rate``; `nil` for any other unit (the cells print as given).
    public static func forUnit(_ unit: String) -> NumberFormat? {
        let u = unit.trimmingSpaces().lowercased()
        switch u {
        case "亿元", "万亿元", "rmb 100 million", "100 million yuan", "rmb100m", "cny 100m": return .amount
        case "%", "percent", "pp", "个百分点", "percentage points", "% of stock": return .rate
        default:
            if u.hasPrefix("%") || u.hasSuffix("(%)") || u.hasSuffix("（%）") || u.hasSuffix("(pp)") { return .rate }
            return nil
        }
    }

    /// The decimals this format gives a column whose finite values are `values`.
    public func decimals(for values: [Double]) -> Int {
        switch precision {
        case .decimals(let d): return min(max(0, d), 15)
        case .significant(let n):
            let largest = values.lazy.filter(\.isFinite).map(abs).max() ?? 0
            guard largest > 0 else { return max(0, n - 1) }
            let magnitude = Int(log10(largest).rounded(.down))
            return min(max(0, n - 1 - magnitude), 15)
        }
    }

    /// `value` with `decimals` decimals (``NumberText/fixed(_:digits:)``), grouped by thousands
    /// (``NumberText/grouped(_:)``) if ``groupsThousands``; a value that rounds to zero prints
    /// without a sign (`0.000`, not `-0.000`).
    public func text(_ value: Double, decimals: Int) -> String {
        let plain = NumberText.droppingNegativeZeroSign(NumberText.fixed(value, digits: decimals))
        return groupsThousands ? NumberText.grouped(plain) : plain
    }
}

extension Table {
    /// The text every cell prints in the text renderers: a number in a column with a
    /// ``TableColumn/numberFormat`` is formatted with that column's one number of decimals; other
    /// cells print their ``TableCell/display``.
    public var displayRows: [[String]] {
        let columns = normalizedColumns
        let rows = normalizedRows
        let decimals: [Int?] = columns.enumerated().map { j, column in
            guard let format = column.numberFormat else { return nil }
            let values = rows.compactMap { row -> Double? in
                if case .number(let x, _) = row[j] { return x }
                return nil
            }
            return format.decimals(for: values)
        }
        return rows.map { row in
            row.enumerated().map { j, cell in
                guard case .number(let x, _) = cell, x.isFinite, let format = columns[j].numberFormat, let d = decimals[j] else {
                    return cell.display
                }
                return format.text(x, decimals: d)
            }
        }
    }

    /// The table with every numeric column's integer part grouped by thousands (`2,820,504.68`).
    public func groupingThousands(_ on: Bool = true) -> Table {
        var copy = self
        for j in copy.columns.indices where copy.columns[j].numberFormat != nil {
            copy.columns[j].numberFormat?.groupsThousands = on
        }
        return copy
    }
}
