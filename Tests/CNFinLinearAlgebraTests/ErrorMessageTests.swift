import CNFinLinearAlgebra
import CNFinTestSupport
import Testing

/// ``LinearAlgebraError`` speaks English (its `description`, unchanged) and Chinese with the same data.
@Suite struct LinearAlgebraErrorMessageTests {
    /// One sample per case — this list grows with the enum.
    static let samples: [LinearAlgebraError] = [
        .dimensionMismatch(operation: "BLAS.dot", details: "lengths 3 and 4"),
        .empty(operation: "dgeqp3"),
        .nonFinite(operation: "dpotrf"),
        .tooLarge(operation: "BLAS.gemm", size: 3_000_000_000),
        .illegalArgument(routine: "dgesdd", position: 4),
        .singular(routine: "dtrtrs", index: 2),
        .notPositiveDefinite(routine: "dpotrf", order: 3),
        .noConvergence(routine: "dgesdd", info: 7),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func chineseWording() {
        #expect(LinearAlgebraError.notPositiveDefinite(routine: "dpotrf", order: 3).message(in: .zh)
            == "「dpotrf」：矩阵不是正定矩阵（3阶顺序主子式不为正）")
    }
}
