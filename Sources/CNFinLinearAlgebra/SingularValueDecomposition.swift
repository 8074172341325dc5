import CLAPACK

/// Singular value decomposition `A = U·Σ·Vᵀ` by divide and conquer (LAPACK `dgesdd`).
public struct SingularValueDecomposition: Sendable {
    /// Left singular vectors, m × min(m,n) (thin).
    public let u: Matrix
    /// Singular values, descending.
    public let singularValues: [Double]
    /// Right singular vectors transposed, min(m,n) × n (thin).
    public let vt: Matrix

    /// Computes the thin SVD of `a`.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let op = "dgesdd"
        guard a.rows > 0, a.columns > 0 else { throw .empty(operation: op) }
        try requireFinite(a.storage, op)
        let k = min(a.rows, a.columns)
        let m = try lapackInt(a.rows, op), n = try lapackInt(a.columns, op), ki = try lapackInt(k, op)
        var aa = a
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: a.rows, columns: k)
        var vt = Matrix(rows: k, columns: a.columns)
        var iwork = [Int32](repeating: 0, count: 8 * k)
        var query = 0.0
        var info = LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 83, m, n, &aa.storage, m, &s, &u.storage, m, &vt.storage, ki,
                                       &query, -1, &iwork)
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        info = LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 83, m, n, &aa.storage, m, &s, &u.storage, m, &vt.storage, ki,
                                   &work, try lapackInt(work.count, op), &iwork)
        try checkIllegal(info, op)
        if info > 0 { throw .noConvergence(routine: op, info: Int(info)) }
        self.u = u
        self.singularValues = s
        self.vt = vt
    }

    /// 2-norm condition number `σ_max / σ_min` (∞ when `σ_min = 0`).
    public var conditionNumber: Double {
        guard let first = singularValues.first, let last = singularValues.last else { return .nan }
        return last == 0 ? .infinity : first / last
    }
}
