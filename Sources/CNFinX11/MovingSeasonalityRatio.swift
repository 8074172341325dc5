/// X-13's automatic choice of the final seasonal filter by the global moving-seasonality
/// ratio (Lothian 1984; X-13ARIMA-SEATS Reference Manual, x11 `seasonalma=msr`).
///
/// On the final SI ratios (D9 modified), over complete calendar years (a trailing partial
/// year is dropped): for each month a 7-term moving average of its values (ends extended
/// by the mean of the first/last three values) estimates the seasonal S, and SI / S (or
/// SI − S) the irregular I. With Ī_m, S̄_m the mean absolute (relative, if multiplicative)
/// year-to-year changes of month m, each scaled by X-11's bias factors for n changes,
///
///     GMSR = Σ_m n_m Ī_m / Σ_m n_m S̄_m.
///
/// GMSR < 2.5 → 3×3, 3.5 ≤ GMSR < 5.5 → 3×5, GMSR ≥ 6.5 → 3×9. In the gaps
/// [2.5, 3.5) and [5.5, 6.5) the last year is dropped and the ratio recomputed while
/// at least six years remain; failing that, 3×5.
public struct MovingSeasonalityRatio: Sendable, Equatable {
    /// The chosen filter.
    public let filter: SeasonalFilter
    /// The global ratios computed, one per attempt (X-13's `autosf.msr01`, …).
    public let ratios: [Double]

    static func choose(_ si: [Double], startMonth: Int, ratio: Bool, period: Int = 12) -> MovingSeasonalityRatio {
        let cut = (si.count + startMonth) % period
        var series = Array(si.dropLast(cut))
        var ratios: [Double] = []
        var chosen: SeasonalFilter?
        repeat {
            let g = globalRatio(series, ratio: ratio, period: period)
            ratios.append(g)
            chosen = decide(g)
            series = Array(series.dropLast(period))
        } while chosen == nil && series.count / period >= 6
        return MovingSeasonalityRatio(filter: chosen ?? .s3x5, ratios: ratios)
    }

    static func decide(_ g: Double) -> SeasonalFilter? {
        if g < 2.5 { return .s3x3 }
        if g < 3.5 { return nil }
        if g < 5.5 { return .s3x5 }
        if g < 6.5 { return nil }
        return .s3x9
    }

    static func globalRatio(_ x: [Double], ratio: Bool, period: Int) -> Double {
        var num = 0.0, den = 0.0
        for m in 0..<min(period, x.count) {
            let sub = stride(from: m, to: x.count, by: period).map { x[$0] }
            let s = sevenTerm(sub)
            let i = zip(sub, s).map { ratio ? $0 / $1 : $0 - $1 }
            let nc = sub.count - 1
            guard nc > 0 else { continue }
            var cs = 0.0, ci = 0.0
            for j in 1..<sub.count {
                var ds = s[j] - s[j - 1], di = i[j] - i[j - 1]
                if ratio {
                    ds /= s[j - 1]
                    di /= i[j - 1]
                }
                cs += abs(ds)
                ci += abs(di)
            }
            let sBar = cs / Double(nc) * seasonalFactor(nc)
            let iBar = ci / Double(nc) * irregularFactor(nc)
            num += iBar * Double(nc)
            den += sBar * Double(nc)
        }
        return num / den
    }

    private static let table: [Double] = [1.00000, 1.02584, 1.01779, 1.01383, 1.00000, 3.00000, 1.55291, 1.30095]

    static func irregularFactor(_ n: Int) -> Double {
        if n < 2 { return 1 }
        if n < 6 { return table[n - 2] }
        return Double(n) * 12.247449 / (73.239334 + Double(n - 6) * 12.247449)
    }

    static func seasonalFactor(_ n: Int) -> Double {
        if n < 2 { return 1 }
        if n < 6 { return table[n + 2] }
        return Double(n) * 1.732051 / (8.485281 + Double(n - 6) * 1.732051)
    }

    /// 7-term simple moving average, ends extended by the mean of the first/last three values.
    static func sevenTerm(_ y: [Double]) -> [Double] {
        let n = y.count
        guard n >= 3 else {
            let m = y.reduce(0, +) / Double(max(n, 1))
            return [Double](repeating: m, count: n)
        }
        let b = (y[0] + y[1] + y[2]) / 3
        let e = (y[n - 3] + y[n - 2] + y[n - 1]) / 3
        let ext = [b, b, b] + y + [e, e, e]
        return (0..<n).map { t in ext[t..<(t + 7)].reduce(0, +) / 7 }
    }
}
