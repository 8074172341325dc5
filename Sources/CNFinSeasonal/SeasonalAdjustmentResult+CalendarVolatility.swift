import Foundation

extension SeasonalAdjustmentResult {
    /// Standard deviation of the month-on-month change of the adjusted series in one calendar
    /// month — the volatility a moving-holiday adjustment is meant to remove from January and
    /// February.
    ///
    /// The change is `a_t − a_{t−1}` for additive adjustments (units of the series) and
    /// `100·ln(a_t/a_{t−1})` for log adjustments (percent); the deviation is the sample standard
    /// deviation (divisor `m − 1`) over the years in the sample. `calendarMonth == nil` uses
    /// every month. NaN with fewer than two changes.
    public func adjustedChangeDeviation(calendarMonth: Int?) -> Double {
        var changes: [Double] = []
        for i in 1..<max(adjusted.count, 1) where calendarMonth == nil || months[i].month == calendarMonth {
            let c = multiplicative ? 100 * Foundation.log(adjusted[i] / adjusted[i - 1]) : adjusted[i] - adjusted[i - 1]
            if c.isFinite { changes.append(c) }
        }
        guard changes.count >= 2 else { return .nan }
        let mean = changes.reduce(0, +) / Double(changes.count)
        let ss = changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (ss / Double(changes.count - 1)).squareRoot()
    }
}
