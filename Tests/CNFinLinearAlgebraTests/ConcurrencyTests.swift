import Testing
@testable import CNFinLinearAlgebra

@Suite struct ConcurrencyTests {
    /// Many factorisations from a TaskGroup give bit-identical results to the serial run:
    /// the wrappers share no state, and OpenBLAS serialises its own thread pool.
    @Test func taskGroupMatchesSerial() async throws {
        let inputs = (0..<32).map { randomMatrix(80, 6, seed: UInt64($0 + 1)) }
        let rhs = (0..<80).map { Double($0 % 7) - 3 }
        let serial = try inputs.map { a -> [Double] in
            try LeastSquares.gelsd(a, Matrix(rows: 80, columns: 1, columnMajor: rhs)).solution.storage
                + SingularValueDecomposition(a).singularValues
        }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for (i, a) in inputs.enumerated() {
                group.addTask {
                    (i, try LeastSquares.gelsd(a, Matrix(rows: 80, columns: 1, columnMajor: rhs)).solution.storage
                        + SingularValueDecomposition(a).singularValues)
                }
            }
            var out = [[Double]](repeating: [], count: inputs.count)
            for try await (i, v) in group { out[i] = v }
            return out
        }
        #expect(serial == parallel)
    }

    @Test func threadCountCanBeSet() {
        let before = BLASThreading.threadCount
        BLASThreading.setThreadCount(1)
        #expect(BLASThreading.threadCount == 1)
        BLASThreading.setThreadCount(before)
    }
}
