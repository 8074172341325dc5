/// The LOESS smoother of STL (Cleveland et al. 1990, §2.1 and §2.4), on the
/// equally spaced abscissae `0, 1, …, n−1`.
///
/// At an abscissa `x` the estimate is a weighted least-squares fit of degree
/// `d ∈ {0, 1}` to the `q` (= `span`) nearest points, with tricube neighbourhood
/// weights `v_j = T(|j − x| / λ_q(x))`, `T(u) = (1 − u³)³` for `u < 1`, where
/// `λ_q(x)` is the distance from `x` to its q-th nearest abscissa. For `q > n`
/// the distance is enlarged to `λ_n(x) + ⌊(q − n)/2⌋`, the enlargement used by the
/// reference (netlib) implementation that statsmodels follows. Robustness
/// weights multiply the neighbourhood weights. With `jump > 1` the fit is computed
/// only at every `jump`-th abscissa (and the last) and linearly interpolated between.
///
/// The numerical cut-offs of the reference implementation are kept so results agree
/// with it to rounding: weights of points within `0.001·λ` are exactly 1, points beyond
/// `0.999·λ` get weight 0, and the degree-1 correction is skipped when the weighted
/// spread of the abscissae is below `0.001·(n − 1)`.
///
/// All storage is passed in by the caller: no allocation happens inside.
struct LoessSmoother {
    let span: Int
    let degree: Int
    let jump: Int

    /// The local fit at abscissa `xs` using points `nleft...nright`; `nil` when all weights vanish.
    /// `w` must have room for `nright + 1` values.
    @inline(__always)
    func estimate(_ y: UnsafePointer<Double>, count n: Int, at xs: Double, nleft: Int, nright: Int,
                  robustness rw: UnsafePointer<Double>?, weights w: UnsafeMutablePointer<Double>) -> Double? {
        let range = Double(n) - 1
        var h = max(xs - Double(nleft), Double(nright) - xs)
        if span > n { h += Double((span - n) / 2) }
        let h9 = 0.999 * h, h1 = 0.001 * h
        var a = 0.0
        for j in nleft...nright {
            w[j] = 0
            let r = abs(Double(j) - xs)
            if r <= h9 {
                if r <= h1 {
                    w[j] = 1
                } else {
                    let u = r / h
                    let t = 1 - u * u * u
                    w[j] = t * t * t
                }
                if let rw { w[j] *= rw[j] }
                a += w[j]
            }
        }
        guard a > 0 else { return nil }
        for j in nleft...nright { w[j] /= a }
        if h > 0 && degree > 0 {
            var mean = 0.0
            for j in nleft...nright { mean += w[j] * Double(j) }
            var b = xs - mean
            var c = 0.0
            for j in nleft...nright { let d = Double(j) - mean; c += w[j] * d * d }
            if c.squareRoot() > 0.001 * range {
                b /= c
                for j in nleft...nright { w[j] *= b * (Double(j) - mean) + 1 }
            }
        }
        var ys = 0.0
        for j in nleft...nright { ys += w[j] * y[j] }
        return ys
    }

    /// Smooths `y[0..<n]` into `ys[0..<n]`. `w` is scratch space of at least `n` values.
    func smooth(_ y: UnsafePointer<Double>, count n: Int, robustness rw: UnsafePointer<Double>?,
                into ys: UnsafeMutablePointer<Double>, weights w: UnsafeMutablePointer<Double>) {
        if n < 2 {
            if n == 1 { ys[0] = y[0] }
            return
        }
        let step = min(jump, n - 1)
        var nleft = 0, nright = 0
        if span >= n {
            nleft = 0
            nright = n - 1
            var i = 0
            while i < n {
                ys[i] = estimate(y, count: n, at: Double(i), nleft: nleft, nright: nright, robustness: rw, weights: w) ?? y[i]
                i += step
            }
        } else if step == 1 {
            let half = (span + 1) / 2
            nleft = 0
            nright = span - 1
            for i in 0..<n {
                if i + 1 > half && nright != n - 1 {
                    nleft += 1
                    nright += 1
                }
                ys[i] = estimate(y, count: n, at: Double(i), nleft: nleft, nright: nright, robustness: rw, weights: w) ?? y[i]
            }
            return
        } else {
            let half = (span + 1) / 2
            var i = 0
            while i < n {
                if i + 1 < half {
                    nleft = 0
                    nright = span - 1
                } else if i + 1 >= n - half + 1 {
                    nleft = n - span
                    nright = n - 1
                } else {
                    nleft = i - half + 1
                    nright = span + i - half
                }
                ys[i] = estimate(y, count: n, at: Double(i), nleft: nleft, nright: nright, robustness: rw, weights: w) ?? y[i]
                i += step
            }
        }
        if step == 1 { return }
        // Linear interpolation between the fitted abscissae.
        var i = 0
        while i <= n - 1 - step {
            let delta = (ys[i + step] - ys[i]) / Double(step)
            for j in (i + 1)..<(i + step) { ys[j] = ys[i] + delta * Double(j - i) }
            i += step
        }
        let k = ((n - 1) / step) * step
        if k != n - 1 {
            ys[n - 1] = estimate(y, count: n, at: Double(n - 1), nleft: nleft, nright: nright, robustness: rw, weights: w) ?? y[n - 1]
            if k != n - 2 {
                let delta = (ys[n - 1] - ys[k]) / Double(n - 1 - k)
                for j in (k + 1)..<(n - 1) { ys[j] = ys[k] + delta * Double(j - k) }
            }
        }
    }
}
