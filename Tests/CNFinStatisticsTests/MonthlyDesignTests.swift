import CNFinSeries
import Testing
@testable import CNFinStatistics

@Suite struct MonthlyDesignTests {
    func month(_ text: String) -> Month { Month(text) ?? Month(index: 0) }

    /// Lags are taken by calendar month: a missing month removes the rows that would need it instead
    /// of shifting later values into its place.
    @Test func lagsFollowTheCalendar() throws {
        let start = month("2020-01")
        let y = MonthlySeries(id: "y", start: start, values: [10, 11, 12, 13, 14, 15, 16])
        let x = MonthlySeries(id: "x", start: start, values: [1, 2, nil, 4, 5, 6, 7])
        let d = try MonthlyDesign(y: y, x: [x], lags: 1)
        #expect(d.names == ["x", "x.L1"])
        // Complete rows: Feb (x 2, L1 1), May (5, 4), Jun (6, 5), Jul (7, 6); Mar and Apr need the missing March.
        #expect(d.months.map(\.description) == ["2020-02", "2020-05", "2020-06", "2020-07"])
        #expect(d.y == [11, 14, 15, 16])
        #expect(d.x[0] == [2, 5, 6, 7] && d.x[1] == [1, 4, 5, 6])
        #expect(d.skippedMonths == 2)
        #expect(throws: StatisticsError.self) { try d.requireConsecutive() }
        // The gap names the series without a value in its first month (March: x and, for April, x.L1 —
        // only March is named), not the dependent series.
        do {
            try d.requireConsecutive()
        } catch {
            #expect(error.description.contains("no complete value in 2020-03…2020-04 (no value of x)"))
        }
        let missingY = MonthlySeries(id: "y", start: start, values: [10, 11, nil, 13])
        let dy = try MonthlyDesign(y: missingY, x: [x.sliced(to: month("2020-04")).with(values: [1, 2, 3, 4])])
        do {
            try dy.requireConsecutive()
            Issue.record("a gap in y must be an error")
        } catch {
            #expect(error.description.contains("no complete value in 2020-03 (no value of y)"))
        }

        // --from/--to bound the dependent's months; lags may reach before --from.
        let bounded = try MonthlyDesign(y: y, x: [x], lags: 1, from: month("2020-05"), to: month("2020-06"))
        #expect(bounded.y == [14, 15] && bounded.x[1] == [4, 5])
        try bounded.requireConsecutive()
        // Positional lags agree with DistributedLag on a gap-free span.
        let positional = try DistributedLag.design(columns: [[4, 5, 6, 7]], names: ["x"], lags: 1)
        let calendar = try MonthlyDesign(y: y, x: [x], lags: 1, from: month("2020-05"))
        #expect(positional.names == calendar.names && positional.columns == calendar.x)
    }

    @Test func errors() {
        let y = MonthlySeries(id: "y", start: Month(index: 24_240), values: [1, 2, 3])
        let late = MonthlySeries(id: "x", start: Month(index: 24_300), values: [1, 2, 3])
        #expect(throws: StatisticsError.self) { try MonthlyDesign(y: y, x: [late]) }  // no common month
        #expect(throws: StatisticsError.self) { try MonthlyDesign(y: y, x: [y]) }  // named twice
        #expect(throws: StatisticsError.self) { try MonthlyDesign(y: y, x: [], lags: -1) }
    }
}
