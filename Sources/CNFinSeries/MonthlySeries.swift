/// A monthly time series with explicit missing values.
///
/// Values are stored consecutively from ``start``: `values[i]` is the value of
/// month `start + i`, `nil` when missing. Outside the stored range the
/// subscript returns `nil`.
public struct MonthlySeries: Sendable, Hashable, Identifiable {
    /// The series id, e.g. `m2`.
    public var id: String
    /// The first month stored.
    public var start: Month
    /// The values, one per month from ``start``; `nil` = missing.
    public var values: [Double?]
    /// The unit of the values.
    public var unit: SeriesUnit
    /// Stock, flow or rate.
    public var kind: SeriesKind
    /// Registered breaks that affect this series.
    public var breaks: [DefinitionalBreak]

    /// Creates a series.
    public init(id: String, start: Month, values: [Double?], unit: SeriesUnit = .yi, kind: SeriesKind = .stock,
                breaks: [DefinitionalBreak] = []) {
        self.id = id
        self.start = start
        self.values = values
        self.unit = unit
        self.kind = kind
        self.breaks = breaks
    }

    /// Creates a series from observations in any order; months between the
    /// earliest and latest observation that are absent become missing. Later
    /// duplicates replace earlier ones. An empty list gives an empty series
    /// starting at `emptyStart`.
    public init(id: String, observations: [(month: Month, value: Double)], unit: SeriesUnit = .yi,
                kind: SeriesKind = .stock, breaks: [DefinitionalBreak] = [], emptyStart: Month = Month(index: 2000 * 12)) {
        let first = observations.map(\.month).min() ?? emptyStart
        let last = observations.map(\.month).max()
        var values = [Double?](repeating: nil, count: last.map { first.distance(to: $0) + 1 } ?? 0)
        for observation in observations {
            values[first.distance(to: observation.month)] = observation.value
        }
        self.init(id: id, start: first, values: values, unit: unit, kind: kind, breaks: breaks)
    }

    /// The number of months stored (missing ones included).
    public var count: Int { values.count }

    /// Whether no month is stored.
    public var isEmpty: Bool { values.isEmpty }

    /// The last month stored, `nil` for an empty series.
    public var end: Month? { values.isEmpty ? nil : start.advanced(by: values.count - 1) }

    /// The months stored, in order.
    public var months: [Month] { (0..<values.count).map { start.advanced(by: $0) } }

    /// The non-missing (month, value) pairs, in order.
    public var observations: [(month: Month, value: Double)] {
        values.enumerated().compactMap { i, v in v.map { (month: start.advanced(by: i), value: $0) } }
    }

    /// The value of `month`; `nil` when missing or outside the stored range.
    /// Setting a month outside the range extends the series with missing values.
    public subscript(month: Month) -> Double? {
        get {
            let i = start.distance(to: month)
            return values.indices.contains(i) ? values[i] : nil
        }
        set {
            if values.isEmpty {
                start = month
                values = [newValue]
                return
            }
            var i = start.distance(to: month)
            if i < 0 {
                values.insert(contentsOf: [Double?](repeating: nil, count: -i), at: 0)
                start = month
                i = 0
            } else if i >= values.count {
                values.append(contentsOf: [Double?](repeating: nil, count: i - values.count + 1))
            }
            values[i] = newValue
        }
    }

    /// The series without leading and trailing missing values (empty if all are missing).
    public func trimmed() -> MonthlySeries {
        guard let first = values.firstIndex(where: { $0 != nil }),
              let last = values.lastIndex(where: { $0 != nil })
        else { return with(start: start, values: []) }
        return with(start: start.advanced(by: first), values: Array(values[first...last]))
    }

    /// The months from `from` through `to` (each bound optional and inclusive),
    /// intersected with the stored range. An empty intersection gives an empty series.
    public func sliced(from: Month? = nil, to: Month? = nil) -> MonthlySeries {
        guard let end else { return self }
        let lower = max(from ?? start, start)
        let upper = min(to ?? end, end)
        guard lower <= upper else { return with(start: lower, values: []) }
        let i = start.distance(to: lower), j = start.distance(to: upper)
        return with(start: lower, values: Array(values[i...j]))
    }

    /// A copy with other values (and start), keeping id, unit, kind and breaks.
    public func with(start: Month? = nil, values: [Double?]) -> MonthlySeries {
        MonthlySeries(id: id, start: start ?? self.start, values: values, unit: unit, kind: kind, breaks: breaks)
    }

    /// A copy whose value at each month is `transform(month)`, keeping id, unit, kind and breaks.
    func mapMonths(unit: SeriesUnit? = nil, kind: SeriesKind? = nil, _ transform: (Month) -> Double?) -> MonthlySeries {
        var copy = with(values: months.map(transform))
        if let unit { copy.unit = unit }
        if let kind { copy.kind = kind }
        return copy
    }
}
