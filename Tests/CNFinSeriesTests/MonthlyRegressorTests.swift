import Testing
@testable import CNFinSeries

/// The deterministic terms and lags as ``MonthlyRegressor``s: their definitions checked on values
/// that are exact in binary (the trend's ends ±1 and midpoint 0, dummy sums of 0 over a year up to
/// the rounding of 1/12).
@Suite struct MonthlyRegressorTests {
    let start = Month(index: 2020 * 12)  // 2020-01

    @Test func polynomialTrendRunsFromMinusOneToOne() {
        let trend = PolynomialTrend(degree: 2)
        #expect(trend.columnNames == ["trend", "trend^2"])
        let c = trend.columns(start: start, count: 5)
        #expect(c[0] == [-1, -0.5, 0, 0.5, 1])
        #expect(c[1] == [1, 0.25, 0, 0.25, 1])
        #expect(PolynomialTrend(degree: 0).columns(start: start, count: 5).isEmpty)
        #expect(trend.columns(start: start, count: 1) == [[0], [0]])
    }

    @Test func centredMonthDummiesSumToZeroOverAYear() {
        let dummies = CentredMonthDummies()
        #expect(dummies.columnNames.count == 11 && dummies.columnNames[0] == "month 1")
        let c = dummies.columns(start: Month(index: 2020 * 12 + 2), count: 24)
        for (m, column) in c.enumerated() {
            #expect(abs(column.reduce(0, +)) < 1e-12)
            // The first month of the span is March: column m (month m + 1) is 11/12 in its month.
            let index = (m + 1 - 3 + 12) % 12
            #expect(abs(column[index] - 11.0 / 12) < 1e-15)
        }
    }

    @Test func laggedSeriesShiftsByCalendarMonth() {
        let s = MonthlySeries(id: "x", start: start, values: [1, 2, nil, 4])
        let term = LaggedSeries(s, lag: 2)
        #expect(term.columnNames == ["x.L2"])
        #expect(LaggedSeries(s, lag: 0).columnNames == ["x"])
        let column = term.columns(start: start, count: 6)[0]
        #expect(column[0].isNaN && column[1].isNaN && column[4].isNaN)
        #expect(column[2] == 1 && column[3] == 2 && column[5] == 4)
        #expect(term.lagged.id == "x.L2")
    }

    @Test func heterogeneousTermsBuildOneDesign() throws {
        let terms: [any MonthlyRegressor] = [PolynomialTrend(degree: 1), CentredMonthDummies()]
        let design = try terms.design(start: start, count: 12)
        #expect(design.columns.count == 12 && design.names.count == 12)
        #expect(design.names[0] == "trend" && design.names[11] == "month 11")
    }
}
