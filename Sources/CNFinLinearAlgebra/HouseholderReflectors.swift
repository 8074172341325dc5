import CLAPACK

/// Applies the orthogonal factor `Q = H(1)·H(2)⋯H(k)` of a Householder QR factorisation
/// (`dgeqrf`/`dgeqp3` compact output: reflectors below the diagonal of `factors`, scalars in
/// `tau`) to the columns of `b` from the left: `Qᵀ·B` with `transpose`, else `Q·B`
/// (LAPACK `dormqr`, workspace queried first).
/// - Throws: `dimensionMismatch` when `b` does not have `factors.rows` rows, `nonFinite` for NaN/Inf in `b`.
func applyHouseholderQ(factors: Matrix, tau: [Double], to b: Matrix, transpose: Bool) throws(LinearAlgebraError) -> Matrix {
    let op = "dormqr"
    let rows = factors.rows
    guard b.rows == rows else {
        throw .dimensionMismatch(operation: op, details: "Q is \(rows)×\(rows), B has \(b.rows) rows")
    }
    if b.columns == 0 { return b }
    try requireFinite(b.storage, op)
    let m = try lapackInt(rows, op), n = try lapackInt(b.columns, op), k = try lapackInt(tau.count, op)
    let trans: Int8 = transpose ? 84 : 78  // "T" : "N"
    var c = b
    var query = 0.0
    var info = factors.storage.withUnsafeBufferPointer { pa in
        c.storage.withUnsafeMutableBufferPointer { pc in
            LAPACKE_dormqr_work(LAPACK_COL_MAJOR, 76, trans, m, n, k, UnsafeMutablePointer(mutating: pa.baseAddress), m,
                                tau, pc.baseAddress, m, &query, -1)
        }
    }
    try checkIllegal(info, op)
    var work = [Double](repeating: 0, count: max(Int(query), 1))
    let lwork = try lapackInt(work.count, op)
    info = factors.storage.withUnsafeBufferPointer { pa in
        c.storage.withUnsafeMutableBufferPointer { pc in
            LAPACKE_dormqr_work(LAPACK_COL_MAJOR, 76, trans, m, n, k, UnsafeMutablePointer(mutating: pa.baseAddress), m,
                                tau, pc.baseAddress, m, &work, lwork)
        }
    }
    try checkIllegal(info, op)
    return c
}
