import CLAPACK

/// Cholesky factorisation `A = UᵀU` of a symmetric positive-definite matrix
/// (LAPACK `dpotrf`), with solves (`dpotrs`) and the inverse (`dpotri`).
/// Only the upper triangle of the input is read.
public struct Cholesky: Sendable {
    /// The upper-triangular factor `U` (the strict lower triangle is zero).
    public let upper: Matrix

    /// Factorises `a`.
    /// - Throws: `notPositiveDefinite` naming the first failing leading minor.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let op = "dpotrf"
        guard a.rows > 0 else { throw .empty(operation: op) }
        guard a.rows == a.columns else {
            throw .dimensionMismatch(operation: op, details: "matrix is \(a.rows)×\(a.columns), not square")
        }
        try requireFinite(a.storage, op)
        let n = try lapackInt(a.rows, op)
        var f = a
        let info = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, 85, n, &f.storage, n)
        try checkIllegal(info, op)
        if info > 0 { throw .notPositiveDefinite(routine: op, order: Int(info)) }
        for j in 0..<a.columns { for i in (j + 1)..<max(a.rows, j + 1) { f[i, j] = 0 } }
        self.upper = f
    }

    /// Solves `A·X = B` with the factor (`dpotrs`).
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let op = "dpotrs"
        guard b.rows == upper.rows else {
            throw .dimensionMismatch(operation: op, details: "A is \(upper.rows)×\(upper.rows), B has \(b.rows) rows")
        }
        if b.columns == 0 { return b }
        try requireFinite(b.storage, op)
        let n = try lapackInt(upper.rows, op), nrhs = try lapackInt(b.columns, op)
        var x = b
        let info = upper.storage.withUnsafeBufferPointer { pu in
            LAPACKE_dpotrs_work(LAPACK_COL_MAJOR, 85, n, nrhs, UnsafeMutablePointer(mutating: pu.baseAddress), n, &x.storage, n)
        }
        try checkIllegal(info, op)
        return x
    }

    /// Solves `A·x = b` for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// `A⁻¹` from the factor (`dpotri`), both triangles filled.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        let op = "dpotri"
        let n = try lapackInt(upper.rows, op)
        var inv = upper
        let info = LAPACKE_dpotri_work(LAPACK_COL_MAJOR, 85, n, &inv.storage, n)
        try checkIllegal(info, op)
        if info > 0 { throw .singular(routine: op, index: Int(info)) }
        for j in 0..<upper.columns { for i in (j + 1)..<max(upper.rows, j + 1) { inv[i, j] = inv[j, i] } }
        return inv
    }
}
