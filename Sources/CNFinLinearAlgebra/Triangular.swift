import CLAPACK

/// Triangular solves and inverses (LAPACK `dtrtrs`, `dtrtri`).
public enum Triangular {
    /// Solves `op(T)·X = B` where `T` is the leading `order × order` upper (or lower)
    /// triangle of `factor` (other elements are ignored, so a QR's compact `factors`
    /// can be passed directly).
    /// - Throws: `singular` if a diagonal element of `T` is exactly zero.
    public static func solve(upperFactor factor: Matrix, order: Int? = nil, _ b: Matrix,
                             lower: Bool = false, transpose: Bool = false) throws(LinearAlgebraError) -> Matrix {
        let op = "dtrtrs"
        let n = order ?? factor.columns
        guard n > 0 else { throw .empty(operation: op) }
        guard factor.rows >= n, factor.columns >= n, b.rows == n else {
            throw .dimensionMismatch(operation: op, details: "T is \(n)×\(n) within a \(factor.rows)×\(factor.columns) array, B has \(b.rows) rows")
        }
        if b.columns == 0 { return b }
        try requireFinite(b.storage, op)
        let ni = try lapackInt(n, op), nrhs = try lapackInt(b.columns, op), lda = try lapackInt(factor.rows, op)
        var x = b
        let info = factor.storage.withUnsafeBufferPointer { pa in
            x.storage.withUnsafeMutableBufferPointer { px in
                LAPACKE_dtrtrs_work(LAPACK_COL_MAJOR, lower ? 76 : 85, transpose ? 84 : 78, 78, ni, nrhs,
                                    UnsafeMutablePointer(mutating: pa.baseAddress), lda, px.baseAddress, ni)
            }
        }
        try checkIllegal(info, op)
        if info > 0 { throw .singular(routine: op, index: Int(info)) }
        return x
    }

    /// The inverse of the leading `order × order` upper (or lower) triangle of `factor`.
    /// Used for `(RᵀR)⁻¹ = R⁻¹R⁻ᵀ` in regression covariances, which is better
    /// conditioned than inverting `XᵀX`.
    /// - Throws: `singular` if a diagonal element is exactly zero.
    public static func inverse(upperFactor factor: Matrix, order: Int? = nil, lower: Bool = false) throws(LinearAlgebraError) -> Matrix {
        let op = "dtrtri"
        let n = order ?? factor.columns
        guard n > 0 else { throw .empty(operation: op) }
        guard factor.rows >= n, factor.columns >= n else {
            throw .dimensionMismatch(operation: op, details: "order \(n) within a \(factor.rows)×\(factor.columns) array")
        }
        var t = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n where lower ? i >= j : i <= j { t[i, j] = factor[i, j] }
        }
        try requireFinite(t.storage, op)
        let ni = try lapackInt(n, op)
        let info = t.storage.withUnsafeMutableBufferPointer { pt in
            LAPACKE_dtrtri_work(LAPACK_COL_MAJOR, lower ? 76 : 85, 78, ni, pt.baseAddress, ni)
        }
        try checkIllegal(info, op)
        if info > 0 { throw .singular(routine: op, index: Int(info)) }
        return t
    }
}
