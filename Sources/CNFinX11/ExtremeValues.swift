/// X-11's graduation of extreme irregulars (Ladiray & Quenneville 2001, §2.3–2.4; the
/// B4, B9, B17, C17 steps of X-13).
///
/// 1. σ for each calendar year is the root mean square of the irregular around its
///    expected value (1 multiplicative, 0 additive) over a moving five-year window
///    centred on the year (the first/last windows serve the first/last two or three
///    years; an incomplete last stretch gets the window ending at the series' end).
///    Fewer than five full years: one σ for the whole span.
/// 2. Weights: 1 if |I − x̄| ≤ L σ, 0 if > U σ, linear (Uσ − |I − x̄|)/((U − L)σ) between
///    (L = 1.5, U = 2.5 by default).
/// 3. σ is recomputed without the zero-weight values and the weights assigned again.
/// 4. A value with weight < 1 is replaced by the average of itself (with its weight)
///    and the nearest two full-weight values of the same month on each side (four in
///    all, taken from one side when the other has too few), i.e.
///    (w·x + Σ four) / (4 + w); with fewer than four, by the month's mean.
struct ExtremeValues {
    let ratio: Bool
    let lower: Double
    let upper: Double
    let period = 12

    /// The weights of `irregular`, whose first value falls in calendar month index
    /// `startMonth` (0 = January).
    func weights(_ irregular: [Double], startMonth: Int) -> [Double] {
        let start = startMonth % period
        var sd = sigmas(irregular, start: start)
        var w = assign(irregular, sigmas: sd, start: start)
        if w.contains(where: { $0 < 1 }) {
            let trimmed = zip(irregular, w).map { $0.1 == 0 ? Double.nan : $0.0 }
            sd = sigmas(trimmed, start: start)
            w = assign(irregular, sigmas: sd, start: start)
        }
        return w
    }

    private func rms(_ x: ArraySlice<Double>) -> Double {
        let centre = ratio ? 1.0 : 0.0
        var s = 0.0, k = 0
        for v in x where !v.isNaN {
            s += (v - centre) * (v - centre)
            k += 1
        }
        return (s / Double(k)).squareRoot()
    }

    /// One σ per calendar year (the first entry for a partial first year if any).
    private func sigmas(_ s: [Double], start: Int) -> [Double] {
        let n = s.count
        var fullYears = (n - start) / period
        if start == 0 && (n - start) % period == 0 { fullYears -= 1 }
        let nbeg = (period - start) % period
        let window = 5
        if fullYears < window { return [rms(s[...])] }
        var ny = fullYears
        var ie = window / 2
        if start > 0 {
            ny += 1
            ie += 1
        }
        var partialEnd = false
        if (n - nbeg) % period != 0 {
            ny += 1
            partialEnd = true
        }
        var sd = [Double](repeating: 0, count: ny)
        let first = rms(s[0..<min(n, nbeg + window * period)])
        for i in 0..<ie { sd[i] = first }
        var b = nbeg, e = nbeg + window * period
        while e <= n, ie < ny {
            sd[ie] = rms(s[b..<e])
            ie += 1
            b += period
            e += period
        }
        let last: Double
        if partialEnd {
            b -= period
            last = rms(s[b..<n])
        } else {
            last = sd[ie - 1]
        }
        for i in ie..<ny { sd[i] = last }
        return sd
    }

    private func assign(_ cur: [Double], sigmas sd: [Double], start: Int) -> [Double] {
        let n = cur.count
        var w = [Double](repeating: 1, count: n)
        let centre = ratio ? 1.0 : 0.0
        var y = 0
        var b = 0, e = min(n, period - start)
        while b < n {
            let s = sd[min(y, sd.count - 1)]
            let lv = s * lower, uv = s * upper
            if abs(s) >= 1e-5 {
                for i in b..<e {
                    let t = abs(cur[i] - centre)
                    if t - uv > 1e-15 {
                        w[i] = 0
                    } else if t - lv > 1e-15 {
                        w[i] = (uv - t) / (uv - lv)
                    }
                }
            }
            y += 1
            b = e
            e = min(n, e + period)
        }
        return w
    }

    /// `s` with every value of weight < 1 replaced (step 4).
    func replaced(_ s: [Double], weights w: [Double]) -> [Double] {
        let n = s.count
        var out = s
        var means: [Double]?
        for i in 0..<n where w[i] < 1 {
            if let pos = neighbours(i, weights: w) {
                var x = w[i] * s[i]
                for p in pos { x += s[p] }
                out[i] = x / (4 + w[i])
            } else {
                if means == nil {
                    means = (0..<period).map { m in
                        let v = stride(from: m, to: n, by: period).map { s[$0] }
                        return v.reduce(0, +) / Double(max(v.count, 1))
                    }
                }
                out[i] = means?[i % period] ?? s[i]
            }
        }
        return out
    }

    private func neighbours(_ p: Int, weights w: [Double]) -> [Int]? {
        var out: [Int] = []
        var lb = p, ub = p, lp = 0, up = 0
        while lb >= period && lp != 2 {
            lb -= period
            if w[lb] == 1 { lp += 1; out.append(lb) }
        }
        let n = w.count
        while ub < n - period && up != 2 {
            ub += period
            if w[ub] == 1 { up += 1; out.append(ub) }
        }
        if lp < 2 {
            while ub < n - period && out.count < 4 {
                ub += period
                if w[ub] == 1 { out.append(ub) }
            }
        } else if up < 2 {
            while lb >= period && out.count < 4 {
                lb -= period
                if w[lb] == 1 { out.append(lb) }
            }
        }
        return out.count < 4 ? nil : out
    }

    /// Factors that remove the extreme part of `irregular` (B20/C20): I / (1 + w (I − 1))
    /// multiplicative, I (1 − w) additive; neutral where the weight is 1.
    func correctionFactors(_ irregular: [Double], weights w: [Double]) -> [Double] {
        zip(irregular, w).map { i, x in
            if x >= 1 { return ratio ? 1 : 0 }
            return ratio ? i / (1 + x * (i - 1)) : i * (1 - x)
        }
    }
}
