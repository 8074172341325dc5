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
/// With weights `w_j` and offsets `d_j = j − x`, the degree-1 fit is computed from the
/// five sums `a = Σw`, `s₁ = Σw·d`, `s₂ = Σw·d²`, `s_y = Σw·y`, `s_xy = Σw·d·y`:
/// with `m = s₁/a`, `ȳ = s_y/a` and `c = s₂/a − m²` (the weighted variance of the
/// abscissae), `ŷ(x) = ȳ − (m/c)·(s_xy/a − m·ȳ)` — algebraically the reference
/// implementation's `Σ_j w_j/a · (1 + (x − x̄)(j − x̄)/c) · y_j`.
///
/// Speed: the `q` nearest neighbours of every interior abscissa form a window that
/// slides by one, and its neighbourhood weights are the same for every interior
/// point. They are computed once (`kernel`); without robustness weights an interior
/// point is then a dot product with the normalised kernel (the linear term vanishes
/// for the symmetric window), and with robustness weights the five sums above are
/// correlations of the kernel tables with `ρ` and `ρ·y`. Interior points are processed
/// in blocks, looping over the kernel offset outside and the points inside, so the
/// inner loops run over contiguous memory and vectorise. Only the `q − 1` edge points
/// (and the points of a window enlarged beyond `n`) compute weights individually.
///
/// All storage is passed in by the caller: no allocation happens inside `smooth`.
struct LoessSmoother {
    let span: Int
    let degree: Int
    let jump: Int
    /// Position of an interior abscissa inside its window of `span` points.
    let centre: Int
    /// Neighbourhood distance `λ_q` of an interior abscissa.
    let interiorDistance: Double
    /// Whether the interior window is symmetric about its abscissa (odd span): then the
    /// degree-1 term vanishes for the unweighted interior fit.
    let symmetric: Bool
    /// First and last offsets (within the window) with a non-zero interior weight.
    let firstOffset: Int, lastOffset: Int
    /// Interior kernel tables, offsets `0..<span`: `K` (tricube), `K/ΣK`, `K·d`, `K·d²`
    /// with `d = k − centre` — stored back to back in one array.
    private let tables: [Double]

    /// Points per block of interior points.
    static let blockSize = 128

    /// Scratch values `smooth` needs for a smoother of span `span`.
    static func scratchCount(span: Int) -> Int { 6 * blockSize + span }

    init(span: Int, degree: Int, jump: Int) {
        self.span = span
        self.degree = degree
        self.jump = jump
        let half = (span + 1) / 2
        let centre = half - 1
        self.centre = centre
        symmetric = span - 1 - centre == centre
        let h = Double(max(centre, span - 1 - centre))
        interiorDistance = h
        var tables = [Double](repeating: 0, count: 4 * span)
        let h9 = 0.999 * h, h1 = 0.001 * h
        var a = 0.0
        for k in 0..<span {
            let d = Double(k - centre)
            let r = abs(d)
            var w = 0.0
            if r <= h9 {
                if r <= h1 {
                    w = 1
                } else {
                    let u = r / h
                    let t = 1 - u * u * u
                    w = t * t * t
                }
            }
            a += w
            tables[k] = w
            tables[2 * span + k] = w * d
            tables[3 * span + k] = w * d * d
        }
        var first = 0, last = span - 1
        while first < span - 1 && tables[first] == 0 { first += 1 }
        while last > first && tables[last] == 0 { last -= 1 }
        firstOffset = first
        lastOffset = last
        for k in 0..<span { tables[span + k] = a > 0 ? tables[k] / a : 0 }
        self.tables = tables
    }

    /// The degree-0 or degree-1 fit from the weighted sums (see the type's documentation).
    @inline(__always)
    static func combine(a: Double, s1: Double, s2: Double, sy: Double, sxy: Double,
                        linear: Bool, threshold: Double) -> Double {
        let inv = 1 / a
        let ybar = sy * inv
        guard linear else { return ybar }
        let m = s1 * inv
        let c = s2 * inv - m * m
        if c.squareRoot() > threshold {
            return ybar - m / c * (sxy * inv - m * ybar)
        }
        return ybar
    }

    /// The local fit at abscissa `xs` using points `nleft...nright`, computing the
    /// neighbourhood weights; `nil` when all weights vanish.
    @inline(__always)
    func estimate(_ y: UnsafePointer<Double>, count n: Int, at xs: Double, nleft: Int, nright: Int,
                  robustness rw: UnsafePointer<Double>?) -> Double? {
        var h = max(xs - Double(nleft), Double(nright) - xs)
        if span > n { h += Double((span - n) / 2) }
        let h9 = 0.999 * h, h1 = 0.001 * h
        let invH = 1 / h
        var a = 0.0, s1 = 0.0, s2 = 0.0, sy = 0.0, sxy = 0.0
        for j in nleft...nright {
            let d = Double(j) - xs
            let r = abs(d)
            guard r <= h9 else { continue }
            var w = 1.0
            if r > h1 {
                let u = r * invH
                let t = 1 - u * u * u
                w = t * t * t
            }
            if let rw { w *= rw[j] }
            let wy = w * y[j]
            a += w
            s1 += w * d
            s2 += w * d * d
            sy += wy
            sxy += wy * d
        }
        guard a > 0 else { return nil }
        return LoessSmoother.combine(a: a, s1: s1, s2: s2, sy: sy, sxy: sxy,
                                     linear: h > 0 && degree > 0, threshold: 0.001 * (Double(n) - 1))
    }

    /// The fit at the interior abscissa `i` (window `i − centre ..< i − centre + span`) from the kernel tables.
    @inline(__always)
    private func interiorEstimate(_ y: UnsafePointer<Double>, count n: Int, at i: Int,
                                  robustness rw: UnsafePointer<Double>?, tables t: UnsafePointer<Double>) -> Double {
        let base = i - centre
        guard let rw else {
            let kn = t + span
            var s = 0.0
            for k in firstOffset...lastOffset { s += kn[k] * y[base + k] }
            return s
        }
        let kd = t + 2 * span, kdd = t + 3 * span
        var a = 0.0, s1 = 0.0, s2 = 0.0, sy = 0.0, sxy = 0.0
        for k in firstOffset...lastOffset {
            let r = rw[base + k], v = r * y[base + k]
            a += t[k] * r
            s1 += kd[k] * r
            s2 += kdd[k] * r
            sy += t[k] * v
            sxy += kd[k] * v
        }
        guard a > 0 else { return y[i] }
        return LoessSmoother.combine(a: a, s1: s1, s2: s2, sy: sy, sxy: sxy,
                                     linear: degree > 0, threshold: 0.001 * (Double(n) - 1))
    }

    /// Fits the interior points `lo...hi` (jump 1) in blocks; see the type's documentation.
    private func smoothInterior(_ y: UnsafePointer<Double>, count n: Int, from lo: Int, through hi: Int,
                                robustness rw: UnsafePointer<Double>?, into ys: UnsafeMutablePointer<Double>,
                                scratch: UnsafeMutablePointer<Double>, tables t: UnsafePointer<Double>) {
        let bs = LoessSmoother.blockSize
        let k0 = firstOffset, k1 = lastOffset
        var i0 = lo
        guard let rw else {
            let kn = t + span
            while i0 <= hi {
                let m = min(bs, hi - i0 + 1)
                let out = ys + i0
                let src = y + (i0 - centre)
                let c0 = kn[k0], s0 = src + k0
                for p in 0..<m { out[p] = c0 * s0[p] }
                if k0 < k1 {
                    for k in (k0 + 1)...k1 {
                        let c = kn[k], s = src + k
                        for p in 0..<m { out[p] += c * s[p] }
                    }
                }
                i0 += m
            }
            return
        }
        let kd = t + 2 * span, kdd = t + 3 * span
        let sa = scratch, s1 = scratch + bs, s2 = scratch + 2 * bs, sy = scratch + 3 * bs, sxy = scratch + 4 * bs
        let v = scratch + 5 * bs
        let linear = degree > 0
        let threshold = 0.001 * (Double(n) - 1)
        while i0 <= hi {
            let m = min(bs, hi - i0 + 1)
            let base = i0 - centre
            let r0 = rw + base, y0 = y + base
            for p in 0..<(m + span - 1) { v[p] = r0[p] * y0[p] }
            for p in 0..<m { sa[p] = 0; sy[p] = 0 }
            if linear {
                for p in 0..<m { s1[p] = 0; s2[p] = 0; sxy[p] = 0 }
            }
            for k in k0...k1 {
                let w = t[k], r = r0 + k, vk = v + k
                if linear {
                    let wd = kd[k], wdd = kdd[k]
                    for p in 0..<m {
                        let rp = r[p], vp = vk[p]
                        sa[p] += w * rp
                        s1[p] += wd * rp
                        s2[p] += wdd * rp
                        sy[p] += w * vp
                        sxy[p] += wd * vp
                    }
                } else {
                    for p in 0..<m {
                        sa[p] += w * r[p]
                        sy[p] += w * vk[p]
                    }
                }
            }
            for p in 0..<m {
                let a = sa[p]
                if a > 0 {
                    ys[i0 + p] = LoessSmoother.combine(a: a, s1: s1[p], s2: s2[p], sy: sy[p], sxy: sxy[p],
                                                       linear: linear, threshold: threshold)
                } else {
                    ys[i0 + p] = y[i0 + p]
                }
            }
            i0 += m
        }
    }

    /// Smooths `y[0..<n]` into `ys[0..<n]` (`ys` must not overlap `y`). `scratch` holds at
    /// least `scratchCount(span:)` values.
    func smooth(_ y: UnsafePointer<Double>, count n: Int, robustness rw: UnsafePointer<Double>?,
                into ys: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>) {
        tables.withUnsafeBufferPointer { tp in
            guard let t = tp.baseAddress else { return }
            smooth(y, count: n, robustness: rw, into: ys, scratch: scratch, tables: t)
        }
    }

    private func smooth(_ y: UnsafePointer<Double>, count n: Int, robustness rw: UnsafePointer<Double>?,
                        into ys: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
                        tables t: UnsafePointer<Double>) {
        if n < 2 {
            if n == 1 { ys[0] = y[0] }
            return
        }
        let step = min(jump, n - 1)
        var nleft = 0, nright = 0
        // Without robustness weights, an asymmetric window (even span) of degree 1 is not a
        // plain dot product with the normalised kernel: fit such interior points one by one.
        let useKernel = rw != nil || degree == 0 || symmetric
        if span >= n {
            nleft = 0
            nright = n - 1
            var i = 0
            while i < n {
                ys[i] = estimate(y, count: n, at: Double(i), nleft: nleft, nright: nright, robustness: rw) ?? y[i]
                i += step
            }
        } else if step == 1 {
            // The window of point i starts at min(max(0, i − half + 1), n − span) (the reference
            // implementation slides it by one once i passes half); interior points, whose window
            // starts at i − centre, are lo...hi.
            let half = (span + 1) / 2
            let lo = half - 1, hi = n - span + half - 1
            for i in 0..<lo {
                ys[i] = estimate(y, count: n, at: Double(i), nleft: 0, nright: span - 1, robustness: rw) ?? y[i]
            }
            if useKernel {
                smoothInterior(y, count: n, from: lo, through: hi, robustness: rw, into: ys, scratch: scratch, tables: t)
            } else {
                for i in lo...hi {
                    ys[i] = estimate(y, count: n, at: Double(i), nleft: i - centre, nright: i - centre + span - 1,
                                     robustness: rw) ?? y[i]
                }
            }
            if hi + 1 < n {
                for i in (hi + 1)..<n {
                    ys[i] = estimate(y, count: n, at: Double(i), nleft: n - span, nright: n - 1, robustness: rw) ?? y[i]
                }
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
                if useKernel && i - nleft == centre {
                    ys[i] = interiorEstimate(y, count: n, at: i, robustness: rw, tables: t)
                } else {
                    ys[i] = estimate(y, count: n, at: Double(i), nleft: nleft, nright: nright, robustness: rw) ?? y[i]
                }
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
            ys[n - 1] = estimate(y, count: n, at: Double(n - 1), nleft: nleft, nright: nright, robustness: rw) ?? y[n - 1]
            if k != n - 2 {
                let delta = (ys[n - 1] - ys[k]) / Double(n - 1 - k)
                for j in (k + 1)..<(n - 1) { ys[j] = ys[k] + delta * Double(j - k) }
            }
        }
    }
}
