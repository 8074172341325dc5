extension MonthlySeries {
    /// Monthly flows from year-to-date cumulative values (累计值 → 当月值).
    ///
    /// - January: fₜ = YTDₜ.
    /// - Other months: fₜ = YTDₜ − YTDₜ₋₁ when both are present.
    /// - February with January missing: the PBoC often publishes January and
    ///   February together, so the February YTD is the combined Jan–Feb
    ///   figure; the result keeps it combined: f(Feb) = YTD(Feb) and January
    ///   stays missing. (A January outside the stored range counts as missing.)
    /// - Any other month whose previous YTD is missing is missing.
    public func flowFromYearToDate() -> MonthlySeries {
        mapMonths(kind: .flow) { t in
            guard let ytd = self[t] else { return nil }
            if t.month == 1 { return ytd }
            if let previous = self[t.advanced(by: -1)] { return ytd - previous }
            if t.month == 2 { return ytd } // Jan–Feb combined
            return nil
        }
    }

    /// Year-to-date cumulative values from monthly flows (当月值 → 累计值):
    /// YTDₜ = Σ of the flows from January of t's year through t.
    ///
    /// A missing January followed by a present February is read as the
    /// Jan–Feb combined convention (the inverse of ``flowFromYearToDate()``):
    /// YTD(Feb) = f(Feb), YTD(Jan) missing. Otherwise a missing flow makes
    /// that month and the rest of its year missing, as does a year whose
    /// January–February lie outside the stored range for months after February.
    public func yearToDateFromFlow() -> MonthlySeries {
        mapMonths(kind: .flow) { t in
            var sum = 0.0
            for m in 1...t.month {
                let month = Month(index: t.year * 12 + m - 1)
                if let x = self[month] {
                    sum += x
                } else if m == 1 && t.month >= 2 && self[month.advanced(by: 1)] != nil {
                    continue // Jan–Feb combined in February
                } else {
                    return nil
                }
            }
            return sum
        }
    }
}
