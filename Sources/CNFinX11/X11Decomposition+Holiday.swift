extension X11Decomposition {
    /// D16, the combined seasonal and holiday adjustment factors: D10 · H (multiplicative,
    /// log-additive) or D10 + H (additive), where H are the holiday factors the caller removed
    /// from the series before X-11 (X-13's regARIMA holiday effect: exp(βx) after a log
    /// transform, βx without). `holiday[i]` belongs to the month of `b1[i]`; the result has
    /// `min(holiday.count, d10.count)` values. The adjusted series D11 of the original
    /// series is then A1 ⊘ D16 (with other prior factors, such as outliers, also removed).
    public func combinedFactors(holiday: [Double]) -> [Double] {
        mode == .additive ? zip(d10, holiday).map { $0 + $1 } : zip(d10, holiday).map { $0 * $1 }
    }
}
