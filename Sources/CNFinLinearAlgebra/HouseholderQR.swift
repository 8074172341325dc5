import CLAPACK

/// Householder QR factorisation without pivoting, `A = Q·R` (LAPACK `dgeqrf`).
///
/// Unlike ``PivotedQR`` the column order is kept, so for every `m ≤ n` the leading `m`
/// columns of `Q` and the leading `m × m` block of `R` factorise the leading `m` columns
/// of `A`: one factorisation serves a whole sequence of nested regressions
/// (`SSR_m = ‖(Qᵀy)[m..<rows]‖²`).
public struct HouseholderQR: Sendable {
    /// Rows of `A`.
    public let rows: Int
    /// Columns of `A`.
    public let columns: Int
    /// LAPACK's compact output: `R` on and above the diagonal, the reflectors below.
    public let factors: Matrix
    /// Scalar factors of the elementary reflectors.
    public let tau: [Double]

    /// Factorises `a`.
    /// - Throws: `empty` for a matrix without elements, `nonFinite` for NaN/Inf.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let op = "dgeqrf"
        guard a.rows > 0, a.columns > 0 else { throw .empty(operation: op) }
        try requireFinite(a.storage, op)
        let m = try lapackInt(a.rows, op), n = try lapackInt(a.columns, op)
        var f = a
        var tau = [Double](repeating: 0, count: min(a.rows, a.columns))
        var query = 0.0
        var info = f.storage.withUnsafeMutableBufferPointer { pa in
            LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, m, n, pa.baseAddress, m, &tau, &query, -1)
        }
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        let lwork = try lapackInt(work.count, op)
        info = f.storage.withUnsafeMutableBufferPointer { pa in
            LAPACKE_dgeqrf_work(LAPACK_COL_MAJOR, m, n, pa.baseAddress, m, &tau, &work, lwork)
        }
        try checkIllegal(info, op)
        self.rows = a.rows
        self.columns = a.columns
        self.factors = f
        self.tau = tau
    }

    /// Diagonal element `R(i,i)` (signed).
    public func rDiagonal(_ i: Int) -> Double { factors[i, i] }

    /// Applies `Qᵀ` (or `Q`) to the columns of `b` (LAPACK `dormqr`).
    public func applyQ(to b: Matrix, transpose: Bool = true) throws(LinearAlgebraError) -> Matrix {
        try applyHouseholderQ(factors: factors, tau: tau, to: b, transpose: transpose)
    }
}
