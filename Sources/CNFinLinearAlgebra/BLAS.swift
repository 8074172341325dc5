import CLAPACK

/// Thin, checked wrappers over the level-1/2/3 BLAS routines cnfin needs
/// (OpenBLAS's CBLAS interface, column-major).
public enum BLAS {
    /// `xᵀy` (`ddot`).
    public static func dot(_ x: [Double], _ y: [Double]) throws(LinearAlgebraError) -> Double {
        try dot(x[...], y[...])
    }

    /// `xᵀy` (`ddot`) on slices, e.g. two matrix columns.
    public static func dot(_ x: ArraySlice<Double>, _ y: ArraySlice<Double>) throws(LinearAlgebraError) -> Double {
        guard x.count == y.count else {
            throw .dimensionMismatch(operation: "BLAS.dot", details: "lengths \(x.count) and \(y.count)")
        }
        let n = try lapackInt(x.count, "BLAS.dot")
        return x.withUnsafeBufferPointer { px in
            y.withUnsafeBufferPointer { py in
                cblas_ddot(n, px.baseAddress, 1, py.baseAddress, 1)
            }
        }
    }

    /// Euclidean norm `‖x‖₂` (`dnrm2`, scaled to avoid overflow).
    public static func nrm2(_ x: [Double]) throws(LinearAlgebraError) -> Double {
        try nrm2(x[...])
    }

    /// Euclidean norm of a slice (`dnrm2`).
    public static func nrm2(_ x: ArraySlice<Double>) throws(LinearAlgebraError) -> Double {
        let n = try lapackInt(x.count, "BLAS.nrm2")
        return x.withUnsafeBufferPointer { cblas_dnrm2(n, $0.baseAddress, 1) }
    }

    /// `y ← αx + y` (`daxpy`).
    public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) throws(LinearAlgebraError) {
        guard x.count == y.count else {
            throw .dimensionMismatch(operation: "BLAS.axpy", details: "lengths \(x.count) and \(y.count)")
        }
        let n = try lapackInt(x.count, "BLAS.axpy")
        x.withUnsafeBufferPointer { px in
            y.withUnsafeMutableBufferPointer { py in
                cblas_daxpy(n, alpha, px.baseAddress, 1, py.baseAddress, 1)
            }
        }
    }

    /// `y ← α·op(A)·x + β·y` (`dgemv`), `op(A) = A` or `Aᵀ`.
    public static func gemv(transpose: Bool = false, alpha: Double = 1, _ a: Matrix, _ x: [Double],
                            beta: Double = 0, _ y: inout [Double]) throws(LinearAlgebraError) {
        let (m, n) = transpose ? (a.columns, a.rows) : (a.rows, a.columns)
        guard x.count == n, y.count == m else {
            throw .dimensionMismatch(operation: "BLAS.gemv",
                                     details: "op(A) is \(m)×\(n), x has \(x.count), y has \(y.count) elements")
        }
        if m == 0 { return }
        if n == 0 { for i in y.indices { y[i] *= beta }; return }
        let rows = try lapackInt(a.rows, "BLAS.gemv"), cols = try lapackInt(a.columns, "BLAS.gemv")
        let lda = max(rows, 1)
        a.storage.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_dgemv(CblasColMajor, transpose ? CblasTrans : CblasNoTrans, rows, cols, alpha,
                                pa.baseAddress, lda, px.baseAddress, 1, beta, py.baseAddress, 1)
                }
            }
        }
    }

    /// `op(A)·x` as a new vector.
    public static func multiply(_ a: Matrix, _ x: [Double], transpose: Bool = false) throws(LinearAlgebraError) -> [Double] {
        var y = [Double](repeating: 0, count: transpose ? a.columns : a.rows)
        try gemv(transpose: transpose, a, x, &y)
        return y
    }

    /// `C ← α·op(A)·op(B) + β·C` (`dgemm`).
    public static func gemm(transposeA: Bool = false, transposeB: Bool = false, alpha: Double = 1,
                            _ a: Matrix, _ b: Matrix, beta: Double = 0, _ c: inout Matrix) throws(LinearAlgebraError) {
        let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kb, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
        guard k == kb, c.rows == m, c.columns == n else {
            throw .dimensionMismatch(operation: "BLAS.gemm",
                                     details: "op(A) is \(m)×\(k), op(B) is \(kb)×\(n), C is \(c.rows)×\(c.columns)")
        }
        if m == 0 || n == 0 { return }
        if k == 0 { for i in c.storage.indices { c.storage[i] *= beta }; return }
        let mi = try lapackInt(m, "BLAS.gemm"), ni = try lapackInt(n, "BLAS.gemm"), ki = try lapackInt(k, "BLAS.gemm")
        let lda = try lapackInt(max(a.rows, 1), "BLAS.gemm"), ldb = try lapackInt(max(b.rows, 1), "BLAS.gemm")
        let ldc = try lapackInt(max(c.rows, 1), "BLAS.gemm")
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                                mi, ni, ki, alpha, pa.baseAddress, lda, pb.baseAddress, ldb, beta, pc.baseAddress, ldc)
                }
            }
        }
    }

    /// `op(A)·op(B)` as a new matrix.
    public static func multiply(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) throws(LinearAlgebraError) -> Matrix {
        var c = Matrix(rows: transposeA ? a.columns : a.rows, columns: transposeB ? b.rows : b.columns)
        try gemm(transposeA: transposeA, transposeB: transposeB, a, b, &c)
        return c
    }

    /// The Gram matrix `AᵀA` (or `AAᵀ` with `transpose: false`) by `dsyrk`, returned
    /// with both triangles filled.
    public static func gram(_ a: Matrix, transpose: Bool = true, alpha: Double = 1) throws(LinearAlgebraError) -> Matrix {
        let n = transpose ? a.columns : a.rows
        let k = transpose ? a.rows : a.columns
        var c = Matrix(rows: n, columns: n)
        if n == 0 { return c }
        if k > 0 {
            let ni = try lapackInt(n, "BLAS.syrk"), ki = try lapackInt(k, "BLAS.syrk")
            let lda = try lapackInt(max(a.rows, 1), "BLAS.syrk")
            a.storage.withUnsafeBufferPointer { pa in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    cblas_dsyrk(CblasColMajor, CblasUpper, transpose ? CblasTrans : CblasNoTrans, ni, ki, alpha,
                                pa.baseAddress, lda, 0, pc.baseAddress, ni)
                }
            }
        }
        for j in 0..<n { for i in (j + 1)..<max(n, j + 1) { c[i, j] = c[j, i] } }
        return c
    }
}
