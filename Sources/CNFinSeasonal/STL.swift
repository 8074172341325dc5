/// Seasonal-Trend decomposition using LOESS (Cleveland, Cleveland, McRae & Terpenning 1990,
/// "STL: A Seasonal-Trend Decomposition Procedure Based on Loess", *Journal of Official
/// Statistics* 6(1), 3–73).
///
/// The series is split additively, `Y = T + S + R`. Each pass of the inner loop
/// (paper §2.2) does:
/// 1. detrend `Y − T`;
/// 2. smooth every cycle-subseries (all Januaries, all Februaries, …) by LOESS with span
///    `n_s` and degree `d_s`, extended by one period at both ends → `C` (length `N + 2·n_p`);
/// 3. low-pass filter `C`: moving averages of lengths `n_p`, `n_p`, 3, then LOESS with span
///    `n_l` → `L`;
/// 4. `S = C − L` (the middle `N` values);
/// 5. deseasonalise `Y − S`;
/// 6. smooth by LOESS with span `n_t` → `T`.
///
/// The outer loop (§2.3) computes robustness weights `ρ_v = B(|R_v| / h)`, `h = 6·median|R|`,
/// bisquare `B(u) = (1 − u²)²` for `u < 1`, and reruns the inner loop with them.
///
/// Defaults follow statsmodels' `STL`: `seasonal = 7`, `trend` = smallest odd integer
/// ≥ `1.5·period / (1 − 1.5/seasonal)`, `lowPass` = smallest odd integer > `period`, all
/// degrees 1, all jumps 1. Iterations also follow statsmodels (checked against statsmodels
/// 0.15's `STL.fit` documentation and source): 5 inner and 0 outer passes, or 2 inner and 15
/// outer when `robust` is set. (The paper suggests fewer inner passes — 2 without and 1
/// with robustness — which converge to practically the same result; pass
/// `innerIterations:` to use them.)
///
/// STL needs a complete series: a NaN or infinite value raises `SeasonalError.nonFinite`
/// (the paper's missing-value handling is not implemented; fill or interpolate gaps first).
public struct STL: Sendable {
    /// Length of the seasonal cycle `n_p` (12 for monthly data).
    public let period: Int
    /// Span of the seasonal (cycle-subseries) smoother `n_s`: odd, ≥ 3.
    public let seasonal: Int
    /// Span of the trend smoother `n_t`: odd, ≥ 3.
    public let trend: Int
    /// Span of the low-pass smoother `n_l`: odd, ≥ 3, > period.
    public let lowPass: Int
    /// Degrees (0 or 1) of the seasonal, trend and low-pass LOESS.
    public let seasonalDegree: Int, trendDegree: Int, lowPassDegree: Int
    /// Jumps of the seasonal, trend and low-pass LOESS (≥ 1; fits every `jump`-th point and interpolates).
    public let seasonalJump: Int, trendJump: Int, lowPassJump: Int
    /// Whether `fit()` uses robustness iterations by default.
    public let robust: Bool

    /// Creates an STL model, validating the spans and degrees.
    public init(period: Int, seasonal: Int = 7, trend: Int? = nil, lowPass: Int? = nil,
                seasonalDegree: Int = 1, trendDegree: Int = 1, lowPassDegree: Int = 1,
                seasonalJump: Int = 1, trendJump: Int = 1, lowPassJump: Int = 1,
                robust: Bool = false) throws(SeasonalError) {
        guard (2...SeasonalLimits.maximumPeriod).contains(period) else { throw .invalidPeriod(period) }
        func odd(_ name: String, _ v: Int, min: Int) throws(SeasonalError) {
            guard v >= min, v % 2 == 1 else {
                throw .invalidParameter(name: name, value: "\(v)", requirement: "must be an odd integer ≥ \(min)")
            }
        }
        try odd("seasonal", seasonal, min: 3)
        let t = trend ?? STL.defaultTrendSpan(period: period, seasonal: seasonal)
        try odd("trend", t, min: 3)
        guard t > period else {
            throw .invalidParameter(name: "trend", value: "\(t)", requirement: "must be larger than the period \(period)")
        }
        let l = lowPass ?? (period % 2 == 0 ? period + 1 : period + 2)
        try odd("low_pass", l, min: 3)
        guard l > period else {
            throw .invalidParameter(name: "low_pass", value: "\(l)", requirement: "must be larger than the period \(period)")
        }
        for (name, d) in [("seasonal_deg", seasonalDegree), ("trend_deg", trendDegree), ("low_pass_deg", lowPassDegree)] {
            guard d == 0 || d == 1 else { throw .invalidParameter(name: name, value: "\(d)", requirement: "must be 0 or 1") }
        }
        for (name, j) in [("seasonal_jump", seasonalJump), ("trend_jump", trendJump), ("low_pass_jump", lowPassJump)] {
            guard j >= 1 else { throw .invalidParameter(name: name, value: "\(j)", requirement: "must be a positive integer") }
        }
        self.period = period
        self.seasonal = seasonal
        self.trend = t
        self.lowPass = l
        self.seasonalDegree = seasonalDegree
        self.trendDegree = trendDegree
        self.lowPassDegree = lowPassDegree
        self.seasonalJump = seasonalJump
        self.trendJump = trendJump
        self.lowPassJump = lowPassJump
        self.robust = robust
    }

    /// Smallest odd integer ≥ `1.5·period / (1 − 1.5/seasonal)` (Cleveland et al. 1990, eq. for `n_t`).
    public static func defaultTrendSpan(period: Int, seasonal: Int) -> Int {
        let raw = (1.5 * Double(period) / (1 - 1.5 / Double(seasonal))).rounded(.up)
        // Int(_:) traps beyond Int's range (a period near Int.max); spans that long fit no series.
        let v = raw.isFinite ? Int(min(max(raw, -1e15), 1e15)) : 1_000_000_000_000_000
        return v % 2 == 0 ? v + 1 : v
    }

    /// Decomposes `y`.
    /// - Parameters:
    ///   - innerIterations: passes of the inner loop (default 5, or 2 when robust).
    ///   - outerIterations: robustness iterations (default 0, or 15 when robust).
    /// - Throws: `tooShort` when `y` has fewer than two periods; `nonFinite` for gaps.
    public func fit(_ y: [Double], innerIterations: Int? = nil, outerIterations: Int? = nil) throws(SeasonalError) -> STLResult {
        let n = y.count
        guard n >= 2 * period else { throw .tooShort(method: "STL", count: n, required: 2 * period) }
        try requireFinite(y, "STL")
        let inner = innerIterations ?? (robust ? 2 : 5)
        let outer = outerIterations ?? (robust ? 15 : 0)
        guard inner >= 1 else { throw .invalidParameter(name: "inner_iter", value: "\(inner)", requirement: "must be ≥ 1") }
        guard outer >= 0 else { throw .invalidParameter(name: "outer_iter", value: "\(outer)", requirement: "must be ≥ 0") }

        let np = period
        var trendOut = [Double](repeating: 0, count: n)
        var seasonOut = [Double](repeating: 0, count: n)
        var rw = [Double](repeating: 1, count: n)
        // Workspace, allocated once per fit.
        var cycle = [Double](repeating: 0, count: n + 2 * np)   // C
        var work1 = [Double](repeating: 0, count: n + 2 * np)
        var work2 = [Double](repeating: 0, count: n + 2 * np)
        var scratch = [Double](repeating: 0, count: LoessSmoother.scratchCount(span: max(seasonal, trend, lowPass)))
        let subLength = (n + np - 1) / np + 2
        var sub = [Double](repeating: 0, count: subLength)
        var subRW = [Double](repeating: 0, count: subLength)
        var subFit = [Double](repeating: 0, count: subLength)
        var absResid = [Double](repeating: 0, count: n)
        var selectBuffer = [Double](repeating: 0, count: n)

        let seasonalSmoother = LoessSmoother(span: seasonal, degree: seasonalDegree, jump: seasonalJump)
        let trendSmoother = LoessSmoother(span: trend, degree: trendDegree, jump: trendJump)
        let lowPassSmoother = LoessSmoother(span: lowPass, degree: lowPassDegree, jump: lowPassJump)

        var useWeights = false
        var k = 0
        while true {
            y.withUnsafeBufferPointer { yp in
            trendOut.withUnsafeMutableBufferPointer { tp in
            seasonOut.withUnsafeMutableBufferPointer { sp in
            rw.withUnsafeMutableBufferPointer { rwp in
            cycle.withUnsafeMutableBufferPointer { cp in
            work1.withUnsafeMutableBufferPointer { w1 in
            work2.withUnsafeMutableBufferPointer { w2 in
            scratch.withUnsafeMutableBufferPointer { wp in
            sub.withUnsafeMutableBufferPointer { subp in
            subRW.withUnsafeMutableBufferPointer { subrwp in
            subFit.withUnsafeMutableBufferPointer { subfp in
                guard let y0 = yp.baseAddress, let t0 = tp.baseAddress, let s0 = sp.baseAddress, let rw0 = rwp.baseAddress,
                      let c0 = cp.baseAddress, let a0 = w1.baseAddress, let b0 = w2.baseAddress, let wt0 = wp.baseAddress,
                      let su0 = subp.baseAddress, let sr0 = subrwp.baseAddress, let sf0 = subfp.baseAddress else { return }
                for _ in 0..<inner {
                    // 1. Detrend.
                    for i in 0..<n { a0[i] = y0[i] - t0[i] }
                    // 2. Cycle-subseries smoothing, extended one period each side, into C.
                    for j in 0..<np {
                        let len = (n - j - 1) / np + 1
                        // Gather the subseries into preallocated scratch (strided → contiguous, so the
                        // smoother's inner loops vectorise); the weights only when they are used.
                        for m in 0..<len { su0[m] = a0[j + m * np] }
                        if useWeights {
                            for m in 0..<len { sr0[m] = rw0[j + m * np] }
                        }
                        let rwSub: UnsafePointer<Double>? = useWeights ? UnsafePointer(sr0) : nil
                        seasonalSmoother.smooth(su0, count: len, robustness: rwSub, into: sf0 + 1, scratch: wt0)
                        let nright = min(seasonal, len) - 1
                        sf0[0] = seasonalSmoother.estimate(su0, count: len, at: -1, nleft: 0, nright: nright,
                                                           robustness: rwSub) ?? sf0[1]
                        let nleft = max(0, len - seasonal)
                        sf0[len + 1] = seasonalSmoother.estimate(su0, count: len, at: Double(len), nleft: nleft, nright: len - 1,
                                                                 robustness: rwSub) ?? sf0[len]
                        for m in 0..<(len + 2) { c0[m * np + j] = sf0[m] }
                    }
                    // 3. Low-pass filter of C: MA(np), MA(np), MA(3), LOESS(n_l).
                    movingAverage(c0, count: n + 2 * np, length: np, into: b0)
                    movingAverage(b0, count: n + np + 1, length: np, into: a0)
                    movingAverage(a0, count: n + 2, length: 3, into: b0)
                    lowPassSmoother.smooth(b0, count: n, robustness: nil, into: a0, scratch: wt0)
                    // 4. Detrend the smoothed cycle-subseries: S = C − L.
                    for i in 0..<n { s0[i] = c0[np + i] - a0[i] }
                    // 5. Deseasonalise, 6. trend smoothing.
                    for i in 0..<n { a0[i] = y0[i] - s0[i] }
                    trendSmoother.smooth(a0, count: n, robustness: useWeights ? UnsafePointer(rw0) : nil, into: t0, scratch: wt0)
                }
            }}}}}}}}}}}
            k += 1
            if k > outer { break }
            // Robustness weights from the remainder.
            for i in 0..<n { absResid[i] = abs(y[i] - trendOut[i] - seasonOut[i]) }
            robustnessWeights(absoluteResiduals: absResid, into: &rw, scratch: &selectBuffer)
            useWeights = true
        }
        if outer == 0 { for i in 0..<n { rw[i] = 1 } }
        var resid = [Double](repeating: 0, count: n)
        for i in 0..<n { resid[i] = y[i] - trendOut[i] - seasonOut[i] }
        return STLResult(observed: y, trend: trendOut, seasonal: seasonOut, remainder: resid, weights: rw)
    }
}

/// Running-sum moving average of `length` over `x[0..<count]` → `count − length + 1` values.
@inline(__always)
func movingAverage(_ x: UnsafePointer<Double>, count: Int, length: Int, into out: UnsafeMutablePointer<Double>) {
    let newCount = count - length + 1
    let f = Double(length)
    var v = 0.0
    for i in 0..<length { v += x[i] }
    out[0] = v / f
    if newCount > 1 {
        var k = length - 1, m = -1
        for j in 1..<newCount {
            k += 1
            m += 1
            v = v - x[m] + x[k]
            out[j] = v / f
        }
    }
}

/// Bisquare robustness weights `B(|R|/h)`, `h = 6·median|R|` (Cleveland et al. 1990, §2.3),
/// with the reference implementation's cut-offs (weight 1 below `0.001·h`, 0 above `0.999·h`).
/// The median's two middle order statistics are found by selection in `scratch` (≥ `r.count`
/// values), without sorting or allocating.
func robustnessWeights(absoluteResiduals r: [Double], into rw: inout [Double], scratch: inout [Double]) {
    let n = r.count
    let mid1 = n / 2, mid2 = n - (n / 2 + 1)   // zero-based positions of the two middle order statistics
    let (v1, v2): (Double, Double) = scratch.withUnsafeMutableBufferPointer { buf in
        guard let b = buf.baseAddress, n > 0 else { return (0, 0) }
        for i in 0..<n { b[i] = r[i] }
        let v1 = selectOrderStatistic(b, count: n, rank: mid1)
        guard mid2 < mid1 else { return (v1, v1) }
        // After selection b[0..<mid1] holds the mid1 smallest values: mid2 = mid1 − 1 is their maximum.
        var v2 = b[0]
        for i in 1..<mid1 where b[i] > v2 { v2 = b[i] }
        return (v1, v2)
    }
    let h = 3 * (v1 + v2)
    let c9 = 0.999 * h, c1 = 0.001 * h
    for i in 0..<n {
        let v = r[i]
        if v <= c1 {
            rw[i] = 1
        } else if v <= c9 {
            let u = v / h
            let t = 1 - u * u
            rw[i] = t * t
        } else {
            rw[i] = 0
        }
    }
}

/// Rearranges `b[0..<count]` so that `b[rank]` holds the value a sort would put there, every
/// value before it is ≤ and every value after it ≥ (Hoare's quickselect with a median-of-three
/// pivot; finite values only). Returns `b[rank]`.
func selectOrderStatistic(_ b: UnsafeMutablePointer<Double>, count: Int, rank: Int) -> Double {
    var lo = 0, hi = count - 1
    while hi > lo {
        if hi - lo < 16 {
            // Insertion sort of a short range.
            for i in (lo + 1)...hi {
                let v = b[i]
                var j = i - 1
                while j >= lo && b[j] > v { b[j + 1] = b[j]; j -= 1 }
                b[j + 1] = v
            }
            break
        }
        let mid = lo + (hi - lo) / 2
        if b[mid] < b[lo] { swapValues(b, mid, lo) }
        if b[hi] < b[lo] { swapValues(b, hi, lo) }
        if b[hi] < b[mid] { swapValues(b, hi, mid) }
        let pivot = b[mid]
        var i = lo, j = hi
        while i <= j {
            while b[i] < pivot { i += 1 }
            while b[j] > pivot { j -= 1 }
            if i <= j {
                swapValues(b, i, j)
                i += 1
                j -= 1
            }
        }
        // Now b[lo...j] ≤ pivot ≤ b[i...hi], and j < i.
        if rank <= j {
            hi = j
        } else if rank >= i {
            lo = i
        } else {
            break
        }
    }
    return b[rank]
}

@inline(__always)
private func swapValues(_ b: UnsafeMutablePointer<Double>, _ i: Int, _ j: Int) {
    let t = b[i]
    b[i] = b[j]
    b[j] = t
}

/// The result of `STL.fit`: `observed = trend + seasonal + remainder`.
public struct STLResult: Sendable {
    /// The input series.
    public let observed: [Double]
    /// The trend component `T`.
    public let trend: [Double]
    /// The seasonal component `S`.
    public let seasonal: [Double]
    /// The remainder `R = Y − T − S`.
    public let remainder: [Double]
    /// Final robustness weights (all 1 without outer iterations).
    public let weights: [Double]
}
