import CNFinCharts
import CNFinDatasets
import CNFinReport
import CNFinSeries
import Testing

/// `SeriesChart` (what `cnfin chart` draws), on the bundled data.
@Suite struct SeriesChartTests {
    @Test func linesAreNamedInTheReadersLanguageWithTheirUnit() throws {
        let data = try Dataset.bundled()
        let from = try #require(Month("2020-01")), to = try #require(Month("2020-12"))
        let requests = [SeriesChartRequest(name: "m2:yoy", id: "m2", transform: .yoy),
                        SeriesChartRequest(name: "m1_yoy", id: "m1_yoy", transform: nil)]
        let zh = try SeriesChart.lines(requests, in: data, from: from, to: to, language: .zh)
        #expect(zh.lines.map(\.name) == ["广义货币（M2）余额同比增速", try data.entry("m1_yoy").nameZh])
        #expect(zh.lines.allSatisfy { $0.values.count == 12 })
        #expect(zh.yLabel == "%" && zh.identifier == "chart-m2:yoy-m1_yoy")
        #expect(zh.source == "数据来源：中国人民银行；cnfin")
        let en = try SeriesChart.lines(requests, in: data, from: from, to: to, language: .en)
        #expect(en.lines[0].name == "Broad money (M2), month-end, year-on-year growth")
        // A level beside a rate: the axis says the units are mixed.
        let mixed = try SeriesChart.lines([SeriesChartRequest(name: "m2", id: "m2", transform: nil), requests[1]],
                                          in: data, from: from, to: to, language: .en)
        #expect(mixed.yLabel == "mixed units")
    }

    @Test func noValueInTheMonthsIsAnErrorNamingTheSeries() throws {
        let data = try Dataset.bundled()
        let from = try #require(Month("2040-01"))
        #expect(throws: SeriesChartError.noData(names: ["m2"])) {
            try SeriesChart.lines([SeriesChartRequest(name: "m2", id: "m2", transform: nil)], in: data, from: from, language: .zh)
        }
    }
}
