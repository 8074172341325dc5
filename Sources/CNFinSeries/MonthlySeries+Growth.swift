import Foundation

extension MonthlySeries {
    /// Percentage change over `k` months: yₜ = (xₜ / xₜ₋ₖ − 1) · 100, in %.
    /// Missing when either value is missing or xₜ₋ₖ = 0.
    public func percentChange(over k: Int) -> MonthlySeries {
        mapMonths(unit: .percent, kind: .rate) { t in
            guard let x = self[t], let x0 = self[t.advanced(by: -k)], x0 != 0 else { return nil }
            return (x / x0 - 1) * 100
        }
    }

    /// Year-on-year growth (同比): yₜ = (xₜ / xₜ₋₁₂ − 1) · 100, in %.
    ///
    /// This ignores definitional breaks; see
    /// ``yearOverYearGrowth(breaks:published:)`` for the break-aware version.
    public func yearOverYearGrowth() -> MonthlySeries {
        percentChange(over: 12)
    }

    /// Month-on-month growth (环比): yₜ = (xₜ / xₜ₋₁ − 1) · 100, in %.
    public func monthOverMonthGrowth() -> MonthlySeries {
        percentChange(over: 1)
    }

    /// Annualises a series of monthly growth rates gₜ in %:
    /// yₜ = ((1 + gₜ/100)¹² − 1) · 100.
    public func annualizedFromMonthlyRate() -> MonthlySeries {
        mapMonths(unit: .percent, kind: .rate) { t in
            guard let g = self[t], 1 + g / 100 >= 0 else { return nil }
            return (pow(1 + g / 100, 12) - 1) * 100
        }
    }

    /// Annualised growth of the level over `k` months:
    /// yₜ = ((xₜ / xₜ₋ₖ)^(12/k) − 1) · 100, in %. Missing when either value
    /// is missing, `k` ≤ 0, or the ratio is not positive.
    public func annualizedGrowth(over k: Int) -> MonthlySeries {
        mapMonths(unit: .percent, kind: .rate) { t in
            guard k > 0, let x = self[t], let x0 = self[t.advanced(by: -k)], x0 != 0, x / x0 > 0 else { return nil }
            return (pow(x / x0, 12 / Double(k)) - 1) * 100
        }
    }

    /// Log difference in per cent: yₜ = 100 · (ln xₜ − ln xₜ₋ₖ). Missing when
    /// either value is missing or not positive.
    public func logDifference(_ k: Int = 1) -> MonthlySeries {
        mapMonths(unit: .percent, kind: .rate) { t in
            guard let x = self[t], let x0 = self[t.advanced(by: -k)], x > 0, x0 > 0 else { return nil }
            return 100 * (log(x) - log(x0))
        }
    }
}
