/// Several series aligned on one calendar: the union of their month ranges,
/// with `nil` wherever a series has no value.
///
/// `values[i][j]` is series `j` in month `months[i]`.
public struct SeriesFrame: Sendable, Hashable {
    /// The series ids, in column order.
    public let ids: [String]
    /// Every month from the earliest start to the latest end, consecutive.
    public let months: [Month]
    /// One row per month, one column per series.
    public let values: [[Double?]]

    /// Aligns `series` on the union of their ranges (empty series add no months).
    public init(_ series: [MonthlySeries]) {
        ids = series.map(\.id)
        let starts = series.filter { !$0.isEmpty }.map(\.start)
        let ends = series.compactMap(\.end)
        guard let first = starts.min(), let last = ends.max() else {
            months = []
            values = []
            return
        }
        let months = (0...first.distance(to: last)).map { first.advanced(by: $0) }
        self.months = months
        values = months.map { month in series.map { $0[month] } }
    }

    /// The column of series `id`, or `nil` if the frame has no such series.
    public func column(_ id: String) -> [Double?]? {
        ids.firstIndex(of: id).map { j in values.map { $0[j] } }
    }

    /// The rows where every series has a value.
    public var completeRows: [(month: Month, values: [Double])] {
        zip(months, values).compactMap { month, row in
            let present = row.compactMap { $0 }
            return present.count == row.count ? (month: month, values: present) : nil
        }
    }
}

/// Aligns several series on a common calendar; see ``SeriesFrame``.
public func align(_ series: [MonthlySeries]) -> SeriesFrame {
    SeriesFrame(series)
}
