import Testing
@testable import CNFinStatistics

/// `RegressionResults.description`: one readable line with the sample, the fit and every coefficient.
@Suite struct RegressionDescriptionTests {
    @Test func describesTheFit() throws {
        // y = 1 + 2x exactly: estimates 1 and 2, R² = 1.
        let x: [Double] = [0, 1, 2, 3, 4, 5]
        let fit = try LinearModel(y: x.map { 1 + 2 * $0 }, x: [x], names: ["x"]).fit()
        let text = fit.description
        #expect(text.hasPrefix("OLS n = 6, R² = 1,"))
        #expect(text.contains("const 1 (") && text.contains("x 2 ("))
    }
}
