import Foundation
import Testing
@testable import CNFinStatistics

/// Every bad input is a typed ``StatisticsError`` with a message naming the problem — never a crash or NaN.
@Suite struct BadInputTests {
    let x1: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    let x2: [Double] = [2, 1, 4, 3, 6, 5, 8, 9]
    let y: [Double] = [1.1, 2.3, 2.9, 4.2, 5.1, 5.8, 7.2, 8.1]

    @Test func tooFewObservations() {
        #expect(throws: StatisticsError.tooFewObservations(what: "a regression with 3 coefficients", needed: 4, available: 3)) {
            try LinearModel(y: [1, 2, 3], x: [[1, 2, 4], [3, 1, 2]])
        }
    }

    @Test func constantColumnWithIntercept() {
        #expect(throws: StatisticsError.constantColumn(name: "c")) {
            try LinearModel(y: y, x: [x1, Array(repeating: 3, count: 8)], names: ["a", "c"])
        }
        // Without an intercept a constant column is legitimate.
        #expect(throws: Never.self) { try LinearModel(y: y, x: [x1, Array(repeating: 3, count: 8)], intercept: false).fit() }
    }

    @Test func nonFinite() {
        var bad = y
        bad[3] = .nan
        #expect(throws: StatisticsError.nonFinite(what: "y", index: 3)) { try LinearModel(y: bad, x: [x1]) }
        var badX = x1
        badX[5] = .infinity
        #expect(throws: StatisticsError.nonFinite(what: "regressor 'x1'", index: 5)) { try LinearModel(y: y, x: [badX]) }
        #expect(throws: StatisticsError.self) { try AugmentedDickeyFuller.test(bad) }
        #expect(throws: StatisticsError.self) { try KPSS.test(bad) }
    }

    @Test func mismatchedLengths() {
        #expect(throws: StatisticsError.lengthMismatch(what: "regressor 'x1'", expected: 8, actual: 7)) {
            try LinearModel(y: y, x: [Array(x1.dropLast())])
        }
        #expect(throws: StatisticsError.lengthMismatch(what: "weights", expected: 8, actual: 2)) {
            try LinearModel(y: y, x: [x1], weights: [1, 2])
        }
        #expect(throws: StatisticsError.invalidWeight(index: 1, value: -1)) {
            try LinearModel(y: y, x: [x1], weights: [1, -1, 1, 1, 1, 1, 1, 1])
        }
        #expect(throws: StatisticsError.self) { try GrangerCausality.test(y: y, x: x1 + [1], maxLag: 1) }
    }

    @Test func rankDeficientNamesDependentColumns() throws {
        let sum = zip(x1, x2).map { $0 + $1 }
        let caught: StatisticsError? = {
            do {
                _ = try LinearModel(y: y, x: [x1, x2, sum], names: ["a", "b", "a_plus_b"]).fit()
                return nil
            } catch { return error as? StatisticsError }
        }()
        guard case let .rankDeficient(rank, columns, dependent, _)? = caught else {
            Issue.record("expected a rank-deficiency error, got \(String(describing: caught))")
            return
        }
        #expect(rank == 3 && columns == 4 && dependent.count == 1)
        #expect(["a", "b", "a_plus_b"].contains(dependent.first ?? ""))
        #expect(caught?.description.contains(dependent.first ?? "?") == true)
        // Minimum-norm on request: same fitted values as the full-rank model without the sum.
        let mn = try LinearModel(y: y, x: [x1, x2, sum]).fit(rankDeficient: .minimumNorm)
        let ref = try LinearModel(y: y, x: [x1, x2]).fit()
        #expect(mn.isMinimumNorm && mn.rank == 3 && mn.dfResid == 5)
        for i in 0..<8 { #expect(abs(mn.fittedValues[i] - ref.fittedValues[i]) <= 1e-12 * 10) }
        #expect(abs(mn.ssr - ref.ssr) <= 1e-12 * ref.ssr * 100)
    }

    @Test func tooFewObservationsForLags() {
        let short = Array(y.prefix(6))
        #expect(throws: StatisticsError.self) { try AugmentedDickeyFuller.test(short, lags: .fixed(3)) }
        #expect(throws: StatisticsError.self) { try KPSS.test(short, bandwidth: .fixed(6)) }
        #expect(throws: StatisticsError.self) { try GrangerCausality.test(y: short, x: short, maxLag: 2) }
        #expect(throws: StatisticsError.self) { try LjungBox.test(short, maxLag: 5) }
        #expect(throws: StatisticsError.self) { try DistributedLag.design(columns: [short], names: ["s"], lags: 6) }
        #expect(throws: StatisticsError.self) { try LinearModel(y: y, x: [x1]).fit(covariance: .hac(maxLags: 8, smallSampleCorrection: false)) }
    }

    @Test func distributedLagDesign() throws {
        let d = try DistributedLag.design(columns: [[1, 2, 3, 4, 5]], names: ["m"], lags: 2)
        #expect(d.names == ["m", "m.L1", "m.L2"])
        #expect(d.columns == [[3, 4, 5], [2, 3, 4], [1, 2, 3]])
    }
}
