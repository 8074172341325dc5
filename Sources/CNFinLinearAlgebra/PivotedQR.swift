import CLAPACK

/// Householder QR factorisation with column pivoting, `A·P = Q·R` (LAPACK `dgeqp3`).
///
/// `Q` is orthogonal (m×m, stored implicitly as Householder reflectors), `R` is upper
/// triangular with non-increasing `|R(i,i)|`, and `P` is the permutation chosen by
/// the Businger–Golub pivoting rule. The numerical rank is the number of diagonal
/// elements with `|R(i,i)| > tol·|R(0,0)|`.
public struct PivotedQR: Sendable {
    /// Rows of `A`.
    public let rows: Int
    /// Columns of `A`.
    public let columns: Int
    /// LAPACK's compact output: `R` on and above the diagonal, the reflectors below.
    public let factors: Matrix
    /// Scalar factors of the elementary reflectors.
    public let tau: [Double]
    /// Zero-based pivot order: column `j` of `A·P` is column `permutation[j]` of `A`.
    public let permutation: [Int]

    /// Factorises `a`.
    /// - Throws: `empty` for a matrix without elements, `nonFinite` for NaN/Inf.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let op = "dgeqp3"
        guard a.rows > 0, a.columns > 0 else { throw .empty(operation: op) }
        try requireFinite(a.storage, op)
        let m = try lapackInt(a.rows, op), n = try lapackInt(a.columns, op)
        var f = a
        var jpvt = [Int32](repeating: 0, count: a.columns)
        var tau = [Double](repeating: 0, count: min(a.rows, a.columns))
        var query = 0.0
        var info = f.storage.withUnsafeMutableBufferPointer { pa in
            LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, m, n, pa.baseAddress, m, &jpvt, &tau, &query, -1)
        }
        try checkIllegal(info, op)
        var work = [Double](repeating: 0, count: max(Int(query), 1))
        let lwork = try lapackInt(work.count, op)
        info = f.storage.withUnsafeMutableBufferPointer { pa in
            LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, m, n, pa.baseAddress, m, &jpvt, &tau, &work, lwork)
        }
        try checkIllegal(info, op)
        self.rows = a.rows
        self.columns = a.columns
        self.factors = f
        self.tau = tau
        self.permutation = jpvt.map { Int($0) - 1 }
    }

    /// The upper-triangular factor `R` (min(m,n) × n).
    public var r: Matrix {
        let k = min(rows, columns)
        var m = Matrix(rows: k, columns: columns)
        for j in 0..<columns { for i in 0...min(j, k - 1) { m[i, j] = factors[i, j] } }
        return m
    }

    /// Absolute diagonal of `R`, non-increasing.
    public var rDiagonal: [Double] { (0..<min(rows, columns)).map { abs(factors[$0, $0]) } }

    /// Default rank tolerance `max(m, n)·ε` relative to `|R(0,0)|`, as in MATLAB/NumPy.
    public var defaultTolerance: Double { Double(max(rows, columns)) * Double.ulpOfOne }

    /// Numerical rank: the count of `|R(i,i)| > tolerance·|R(0,0)|`.
    public func rank(relativeTolerance: Double? = nil) -> Int {
        let d = rDiagonal
        guard let first = d.first, first > 0 else { return 0 }
        let tol = (relativeTolerance ?? defaultTolerance) * first
        return d.prefix { $0 > tol }.count
    }

    /// Applies `Qᵀ` (or `Q`) to the columns of `b` (LAPACK `dormqr`).
    public func applyQ(to b: Matrix, transpose: Bool = true) throws(LinearAlgebraError) -> Matrix {
        try applyHouseholderQ(factors: factors, tau: tau, to: b, transpose: transpose)
    }

    /// The thin orthogonal factor `Q₁` (m × min(m,n)), formed by applying `Q` to the identity's first columns.
    public func thinQ() throws(LinearAlgebraError) -> Matrix {
        let k = min(rows, columns)
        var e = Matrix(rows: rows, columns: k)
        for i in 0..<k { e[i, i] = 1 }
        return try applyQ(to: e, transpose: false)
    }

    /// Least-squares solution of `min ‖A·x − b‖₂` for a full-column-rank `A`:
    /// `x = P·R⁻¹·(Qᵀb)[0..<n]`, by a triangular solve (no inverse formed).
    /// - Throws: `singular` when `rank < n` at the default tolerance; `dimensionMismatch` when `m < n`.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        guard rows >= columns else {
            throw .dimensionMismatch(operation: "PivotedQR.solve", details: "\(rows) rows < \(columns) columns")
        }
        let r = rank()
        guard r == columns else { throw .singular(routine: "PivotedQR.solve", index: r + 1) }
        let qtb = try applyQ(to: Matrix(rows: rows, columns: 1, columnMajor: b), transpose: true)
        let z = try Triangular.solve(upperFactor: factors, order: columns, Matrix(rows: columns, columns: 1, columnMajor: Array(qtb.storage.prefix(columns))))
        var x = [Double](repeating: 0, count: columns)
        for j in 0..<columns { x[permutation[j]] = z.storage[j] }
        return x
    }
}
