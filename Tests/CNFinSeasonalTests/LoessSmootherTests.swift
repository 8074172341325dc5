import Testing
@testable import CNFinSeasonal

/// The optimised LOESS smoother (interior kernel tables, blocked correlations, five-sum
/// degree-1 fit) against a direct port of the reference (netlib) `stlest`/`stless`
/// routines: per point, tricube weights, normalisation, then the degree-1 correction.
/// Tolerance 1e-12 relative to max(|reference|, 1): the two compute the same weighted
/// least-squares fit in a different order, so they agree to a few hundred ulps.
@Suite struct LoessSmootherTests {
    /// netlib `stlest`: the fit at `xs` from points `nleft...nright`.
    static func referenceEstimate(_ y: [Double], at xs: Double, nleft: Int, nright: Int, span: Int, degree: Int,
                                  robustness rw: [Double]?) -> Double? {
        let n = y.count
        let range = Double(n) - 1
        var h = max(xs - Double(nleft), Double(nright) - xs)
        if span > n { h += Double((span - n) / 2) }
        let h9 = 0.999 * h, h1 = 0.001 * h
        var w = [Double](repeating: 0, count: n)
        var a = 0.0
        for j in nleft...nright {
            let r = abs(Double(j) - xs)
            if r <= h9 {
                if r <= h1 { w[j] = 1 } else { let u = r / h; let t = 1 - u * u * u; w[j] = t * t * t }
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

    /// netlib `stless`.
    static func referenceSmooth(_ y: [Double], span: Int, degree: Int, jump: Int, robustness rw: [Double]?) -> [Double] {
        let n = y.count
        var ys = [Double](repeating: 0, count: n)
        if n < 2 { return y }
        let step = min(jump, n - 1)
        var nleft = 0, nright = 0
        if span >= n {
            nright = n - 1
            for i in stride(from: 0, to: n, by: step) {
                ys[i] = referenceEstimate(y, at: Double(i), nleft: 0, nright: n - 1, span: span, degree: degree, robustness: rw) ?? y[i]
            }
        } else {
            let half = (span + 1) / 2
            for i in stride(from: 0, to: n, by: step) {
                if i + 1 < half {
                    nleft = 0; nright = span - 1
                } else if i + 1 >= n - half + 1 {
                    nleft = n - span; nright = n - 1
                } else {
                    nleft = i - half + 1; nright = span + i - half
                }
                ys[i] = referenceEstimate(y, at: Double(i), nleft: nleft, nright: nright, span: span, degree: degree, robustness: rw) ?? y[i]
            }
        }
        if step == 1 { return ys }
        var i = 0
        while i <= n - 1 - step {
            let delta = (ys[i + step] - ys[i]) / Double(step)
            for j in (i + 1)..<(i + step) { ys[j] = ys[i] + delta * Double(j - i) }
            i += step
        }
        let k = ((n - 1) / step) * step
        if k != n - 1 {
            ys[n - 1] = referenceEstimate(y, at: Double(n - 1), nleft: nleft, nright: nright, span: span, degree: degree, robustness: rw) ?? y[n - 1]
            if k != n - 2 {
                let delta = (ys[n - 1] - ys[k]) / Double(n - 1 - k)
                for j in (k + 1)..<(n - 1) { ys[j] = ys[k] + delta * Double(j - k) }
            }
        }
        return ys
    }

    /// `LoessSmoother.smooth` on arrays (scratch filled with NaN, so a read of unset scratch shows).
    static func optimisedSmooth(_ smoother: LoessSmoother, _ y: [Double], robustness rw: [Double]?) -> [Double] {
        let n = y.count
        let ys = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        let yp = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        let wp = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        let count = LoessSmoother.scratchCount(span: smoother.span)
        let scratch = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer { ys.deallocate(); yp.deallocate(); wp.deallocate(); scratch.deallocate() }
        scratch.initialize(repeating: .nan, count: count)
        ys.initialize(repeating: .nan, count: max(n, 1))
        for i in 0..<n { yp[i] = y[i]; wp[i] = rw?[i] ?? 1 }
        smoother.smooth(yp, count: n, robustness: rw == nil ? nil : UnsafePointer(wp), into: ys, scratch: scratch)
        return (0..<n).map { ys[$0] }
    }

    @Test func matchesReferenceImplementation() {
        // Deterministic data: trend, cycle and a pseudo-random component (LCG), with robustness
        // weights that include exact zeros (as bisquare weights do for outliers).
        var state: UInt64 = 12345
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1.0p-53
        }
        var worst = 0.0
        for n in [1, 2, 5, 22, 37, 300, 700] {
            var y = [Double](repeating: 0, count: n), rw = [Double](repeating: 0, count: n)
            for t in 0..<n {
                let season: Double = 3 * Double((t * 7) % 12) / 12
                y[t] = 50 + 0.1 * Double(t) + season + uniform()
                let u = uniform()
                rw[t] = u < 0.1 ? 0 : u
            }
            for span in [3, 4, 7, 13, 23, 24, 35, 1001] {
                for degree in [0, 1] {
                    for jump in [1, 2, 3, 7] {
                        for weights in [nil, rw] {
                            let smoother = LoessSmoother(span: span, degree: degree, jump: jump)
                            let ys = Self.optimisedSmooth(smoother, y, robustness: weights)
                            let ref = Self.referenceSmooth(y, span: span, degree: degree, jump: jump, robustness: weights)
                            for i in 0..<n {
                                let e = abs(ys[i] - ref[i]) / max(abs(ref[i]), 1)
                                worst = max(worst, e.isNaN ? .infinity : e)
                            }
                        }
                    }
                }
            }
        }
        print("LOESS smoother vs reference: max relative difference \(worst)")
        #expect(worst < 1e-12)
    }
}
