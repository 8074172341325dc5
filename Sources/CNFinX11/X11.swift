import Foundation

/// The X-11 seasonal adjustment method as X-13ARIMA-SEATS implements it (U.S. Census
/// Bureau, X-13ARIMA-SEATS Reference Manual, `x11` spec; Ladiray & Quenneville,
/// "Seasonal Adjustment with the X-11 Method", Springer 2001, ch. 2–4).
///
/// Three passes, B (preliminary extreme values), C (final extreme values) and D (final
/// components), each:
///
/// 1. trend T₁ = centred 2×12 moving average of the series;
/// 2. SI = series ⊘ T₁ (⊘ is `/` multiplicative, `−` additive); seasonal S₁ = 3×3 filter
///    of each month's SI values (in B, after replacing extreme SI values), normalised by
///    its own 2×12 average (ends repeated), the six missing months at each end
///    copied from the same month a year later/earlier;
/// 3. adjusted A₁ = series ⊘ S₁; trend T₂ = Henderson filter of A₁ (length by the I/C ratio:
///    9, 13 or 23 terms; Musgrave end weights);
/// 4. SI = series ⊘ T₂; seasonal S₂ = 3×5 filter (in D the filter chosen by the global
///    moving-seasonality ratio) of each month's SI values — in B after replacing
///    extremes, in D the SI of the extreme-corrected series — normalised as above;
/// 5. irregular I = (series ⊘ S₂) ⊘ T₂; in B and C its extreme values are weighted
///    (σ limits 1.5/2.5) and the next pass starts from the series with the extreme part
///    of I removed (B20, C20).
///
/// Tables D10 (seasonal S₂ of pass D), D11 = B1 ⊘ D10, D12 = Henderson trend of the
/// modified adjusted series (length by its I/C ratio) and D13 = D11 ⊘ D12.
public enum X11 {
    /// Minimum span: three complete years.
    public static let minimumObservations = 36

    /// Decomposes a monthly series.
    ///
    /// - Parameters:
    ///   - values: B1, gap-free, oldest first (forecast months at the end, counted by
    ///     `options.forecastMonths`).
    ///   - firstMonth: calendar month (1...12) of `values[0]`.
    /// - Throws: `X11Error` for a short span, non-finite values, non-positive values in
    ///   a ratio mode, or a requested filter longer than the series allows.
    public static func decompose(_ values: [Double], firstMonth: Int,
                                 options: X11Options = X11Options()) throws(X11Error) -> X11Decomposition {
        try validate(values, firstMonth: firstMonth, options: options)
        let logAdd = options.mode == .logAdditive
        let data = logAdd ? values.map { Foundation.log($0) } : values
        let ctx = X11Context(ratio: options.mode.isRatio, start: firstMonth - 1,
                          forecasts: options.forecastMonths, options: options)
        let r = try ctx.run(data)
        func out(_ x: [Double]) -> [Double] { logAdd ? x.map { Foundation.exp($0) } : x }
        var d12 = out(r.d12), d13 = out(r.d13)
        if logAdd {
            d12 = try logAdditiveTrend(exp: d12, seasonal: out(r.d10), irregularC13: r.c13)
            let d11 = out(r.d11)
            d13 = zip(d11, d12).map { $0 / $1 }
        }
        return X11Decomposition(
            mode: options.mode, firstMonth: firstMonth, b1: values,
            d8: r.d8, d9Modified: r.d9, d10: out(r.d10), d11: out(r.d11), d12: d12,
            d13: d13, c17: r.c17, seasonalFilter: r.filter, msr: r.msr,
            hendersonB7: r.hB7, hendersonC7: r.hC7, hendersonD7: r.hD7, hendersonD12: r.hD12,
            icRatio: r.icr, forecastMonths: options.forecastMonths)
    }

    /// X-13's log-additive trend: exp(D12) multiplied by a 23-term Henderson smooth of the
    /// seasonal factors exp(D10) (Musgrave ends, R = 4.5) and by exp(Σ C13² / 2n), the
    /// lognormal bias factor of the C-pass irregular; non-positive values then replaced
    /// as for any multiplicative trend.
    static func logAdditiveTrend(exp t: [Double], seasonal s: [Double], irregularC13 i: [Double]) throws(X11Error) -> [Double] {
        let ssq = i.reduce(0) { $0 + $1 * $1 }
        let sig = Foundation.exp(ssq / (2 * Double(i.count)))
        let hs = try HendersonFilter(length: 23).apply(s)
        let corrected = (0..<t.count).map { t[$0] * hs[$0] * sig }
        return try X11Context(ratio: true, start: 0, forecasts: 0, options: X11Options()).positive(corrected)
    }

    static func validate(_ values: [Double], firstMonth: Int, options: X11Options) throws(X11Error) {
        guard (1...12).contains(firstMonth) else { throw .invalidFirstMonth(firstMonth) }
        let n = values.count
        guard n >= minimumObservations else { throw .spanTooShort(observations: n, minimum: minimumObservations) }
        guard options.forecastMonths >= 0, n - options.forecastMonths >= minimumObservations else {
            throw .invalidForecastCount(forecasts: options.forecastMonths, observations: n)
        }
        guard options.lowerSigma > 0.5, options.upperSigma > options.lowerSigma, options.upperSigma.isFinite else {
            throw .invalidSigmaLimits(lower: options.lowerSigma, upper: options.upperSigma)
        }
        for (i, v) in values.enumerated() {
            guard v.isFinite else { throw .nonFiniteValue(index: i) }
            if options.mode != .additive && v <= 0 { throw .nonPositiveValue(index: i, value: v) }
        }
        let years = n / 12
        if case .fixed(let f) = options.seasonalFilter, f.yearsNeeded > years {
            throw .seasonalFilterTooLong(filter: f.rawValue, yearsNeeded: f.yearsNeeded, yearsAvailable: years)
        }
        if case .fixed(let l) = options.henderson {
            _ = try HendersonFilter(length: l)
            guard l <= n else { throw .hendersonTooLong(length: l, observations: n) }
        }
    }
}
