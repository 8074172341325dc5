import Foundation
import Testing
@testable import CNFinLinearAlgebra

/// Tolerance for factorisation identities. Backward-stable Householder, SVD, Cholesky
/// and eigen algorithms satisfy ‖A − reconstructed‖/‖A‖ ≤ c·n·ε with c a small
/// constant; for n ≤ 60, n·ε ≈ 1.3e-14, so 1e-12 leaves two orders of margin
/// without hiding a real error (a wrong permutation or transpose gives O(1)).
let identityTolerance = 1e-12

@Suite struct FactorizationTests {
    static let shapes: [(Int, Int)] = [(1, 1), (5, 3), (40, 7), (60, 60), (3, 8)]

    @Test(arguments: shapes)
    func pivotedQRReconstructsAP(_ shape: (Int, Int)) throws {
        let a = randomMatrix(shape.0, shape.1, seed: UInt64(shape.0 * 100 + shape.1))
        let qr = try PivotedQR(a)
        let q = try qr.thinQ()
        let qrProduct = try BLAS.multiply(q, qr.r)
        let ap = a.selectingColumns(qr.permutation)
        #expect(relativeDifference(ap, qrProduct) < identityTolerance)
        // |R(i,i)| is non-increasing under column pivoting.
        let d = qr.rDiagonal
        for i in 1..<d.count { #expect(d[i] <= d[i - 1] * (1 + 1e-12)) }
        // Qᵀ Q = I.
        let qtq = try BLAS.multiply(q, q, transposeA: true)
        #expect(relativeDifference(Matrix.identity(q.columns), qtq) < identityTolerance)
    }

    @Test func qrRankOfStructuredRankDeficientMatrix() throws {
        // Third column = first + second: rank 2.
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 9], [7, 8, 15], [1, 0, 1]])
        let qr = try PivotedQR(a)
        #expect(qr.rank() == 2)
    }

    @Test(arguments: shapes)
    func svdReconstructs(_ shape: (Int, Int)) throws {
        let a = randomMatrix(shape.0, shape.1, seed: 7 + UInt64(shape.0))
        let svd = try SingularValueDecomposition(a)
        var us = svd.u
        for j in 0..<us.columns { for i in 0..<us.rows { us[i, j] *= svd.singularValues[j] } }
        let rebuilt = try BLAS.multiply(us, svd.vt)
        #expect(relativeDifference(a, rebuilt) < identityTolerance)
        for i in 1..<max(svd.singularValues.count, 1) { #expect(svd.singularValues[i] <= svd.singularValues[i - 1]) }
    }

    @Test func svdOfKnownMatrix() throws {
        // diag(3, 2) embedded in a 3×2 matrix has singular values 3 and 2.
        let a = try Matrix(rowMajor: [[0, 2], [3, 0], [0, 0]])
        let svd = try SingularValueDecomposition(a)
        #expect(abs(svd.singularValues[0] - 3) < 1e-15)
        #expect(abs(svd.singularValues[1] - 2) < 1e-15)
        #expect(abs(svd.conditionNumber - 1.5) < 1e-15)
    }

    @Test(arguments: [1, 4, 30])
    func choleskyReconstructsAndInverts(_ n: Int) throws {
        let b = randomMatrix(n + 5, n, seed: UInt64(n))
        let a = try BLAS.gram(b)  // SPD with probability 1
        let c = try Cholesky(a)
        let utu = try BLAS.multiply(c.upper, c.upper, transposeA: true)
        #expect(relativeDifference(a, utu) < identityTolerance)
        let inv = try c.inverse()
        let product = try BLAS.multiply(a, inv)
        // A·A⁻¹ = I holds to κ(A)·ε; the Gram matrices here have κ < 1e3.
        #expect(relativeDifference(Matrix.identity(n), product) < 1e-10)
        let x = try c.solve([Double](repeating: 1, count: n))
        let ax = try BLAS.multiply(a, x)
        for v in ax { #expect(abs(v - 1) < 1e-10) }
    }

    @Test func choleskyRejectsIndefinite() throws {
        let a = try Matrix(rowMajor: [[1, 2], [2, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 2)) { try Cholesky(a) }
    }

    @Test(arguments: [1, 5, 25])
    func symmetricEigenReconstructs(_ n: Int) throws {
        let b = randomMatrix(n, n, seed: 99 + UInt64(n))
        let a = try BLAS.multiply(b, b, transposeA: true)
        let e = try SymmetricEigendecomposition(a)
        var vl = e.eigenvectors
        for j in 0..<n { for i in 0..<n { vl[i, j] *= e.eigenvalues[j] } }
        let rebuilt = try BLAS.multiply(vl, e.eigenvectors, transposeB: true)
        #expect(relativeDifference(a, rebuilt) < identityTolerance)
        for i in 1..<max(n, 1) { #expect(e.eigenvalues[i] >= e.eigenvalues[i - 1]) }
    }

    @Test func eigenOfKnownMatrix() throws {
        let a = try Matrix(rowMajor: [[2, 1], [1, 2]])
        let e = try SymmetricEigendecomposition(a)
        #expect(abs(e.eigenvalues[0] - 1) < 1e-15)
        #expect(abs(e.eigenvalues[1] - 3) < 1e-15)
    }

    @Test func triangularSolveAndInverse() throws {
        let r = try Matrix(rowMajor: [[2, 1, -1], [0, 3, 2], [0, 0, 4]])
        let b = try Matrix(rowMajor: [[3], [13], [8]])
        let x = try Triangular.solve(upperFactor: r, b)
        // Back substitution by hand: x3 = 2, x2 = (13 − 4)/3 = 3, x1 = (3 − 3 + 2)/2 = 1.
        #expect(x.storage == [1, 3, 2])
        let inv = try Triangular.inverse(upperFactor: r)
        let product = try BLAS.multiply(r, inv)
        #expect(relativeDifference(Matrix.identity(3), product) < 1e-15)
        let xt = try Triangular.solve(upperFactor: r, b, transpose: true)
        let check = try BLAS.multiply(r, xt, transposeA: true)
        #expect(relativeDifference(b, check) < 1e-15)
    }

    @Test func bandSolveMatchesDenseCholesky() throws {
        // Pentadiagonal SPD matrix I + λ·DᵀD (second differences), as in the HP filter.
        let n = 50, lambda = 1600.0
        var band = SymmetricBandMatrix(order: n, bandwidth: 2)
        var dense = Matrix.identity(n)
        var d = Matrix(rows: n - 2, columns: n)
        for i in 0..<(n - 2) { d[i, i] = 1; d[i, i + 1] = -2; d[i, i + 2] = 1 }
        let dtd = try BLAS.gram(d)
        for j in 0..<n { for i in 0..<n { dense[i, j] += lambda * dtd[i, j] } }
        for j in 0..<n { for i in max(0, j - 2)...j { band[i, j] = dense[i, j] } }
        let y = (0..<n).map { sin(Double($0) / 5) + Double($0) / 10 }
        let xb = try band.solve(y)
        let xd = try Cholesky(dense).solve(y)
        for i in 0..<n { #expect(abs(xb[i] - xd[i]) < 1e-10 * max(1, abs(xd[i]))) }
        #expect(band[0, 5] == 0)
    }
}
