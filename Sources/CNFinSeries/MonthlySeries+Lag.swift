extension MonthlySeries {
    /// The series lagged by `k` months: yₜ = xₜ₋ₖ (a lead for negative `k`).
    /// The values are unchanged and ``start`` moves `k` months later.
    public func lag(_ k: Int = 1) -> MonthlySeries {
        with(start: start.advanced(by: k), values: values)
    }

    /// The `k`-month difference yₜ = xₜ − xₜ₋ₖ (same unit); missing when
    /// either value is missing, so the first `k` months are missing.
    public func difference(_ k: Int = 1) -> MonthlySeries {
        mapMonths { t in
            guard let x = self[t], let x0 = self[t.advanced(by: -k)] else { return nil }
            return x - x0
        }
    }

    /// The change of a rate in percentage points, yₜ = xₜ − xₜ₋ₖ
    /// (k = 1: 比上月, k = 12: 比上年同期), unit ``SeriesUnit/percentagePoints``.
    public func percentagePointChange(_ k: Int = 1) -> MonthlySeries {
        var result = difference(k)
        result.unit = .percentagePoints
        result.kind = .rate
        return result
    }
}
