import CLAPACK

/// Eigendecomposition `A = V·Λ·Vᵀ` of a symmetric matrix by divide and conquer
/// (LAPACK `dsyevd`). Only the upper triangle is read.
public struct SymmetricEigendecomposition: Sendable {
    /// Eigenvalues in ascending order.
    public let eigenvalues: [Double]
    /// Orthonormal eigenvectors, column `j` belonging to `eigenvalues[j]`.
    public let eigenvectors: Matrix

    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let op = "dsyevd"
        guard a.rows > 0 else { throw .empty(operation: op) }
        guard a.rows == a.columns else {
            throw .dimensionMismatch(operation: op, details: "matrix is \(a.rows)×\(a.columns), not square")
        }
        try requireFinite(a.storage, op)
        let n = try lapackInt(a.rows, op)
        var v = a
        var w = [Double](repeating: 0, count: a.rows)
        var query = 0.0
        var iquery: Int32 = 0
        var info = LAPACKE_dsyevd_work(LAPACK_COL_MAJOR, 86, 85, n, &v.storage, n, &w, &query, -1, &iquery, -1)
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        var iwork = [Int32](repeating: 0, count: max(Int(iquery), 1))
        info = LAPACKE_dsyevd_work(LAPACK_COL_MAJOR, 86, 85, n, &v.storage, n, &w, &work, try lapackInt(work.count, op),
                                   &iwork, try lapackInt(iwork.count, op))
        try checkIllegal(info, op)
        if info > 0 { throw .noConvergence(routine: op, info: Int(info)) }
        self.eigenvalues = w
        self.eigenvectors = v
    }
}
