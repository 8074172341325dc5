import Testing
@testable import CNFinStatistics

/// `RegressionResults.description`: one readable line with the sample, the fit and the covariance
/// (merged with the library summary's description, RegressionSummary.swift; the coefficients are in `summary`).
@Suite struct RegressionDescriptionTests {
    @Test func describesTheFit() throws {
        // y = 1 + 2x exactly: estimates 1 and 2, R² = 1.
        let x: [Double] = [0, 1, 2, 3, 4, 5]
        let fit = try LinearModel(y: x.map { 1 + 2 * $0 }, x: [x], names: ["x"]).fit()
        let text = fit.description
        #expect(text == "OLS, 6 observations, 2 coefficients (with constant), R² 1, nonrobust covariance")
    }
}
