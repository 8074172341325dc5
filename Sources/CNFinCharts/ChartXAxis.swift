/// The x axis of a chart: consecutive months or named categories.
/// Each position is a slot; bars fill the middle of a slot and lines join slot centres.
public enum ChartXAxis: Sendable, Hashable {
    /// `count` consecutive months from the month with index `firstIndex`
    /// (12·year + month − 1, the convention of `Month.index`).
    case months(firstIndex: Int, count: Int)
    /// Named positions, e.g. `["2022-05", "2023-05"]`.
    case categories([String])

    /// Consecutive months from `year`-`month`.
    public static func months(fromYear year: Int, month: Int, count: Int) -> ChartXAxis {
        .months(firstIndex: year * 12 + month - 1, count: count)
    }

    /// The number of positions.
    public var count: Int {
        switch self {
        case .months(_, let count): return max(count, 0)
        case .categories(let names): return names.count
        }
    }

    /// The text of position `i` (`YYYY-MM` for months).
    public func label(_ i: Int) -> String {
        switch self {
        case .months(let first, _): return MonthAxisTicks.text(first + i, yearOnly: false)
        case .categories(let names): return names.indices.contains(i) ? names[i] : ""
        }
    }
}
