import CNFinSeries
import Testing
@testable import CNFinSeasonal

/// `MonthlySeries.completeSpan` / `longestCompleteRun`: the gap checks in front of seasonal adjustment.
@Suite struct CompleteSpanTests {
    let series: MonthlySeries = {
        // 2020-01…2020-12 with 2020-04 and 2020-05 missing, trailing missing 2021-01.
        var v: [Double?] = (0..<13).map { Double($0) }
        v[3] = nil; v[4] = nil; v[12] = nil
        return MonthlySeries(id: "x", start: Month(index: 2020 * 12), values: v)
    }()

    @Test func gapIsNamed() throws {
        #expect(throws: SeasonalError.gap(series: "x", firstMissing: Month(index: 2020 * 12 + 3), lastMissing: Month(index: 2020 * 12 + 4),
                                         longestComplete: Month(index: 2020 * 12 + 5)...Month(index: 2020 * 12 + 11))) {
            try series.completeSpan()
        }
        let err = SeasonalError.gap(series: "x", firstMissing: Month(index: 2020 * 12 + 3), lastMissing: Month(index: 2020 * 12 + 4),
                                    longestComplete: nil)
        #expect(err.description.contains("2020-04…2020-05"))
    }

    @Test func chosenSpanWithoutGap() throws {
        let (start, values) = try series.completeSpan(from: Month(index: 2020 * 12 + 5))
        #expect(start == Month(year: 2020, month: 6))
        #expect(values == [5, 6, 7, 8, 9, 10, 11])   // trailing missing month dropped
        #expect(series.longestCompleteRun() == Month(index: 2020 * 12 + 5)...Month(index: 2020 * 12 + 11))
        #expect(throws: SeasonalError.self) { try series.completeSpan(from: Month(index: 2030 * 12)) }
    }
}
