import Foundation
import Testing
@testable import CNFinLinearAlgebra

@Suite struct ErrorPathTests {
    @Test func dimensionMismatches() throws {
        let a = Matrix(rows: 3, columns: 2, repeating: 1)
        #expect(throws: LinearAlgebraError.self) { try BLAS.dot([1, 2], [1]) }
        #expect(throws: LinearAlgebraError.self) { try BLAS.multiply(a, [1, 2, 3]) }
        #expect(throws: LinearAlgebraError.self) { try BLAS.multiply(a, a) }
        #expect(throws: LinearAlgebraError.self) { try LeastSquares.gelsd(a, Matrix(rows: 2, columns: 1)) }
        #expect(throws: LinearAlgebraError.self) { try Cholesky(a) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(rowMajor: [[1, 2], [3]]) }
        #expect(throws: LinearAlgebraError.self) { try PivotedQR(a).applyQ(to: Matrix(rows: 2, columns: 1)) }
        var band = SymmetricBandMatrix(order: 3, bandwidth: 1)
        band[0, 0] = 1
        #expect(throws: LinearAlgebraError.self) { try band.solve([1, 2]) }
    }

    @Test func nonFiniteInputs() throws {
        for bad in [Double.nan, .infinity, -.infinity] {
            let a = try Matrix(rowMajor: [[1, 0], [0, bad]])
            #expect(throws: LinearAlgebraError.nonFinite(operation: "dgeqp3")) { try PivotedQR(a) }
            #expect(throws: LinearAlgebraError.nonFinite(operation: "dgesdd")) { try SingularValueDecomposition(a) }
            #expect(throws: LinearAlgebraError.nonFinite(operation: "dpotrf")) { try Cholesky(a) }
            #expect(throws: LinearAlgebraError.nonFinite(operation: "dsyevd")) { try SymmetricEigendecomposition(a) }
            #expect(throws: LinearAlgebraError.nonFinite(operation: "dgelsd")) { try LeastSquares.gelsd(a, Matrix(rows: 2, columns: 1)) }
        }
    }

    @Test func zeroSizeMatrices() throws {
        let empty = Matrix(rows: 0, columns: 0)
        #expect(throws: LinearAlgebraError.empty(operation: "dgeqp3")) { try PivotedQR(empty) }
        #expect(throws: LinearAlgebraError.empty(operation: "dgesdd")) { try SingularValueDecomposition(Matrix(rows: 3, columns: 0)) }
        #expect(throws: LinearAlgebraError.empty(operation: "dpotrf")) { try Cholesky(empty) }
        #expect(throws: LinearAlgebraError.empty(operation: "dsyevd")) { try SymmetricEigendecomposition(empty) }
        #expect(throws: LinearAlgebraError.empty(operation: "dgelsy")) { try LeastSquares.gelsy(empty, empty) }
        #expect(throws: LinearAlgebraError.empty(operation: "dpbsv")) { try SymmetricBandMatrix(order: 0, bandwidth: 1).solve([]) }
        #expect(throws: LinearAlgebraError.empty(operation: "dtrtri")) { try Triangular.inverse(upperFactor: empty) }
    }

    @Test func singularTriangular() throws {
        let r = try Matrix(rowMajor: [[1, 2], [0, 0]])
        #expect(throws: LinearAlgebraError.singular(routine: "dtrtrs", index: 2)) {
            try Triangular.solve(upperFactor: r, Matrix(rows: 2, columns: 1, repeating: 1))
        }
        #expect(throws: LinearAlgebraError.singular(routine: "dtrtri", index: 2)) { try Triangular.inverse(upperFactor: r) }
    }

    @Test func errorMessagesNameTheRoutine() {
        let e = LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 3)
        #expect(e.description.contains("dpotrf"))
        #expect(e.description.contains("order 3"))
    }
}
