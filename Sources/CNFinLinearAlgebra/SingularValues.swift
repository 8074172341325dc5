import CLAPACK

/// Singular values only (LAPACK `dgesdd` with `jobz = 'N'`): no singular vectors are formed,
/// so this is several times cheaper than ``SingularValueDecomposition`` when only the
/// spectrum (e.g. a 2-norm condition number) is needed.
public enum SingularValues {
    /// The singular values of `a`, descending.
    /// - Throws: `empty`, `nonFinite`, or `noConvergence`.
    public static func of(_ a: Matrix) throws(LinearAlgebraError) -> [Double] {
        let op = "dgesdd"
        guard a.rows > 0, a.columns > 0 else { throw .empty(operation: op) }
        try requireFinite(a.storage, op)
        let k = min(a.rows, a.columns)
        let m = try lapackInt(a.rows, op), n = try lapackInt(a.columns, op)
        var aa = a.storage
        var s = [Double](repeating: 0, count: k)
        var iwork = [Int32](repeating: 0, count: 8 * k)
        var query = 0.0
        var dummyU = 0.0, dummyVT = 0.0
        var info = LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 78, m, n, &aa, m, &s, &dummyU, 1, &dummyVT, 1, &query, -1, &iwork)
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        info = LAPACKE_dgesdd_work(LAPACK_COL_MAJOR, 78, m, n, &aa, m, &s, &dummyU, 1, &dummyVT, 1,
                                   &work, try lapackInt(work.count, op), &iwork)
        try checkIllegal(info, op)
        if info > 0 { throw .noConvergence(routine: op, info: Int(info)) }
        return s
    }

    /// 2-norm condition number `σ_max/σ_min` of `a` (∞ when `σ_min = 0`).
    public static func conditionNumber(_ a: Matrix) throws(LinearAlgebraError) -> Double {
        let s = try of(a)
        guard let first = s.first, let last = s.last else { return .nan }
        return last == 0 ? .infinity : first / last
    }
}
