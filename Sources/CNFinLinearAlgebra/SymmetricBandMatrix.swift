import CLAPACK

/// A symmetric band matrix of order `n` with `bandwidth` super-diagonals, stored in
/// LAPACK's upper band layout (`(bandwidth+1) × n`, `A(i,j)` at `ab[bandwidth+i−j, j]`).
/// Solving with it (`dpbsv`) costs O(n·bandwidth²), which makes smoothing filters such
/// as Hodrick–Prescott linear in n.
public struct SymmetricBandMatrix: Sendable {
    /// Order of the matrix.
    public let order: Int
    /// Number of super-diagonals.
    public let bandwidth: Int
    /// Band storage.
    public private(set) var bands: Matrix

    /// A zero band matrix.
    public init(order: Int, bandwidth: Int) {
        self.order = max(order, 0)
        self.bandwidth = max(bandwidth, 0)
        self.bands = Matrix(rows: self.bandwidth + 1, columns: self.order)
    }

    /// Element `(i, j)` for `|i − j| ≤ bandwidth` (symmetric; zero outside the band).
    public subscript(i: Int, j: Int) -> Double {
        get {
            let (r, c) = i <= j ? (i, j) : (j, i)
            guard c - r <= bandwidth else { return 0 }
            return bands[bandwidth + r - c, c]
        }
        set {
            let (r, c) = i <= j ? (i, j) : (j, i)
            guard c - r <= bandwidth else { return }
            bands[bandwidth + r - c, c] = newValue
        }
    }

    /// Solves `A·X = B` for symmetric positive-definite `A` (LAPACK `dpbsv`, band Cholesky).
    /// - Throws: `notPositiveDefinite` when the band Cholesky fails.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let op = "dpbsv"
        guard order > 0 else { throw .empty(operation: op) }
        guard b.rows == order else {
            throw .dimensionMismatch(operation: op, details: "A is \(order)×\(order), B has \(b.rows) rows")
        }
        if b.columns == 0 { return b }
        try requireFinite(bands.storage, op)
        try requireFinite(b.storage, op)
        let n = try lapackInt(order, op), kd = try lapackInt(bandwidth, op), nrhs = try lapackInt(b.columns, op)
        var ab = bands
        var x = b
        let info = LAPACKE_dpbsv_work(LAPACK_COL_MAJOR, 85, n, kd, nrhs, &ab.storage, kd + 1, &x.storage, n)
        try checkIllegal(info, op)
        if info > 0 { throw .notPositiveDefinite(routine: op, order: Int(info)) }
        return x
    }

    /// Solves `A·x = b` for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }
}
