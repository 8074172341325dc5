import Testing
@testable import CNFinStatistics

/// `RegressionResults.summary` and `description` on a fit whose figures are known in closed form:
/// y = (1, 3, 2, 5, 4) on x = (1…5) has Sxy = 8, Sxx = 10, Syy = 10, so β = (0.6, 0.8) and
/// R² = Sxy²/(Sxx·Syy) = 0.64 exactly in decimal; the printed values (6 significant digits) are
/// far from any rounding boundary, so the checks do not depend on the last bits.
@Suite struct RegressionSummaryTests {
    static func fit() throws -> RegressionResults {
        try LinearModel(y: [1, 3, 2, 5, 4], x: [[1, 2, 3, 4, 5]], names: ["x"]).fit()
    }

    @Test func summaryLaysOutTheStatsmodelsTable() throws {
        let r = try Self.fit()
        let summary = r.summary(dependent: "y")
        let lines = summary.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].trimmingPrefixSpaces == "OLS Regression Results")
        #expect(lines[1] == String(repeating: "=", count: 78))
        #expect(lines.contains { $0.hasPrefix("Dep. Variable:") && $0.contains("R-squared:") && $0.hasSuffix("0.64") })
        #expect(lines.contains { $0.hasPrefix("const") && $0.contains("0.6") })
        #expect(lines.contains { $0.hasPrefix("x ") && $0.contains("0.8") })
        #expect(summary.tables.count == 2)
        #expect(summary.coefficients.rows.count == 2)
        #expect(summary.statistics.rows.count == r.summaryStatistics.count + 2)
        #expect(summary.notes.isEmpty)
    }

    @Test func descriptionIsOneLine() throws {
        let text = try Self.fit().description
        #expect(text == "OLS, 5 observations, 2 coefficients (with constant), R² 0.64, nonrobust covariance")
    }

    /// The statistics the results compute on access follow their definitions from SSR and TSS.
    @Test func lazyStatisticsFollowTheirDefinitions() throws {
        let r = try Self.fit()
        // SSR = Syy − Sxy²/Sxx = 3.6, TSS = 10 (tolerance: a few ulps of the QR solution).
        #expect(abs(r.ssr - 3.6) < 1e-12)
        #expect(abs(r.tss - 10) < 1e-12)
        #expect(abs(r.rSquared - 0.64) < 1e-12)
        #expect(abs(r.adjustedRSquared - (1 - 4.0 / 3 * 0.36)) < 1e-12)
        #expect(abs(r.residualStandardError - (3.6 / 3).squareRoot()) < 1e-12)
        #expect(r.aic == -2 * r.logLikelihood + 2 * 2)
        #expect(r.dfModel == 1 && r.dfResid == 3 && !r.isMinimumNorm)
    }
}

private extension String {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
