import CLAPACK

/// The physical reference for OLS: the bare LAPACK calls a QR least-squares fit
/// cannot avoid — `dgeqp3` (pivoted QR of the n×k design), `dormqr` (`Qᵀy`) and
/// `dtrtrs` (`R·z = (Qᵀy)[0..<k]`) — on preallocated buffers with the workspace
/// queried once. `CLAPACK` is the main package's system-library target; it is not a
/// product, but SwiftPM passes its module map to dependents of CNFinLinearAlgebra.
public struct RawLeastSquares {
    public let rows: Int
    public let columns: Int
    /// Column-major `n × k` design with the constant in column 0.
    public let design: [Double]
    public let y: [Double]
    private var a: [Double]
    private var b: [Double]
    private var tau: [Double]
    private var jpvt: [Int32]
    private var work: [Double]
    /// The solution of the last `solve()`, in the original column order.
    public private(set) var coefficients: [Double]

    /// `x` is `n × (k−1)` column-major without the constant.
    public init(y: [Double], x: [Double], columns k: Int) {
        let n = y.count
        rows = n
        columns = k
        var d = [Double](repeating: 1, count: n * k)
        for i in 0..<(n * (k - 1)) { d[n + i] = x[i] }
        design = d
        self.y = y
        a = d
        b = y
        tau = [Double](repeating: 0, count: k)
        jpvt = [Int32](repeating: 0, count: k)
        coefficients = [Double](repeating: 0, count: k)
        let m = Int32(n), nn = Int32(k)
        var q1 = 0.0, q2 = 0.0
        _ = LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, m, nn, &a, m, &jpvt, &tau, &q1, -1)
        _ = LAPACKE_dormqr_work(LAPACK_COL_MAJOR, 76, 84, m, 1, nn, &a, m, &tau, &b, m, &q2, -1)
        work = [Double](repeating: 0, count: max(Int(q1), Int(q2), 1))
    }

    /// One least-squares solve of the whole sample.
    public mutating func solve() {
        solve(rowOffset: 0, count: rows)
    }

    /// One least-squares solve on rows `rowOffset ..< rowOffset+count` (a rolling window).
    public mutating func solve(rowOffset: Int, count m: Int) {
        let n = rows, k = columns
        for j in 0..<k {
            for i in 0..<m { a[j * m + i] = design[j * n + rowOffset + i] }
            jpvt[j] = 0
        }
        for i in 0..<m { b[i] = y[rowOffset + i] }
        let mi = Int32(m), ki = Int32(k), lw = Int32(work.count)
        _ = LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, mi, ki, &a, mi, &jpvt, &tau, &work, lw)
        _ = LAPACKE_dormqr_work(LAPACK_COL_MAJOR, 76, 84, mi, 1, ki, &a, mi, &tau, &b, mi, &work, lw)
        _ = LAPACKE_dtrtrs_work(LAPACK_COL_MAJOR, 85, 78, 78, ki, 1, &a, mi, &b, ki)
        for j in 0..<k { coefficients[Int(jpvt[j]) - 1] = b[j] }
    }
}

/// The physical reference for the HP filter: one banded SPD solve `(I + λDᵀD)τ = y`
/// with LAPACK `dpbsv` (bandwidth 2), building the band each call.
public struct RawBandSolve {
    public let y: [Double]
    public let lambda: Double
    private var band: [Double]
    private var rhs: [Double]

    public init(y: [Double], lambda: Double) {
        self.y = y
        self.lambda = lambda
        band = [Double](repeating: 0, count: 3 * y.count)
        rhs = y
    }

    /// The trend of the last solve.
    public var trend: [Double] { rhs }

    public mutating func solve() {
        let n = y.count
        // DᵀD for the second-difference operator D ((n−2) × n): diagonal 1,5,6,…,6,5,1;
        // first off-diagonal −2,−4,…,−4,−2; second off-diagonal 1.
        for j in 0..<n {
            let d0: Double = (j == 0 || j == n - 1) ? 1 : ((j == 1 || j == n - 2) ? 5 : 6)
            band[3 * j + 2] = 1 + lambda * d0
            if j >= 1 {
                let d1: Double = (j == 1 || j == n - 1) ? -2 : -4
                band[3 * j + 1] = lambda * d1
            }
            if j >= 2 { band[3 * j] = lambda }
            rhs[j] = y[j]
        }
        let ni = Int32(n)
        _ = LAPACKE_dpbsv_work(LAPACK_COL_MAJOR, 85, ni, 2, 1, &band, 3, &rhs, ni)
    }
}
