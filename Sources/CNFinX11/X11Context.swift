/// The B, C and D passes of X-11 on (possibly log-transformed) data; see `X11`.
struct X11Context {
    let ratio: Bool
    /// Calendar month index (0 = January) of the first value.
    let start: Int
    let forecasts: Int
    let options: X11Options
    let period = 12

    struct Output {
        var d8: [Double], d9: [Double], d10: [Double], d11: [Double], d12: [Double], d13: [Double]
        var c17: [Double]
        var c13: [Double]
        var filter: SeasonalFilter
        var msr: [Double]
        var hB7: Int, hC7: Int, hD7: Int, hD12: Int
        var icr: Double
    }

    func remove(_ a: [Double], _ b: [Double]) -> [Double] {
        ratio ? zip(a, b).map { $0 / $1 } : zip(a, b).map { $0 - $1 }
    }

    var corrector: ExtremeValues {
        ExtremeValues(ratio: ratio, lower: options.lowerSigma, upper: options.upperSigma)
    }

    var stageFilter: SeasonalFilter {
        if case .fixed(let f) = options.seasonalFilter { return f }
        return .s3x5
    }

    var initialFilter: SeasonalFilter {
        if case .fixed(let f) = options.seasonalFilter { return f }
        return .s3x3
    }

    /// Seasonal factors normalised by their centred 2×12 average (ends of the average
    /// repeated); with `extend` > 0 the result is padded by `extend` values at each end
    /// copied from the same month one year inwards.
    func normalise(_ s: [Double], extend: Int) -> [Double] {
        var t = Filtering.centred2x12(s)
        let h = 6
        let n = s.count
        for i in 0..<h { t[i] = t[h] }
        for i in (n - h)..<n { t[i] = t[n - h - 1] }
        let r = remove(s, t)
        guard extend > 0 else { return r }
        var x = [Double](repeating: 0, count: n + 2 * extend)
        for i in 0..<n { x[i + extend] = r[i] }
        for i in stride(from: extend - 1, through: 0, by: -1) { x[i] = x[i + period] }
        for j in (n + extend)..<(n + 2 * extend) { x[j] = x[j - period] }
        return x
    }

    /// I/C ratio: mean absolute (relative) month-to-month change of the irregular over
    /// that of the trend, both from a 13-term Henderson filter of `s` (interior points,
    /// forecast months excluded).
    func icRatio(_ s: [Double]) throws(X11Error) -> Double {
        let h13 = try HendersonFilter(length: period + 1)
        let tr = Filtering.applySymmetric(h13.weights, endWeights: [], to: s)
        let lo = period / 2, hi = s.count - period / 2 - forecasts
        guard hi - lo >= 2 else { return 1 }
        let c = Array(tr[lo..<hi])
        let i = remove(Array(s[lo..<hi]), c)
        return meanAbsChange(i) / meanAbsChange(c)
    }

    func meanAbsChange(_ x: [Double]) -> Double {
        var s = 0.0
        for k in 1..<x.count {
            var d = abs(x[k] - x[k - 1])
            if ratio { d /= x[k - 1] }
            s += d
        }
        return s / Double(x.count - 1)
    }

    static func lengthFor(icr: Double) -> Int {
        if icr < 1 { return 9 }
        if icr < 3.5 { return 13 }
        return 23
    }

    /// Henderson trend of `s`, length fixed or chosen by the I/C ratio (`cap13`: B7 uses
    /// 13 terms whenever the ratio is ≥ 1).
    func trend(_ s: [Double], cap13: Bool) throws(X11Error) -> (trend: [Double], length: Int) {
        let length: Int
        if case .fixed(let l) = options.henderson {
            length = l
        } else {
            let icr = try icRatio(s)
            length = cap13 && icr >= 1 ? 13 : X11Context.lengthFor(icr: icr)
        }
        var t = try HendersonFilter(length: length).apply(s)
        if ratio { t = try positive(t) }
        return (t, length)
    }

    /// Replaces non-positive trend values by the mean of the nearest positive neighbours.
    func positive(_ x: [Double]) throws(X11Error) -> [Double] {
        var y = x
        let n = y.count
        for i in 0..<n where y[i] <= 0 {
            var b = i - 1
            while b >= 0 && y[b] <= 0 { b -= 1 }
            var a = i + 1
            while a < n && y[a] <= 0 { a += 1 }
            if b < 0 && a >= n { throw .nonPositiveTrend }
            if b >= 0 && a < n {
                y[i] = (y[b] + y[a]) / 2
            } else {
                y[i] = a >= n ? y[b] : y[a]
            }
        }
        return y
    }

    /// Preliminary seasonal of a pass (steps 1–3): returns the adjusted series' trend and
    /// its Henderson length. `replaceExtremes` applies the B4 treatment.
    func preliminary(_ x: [Double], replaceExtremes: Bool, cap13: Bool) throws(X11Error) -> (trend: [Double], length: Int) {
        let n = x.count
        let t1 = Array(Filtering.centred2x12(x)[6..<(n - 6)])
        let si = remove(Array(x[6..<(n - 6)]), t1)
        var siUsed = si
        if replaceExtremes {
            let s0 = normalise(initialFilter.apply(si), extend: 0)
            let irr = remove(si, s0)
            let ev = corrector
            let w = ev.weights(irr, startMonth: start + 6)
            siUsed = ev.replaced(si, weights: w)
        }
        let s1 = normalise(initialFilter.apply(siUsed), extend: 6)
        let a1 = remove(x, s1)
        return try trend(a1, cap13: cap13)
    }

    func run(_ b1: [Double]) throws(X11Error) -> Output {
        // ---- B
        let (b7, hB7) = try preliminary(b1, replaceExtremes: true, cap13: true)
        let b8 = remove(b1, b7)
        let ev = corrector
        let b9c = normalise(stageFilter.apply(b8), extend: 0)
        let w9 = ev.weights(remove(b8, b9c), startMonth: start)
        let b9g = ev.replaced(b8, weights: w9)
        let b10 = normalise(stageFilter.apply(b9g), extend: 0)
        let b13 = remove(remove(b1, b10), b7)
        let w17 = ev.weights(b13, startMonth: start)
        let b20 = ev.correctionFactors(b13, weights: w17)
        // ---- C
        let c1 = remove(b1, b20)
        let (c7, hC7) = try preliminary(c1, replaceExtremes: false, cap13: false)
        let c9 = remove(c1, c7)
        let c10 = normalise(stageFilter.apply(c9), extend: 0)
        let c13 = remove(remove(b1, c10), c7)
        let c17 = ev.weights(c13, startMonth: start)
        let c20 = ev.correctionFactors(c13, weights: c17)
        // ---- D
        let d1 = remove(b1, c20)
        let (d7, hD7) = try preliminary(d1, replaceExtremes: false, cap13: false)
        let d8 = remove(b1, d7)
        let d9 = remove(d1, d7)
        let filter: SeasonalFilter
        var msr: [Double] = []
        if case .fixed(let f) = options.seasonalFilter {
            filter = f
        } else {
            let m = MovingSeasonalityRatio.choose(Array(d9.dropLast(forecasts)), startMonth: start, ratio: ratio)
            filter = m.filter
            msr = m.ratios
        }
        let d10 = normalise(filter.apply(d9), extend: 0)
        let d11mod = remove(d1, d10)
        let d11 = remove(b1, d10)
        let icr = try icRatio(d11mod)
        let (d12, hD12) = try trend(d11mod, cap13: false)
        let d13 = remove(d11, d12)
        return Output(d8: d8, d9: d9, d10: d10, d11: d11, d12: d12, d13: d13, c17: c17, c13: c13, filter: filter, msr: msr,
                      hB7: hB7, hC7: hC7, hD7: hD7, hD12: hD12, icr: icr)
    }
}
