import CNFinLinearAlgebra

/// The Hodrick–Prescott filter (Hodrick & Prescott 1997).
///
/// The two-sided trend minimises `Σ(y_t − τ_t)² + λ·Σ(Δ²τ_t)²`, i.e. solves
/// `(I + λ·DᵀD)·τ = y` with `D` the `(n−2)×n` second-difference matrix. The matrix is
/// symmetric positive definite with bandwidth 2 and is solved by a banded Cholesky
/// factorisation (LAPACK `dpbsv`) in O(n).
///
/// The one-sided trend at `t` is the last point of the two-sided trend computed on
/// `y_0…y_t` alone (the "real-time" HP filter, e.g. Stock & Watson 1999). It is computed
/// exactly in O(n) by forward elimination: after observing `y_0…y_t`, minimising the
/// objective over `τ_0…τ_{t−2}` leaves a quadratic form in `(τ_{t−1}, τ_t)`; each new
/// observation adds one penalty term and one fit term and eliminates one variable (a
/// Schur complement, the information-form Kalman filter of the local-linear-trend model
/// with a diffuse start). The last point of the minimiser of that 2×2 quadratic is the
/// one-sided trend. For `t < 2` the trend equals the data (no penalty applies).
public struct HodrickPrescottFilter: Sendable {
    /// The smoothing parameter λ (129 600 for monthly data, Ravn & Uhlig 2002; 1 600 quarterly).
    public let lambda: Double

    /// λ = 129 600, the usual monthly value.
    public static let monthlyLambda = 129_600.0

    /// Creates the filter; λ must be finite and positive.
    public init(lambda: Double = HodrickPrescottFilter.monthlyLambda) throws(SeasonalError) {
        guard lambda.isFinite, lambda > 0 else {
            throw .invalidParameter(name: "lambda", value: "\(lambda)", requirement: "must be a positive finite number")
        }
        self.lambda = lambda
    }

    /// Two-sided filter: trend `τ` and cycle `y − τ`.
    public func fit(_ y: [Double]) throws(SeasonalError) -> FilterResult {
        let n = y.count
        guard n >= 3 else { throw .tooShort(method: "HP filter", count: n, required: 3) }
        try requireFinite(y, "HP filter")
        var a = SymmetricBandMatrix(order: n, bandwidth: 2)
        let l = lambda
        // I + λ·DᵀD: diagonal 1+λ·(1,5,6,…,6,5,1), first off-diagonal λ·(−2,−4,…,−4,−2), second λ.
        for i in 0..<n {
            let d: Double
            if n == 3 {
                d = [1.0, 4.0, 1.0][i]
            } else if i == 0 || i == n - 1 {
                d = 1
            } else if i == 1 || i == n - 2 {
                d = 5
            } else {
                d = 6
            }
            a[i, i] = 1 + l * d
        }
        for i in 0..<(n - 1) {
            let d: Double = (i == 0 || i == n - 2) ? -2 : -4
            a[i, i + 1] = l * d
        }
        for i in 0..<(n - 2) { a[i, i + 2] = l }
        let trend: [Double]
        do { trend = try a.solve(y) } catch { throw .linearAlgebra(error) }
        return FilterResult(observed: y, trend: trend, cycle: zip(y, trend).map { $0 - $1 })
    }

    /// One-sided (real-time) filter: `trend[t]` is the last value of the two-sided trend of `y[0...t]`.
    public func fitOneSided(_ y: [Double]) throws(SeasonalError) -> FilterResult {
        let n = y.count
        guard n >= 3 else { throw .tooShort(method: "one-sided HP filter", count: n, required: 3) }
        try requireFinite(y, "one-sided HP filter")
        let l = lambda
        var trend = [Double](repeating: 0, count: n)
        trend[0] = y[0]
        trend[1] = y[1]
        // Quadratic form  τᵀPτ − 2qᵀτ  in τ = (τ_{t−1}, τ_t) after eliminating earlier states.
        var p11 = 1.0, p12 = 0.0, p22 = 1.0, q1 = y[0], q2 = y[1]
        for t in 2..<n {
            // Add λ(a − 2b + c)² + (y_t − c)² with (a, b, c) = (τ_{t−2}, τ_{t−1}, τ_t); eliminate a.
            let maa = p11 + l, mab = p12 - 2 * l, mac = l
            let mbb = p22 + 4 * l, mbc = -2 * l, mcc = l + 1
            let ra = q1, rb = q2, rc = y[t]
            let fb = mab / maa, fc = mac / maa
            p11 = mbb - fb * mab
            p12 = mbc - fb * mac
            p22 = mcc - fc * mac
            q1 = rb - fb * ra
            q2 = rc - fc * ra
            // Minimiser of the 2×2 form: τ_t = (p11·q2 − p12·q1) / (p11·p22 − p12²), by elimination.
            let g = p12 / p11
            trend[t] = (q2 - g * q1) / (p22 - g * p12)
        }
        return FilterResult(observed: y, trend: trend, cycle: zip(y, trend).map { $0 - $1 })
    }
}

/// Trend and cycle from a filter: `observed = trend + cycle`; NaN where undefined.
public struct FilterResult: Sendable {
    /// The input series.
    public let observed: [Double]
    /// The trend (NaN where the filter gives none).
    public let trend: [Double]
    /// The cycle `observed − trend`.
    public let cycle: [Double]
}
