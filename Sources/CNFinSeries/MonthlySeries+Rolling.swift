extension MonthlySeries {
    /// Rolling sum over `window` months ending at t: yₜ = Σᵢ₌₀^{w−1} xₜ₋ᵢ.
    /// Missing unless all `window` values are present (so the first w − 1
    /// months are missing); all missing for `window` ≤ 0.
    public func rollingSum(window: Int) -> MonthlySeries {
        mapMonths { t in
            guard window > 0 else { return nil }
            var sum = 0.0
            for i in 0..<window {
                guard let x = self[t.advanced(by: -i)] else { return nil }
                sum += x
            }
            return sum
        }
    }

    /// Rolling mean over `window` months ending at t: yₜ = (1/w) Σᵢ₌₀^{w−1} xₜ₋ᵢ,
    /// missing unless all `window` values are present.
    public func rollingMean(window: Int) -> MonthlySeries {
        let sums = rollingSum(window: window)
        return sums.with(values: sums.values.map { $0.map { $0 / Double(window) } })
    }

    /// The 12-month (trailing-year) sum of a flow: yₜ = Σᵢ₌₀¹¹ xₜ₋ᵢ.
    public func twelveMonthSum() -> MonthlySeries {
        rollingSum(window: 12)
    }
}
