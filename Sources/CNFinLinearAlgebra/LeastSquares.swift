import CLAPACK

/// LAPACK least-squares drivers for `min ‖A·X − B‖₂`, usable on rank-deficient `A`.
public enum LeastSquares {
    /// The outcome of a least-squares driver.
    public struct Solution: Sendable {
        /// The `n × nrhs` minimum-norm solution.
        public let solution: Matrix
        /// Effective rank of `A` at the given `rcond`.
        public let rank: Int
        /// Singular values of `A`, descending (`dgelsd` only; empty for `dgelsy`).
        public let singularValues: [Double]
    }

    /// Complete orthogonal factorisation driver (`dgelsy`): QR with column pivoting,
    /// then `R₁₁` reduced to triangular form; minimum-norm solution for rank-deficient `A`.
    /// `rcond` bounds the reciprocal condition number of the retained part.
    public static func gelsy(_ a: Matrix, _ b: Matrix, rcond: Double = -1) throws(LinearAlgebraError) -> Solution {
        let op = "dgelsy"
        let (ai, bi, m, n, nrhs, ldb) = try prepare(a, b, op)
        var aa = ai, bb = bi
        var jpvt = [Int32](repeating: 0, count: a.columns)
        var rank: Int32 = 0
        let rc = rcond > 0 ? rcond : Double(max(a.rows, a.columns)) * Double.ulpOfOne
        var query = 0.0
        var info = LAPACKE_dgelsy_work(LAPACK_COL_MAJOR, m, n, nrhs, &aa.storage, m, &bb.storage, ldb, &jpvt, rc, &rank, &query, -1)
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        info = LAPACKE_dgelsy_work(LAPACK_COL_MAJOR, m, n, nrhs, &aa.storage, m, &bb.storage, ldb, &jpvt, rc, &rank,
                                   &work, try lapackInt(work.count, op))
        try checkIllegal(info, op)
        return Solution(solution: bb.rows(0..<a.columns), rank: Int(rank), singularValues: [])
    }

    /// Divide-and-conquer SVD driver (`dgelsd`): the minimum-norm solution, treating
    /// singular values `σᵢ ≤ rcond·σ₁` as zero.
    public static func gelsd(_ a: Matrix, _ b: Matrix, rcond: Double = -1) throws(LinearAlgebraError) -> Solution {
        let op = "dgelsd"
        let (ai, bi, m, n, nrhs, ldb) = try prepare(a, b, op)
        var aa = ai, bb = bi
        var s = [Double](repeating: 0, count: min(a.rows, a.columns))
        var rank: Int32 = 0
        let rc = rcond > 0 ? rcond : Double(max(a.rows, a.columns)) * Double.ulpOfOne
        var query = 0.0
        var iquery: Int32 = 0
        var info = LAPACKE_dgelsd_work(LAPACK_COL_MAJOR, m, n, nrhs, &aa.storage, m, &bb.storage, ldb, &s, rc, &rank,
                                       &query, -1, &iquery)
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        var iwork = [Int32](repeating: 0, count: max(Int(iquery), 1))
        info = LAPACKE_dgelsd_work(LAPACK_COL_MAJOR, m, n, nrhs, &aa.storage, m, &bb.storage, ldb, &s, rc, &rank,
                                   &work, try lapackInt(work.count, op), &iwork)
        try checkIllegal(info, op)
        if info > 0 { throw .noConvergence(routine: op, info: Int(info)) }
        return Solution(solution: bb.rows(0..<a.columns), rank: Int(rank), singularValues: s)
    }

    private static func prepare(_ a: Matrix, _ b: Matrix, _ op: String) throws(LinearAlgebraError)
        -> (Matrix, Matrix, Int32, Int32, Int32, Int32) {
        guard a.rows > 0, a.columns > 0, b.columns > 0 else { throw .empty(operation: op) }
        guard b.rows == a.rows else {
            throw .dimensionMismatch(operation: op, details: "A is \(a.rows)×\(a.columns), B has \(b.rows) rows")
        }
        try requireFinite(a.storage, op)
        try requireFinite(b.storage, op)
        // B must hold max(m, n) rows: the solution overwrites it.
        let ld = max(a.rows, a.columns)
        var bb = Matrix(rows: ld, columns: b.columns)
        for j in 0..<b.columns { for i in 0..<b.rows { bb[i, j] = b[i, j] } }
        return (a, bb, try lapackInt(a.rows, op), try lapackInt(a.columns, op), try lapackInt(b.columns, op), try lapackInt(ld, op))
    }
}
