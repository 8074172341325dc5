import CNFinARIMA
import CNFinSeries
import Testing

/// The regARIMA variables are one-column `MonthlyRegressor`s: `columns` is `[values]`, named `[name]`.
@Suite struct RegressionVariableAsMonthlyRegressorTests {
    @Test func outlierAndCNYColumnsEqualTheirValues() throws {
        let start = Month(index: 2019 * 12)
        let variables: [any RegressionVariable] = [OutlierRegressor(.levelShift, at: Month(index: 2019 * 12 + 5)),
                                                   try ChineseNewYearRegressor.window(before: 5, after: 20)[0]]
        for v in variables {
            #expect(v.columnNames == [v.name])
            #expect(try v.columns(start: start, count: 24) == [try v.values(start: start, count: 24)])
        }
    }
}
