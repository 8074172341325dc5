import Foundation
import Testing
@testable import CNFinCharts

/// Sample charts shaped like the monthly review's (values are illustrative).
enum Samples {
    static let months = 60
    static func wave(_ base: Double, _ amp: Double, _ phase: Double) -> [Double?] {
        (0..<months).map { i in base + amp * sin(Double(i) / 7 + phase) }
    }

    static var yoy: Chart {
        var m1 = wave(5, 4, 0)
        m1[10] = nil
        return .lines(identifier: "yoy-money", title: "货币与信贷同比增速 Money and credit, YoY",
                      subtitle: "阴影：M1−M2 剪刀差", axis: .months(fromYear: 2019, month: 6, count: months), yLabel: "%",
                      lines: [LineSeries(name: "M2", values: wave(10, 1.5, 1)), LineSeries(name: "M1", values: m1),
                              LineSeries(name: "人民币贷款 RMB loans", values: wave(11, 1, 2)),
                              LineSeries(name: "社融存量 TSF stock", values: wave(10.5, 1, 3), style: .dashed)],
                      bands: [ShadedBand(name: "M1−M2 剪刀差", between: 1, and: 0)],
                      source: "来源：中国人民银行 Source: PBoC; cnfin")
    }

    static var loans: Chart {
        let bars: [BarSeries] = [
            BarSeries(name: "住户短期", values: [-200.0, 1200.0]),
            BarSeries(name: "住户中长期", values: [-200.0, 1684.0]),
            BarSeries(name: "企业短期", values: [2900.0, 1600.0]),
            BarSeries(name: "企业中长期", values: [5400.0, 6300.0]),
            BarSeries(name: "票据融资", values: [7000.0, 1800.0]),
        ]
        let total = LineSeries(name: "合计", values: [18900.0, 13600.0])
        return .stackedBars(identifier: "new-loans", title: "新增人民币贷款结构 New RMB loans by sector",
                            axis: .categories(["2022-05", "2023-05"]), yLabel: "亿元",
                            bars: bars, total: total, source: "来源：中国人民银行")
    }

    static var contributions: Chart {
        var households: [Double?] = [], corporates: [Double?] = [], total: [Double?] = []
        for i in 0..<30 {
            let h = Double(i % 7) - 2.0
            let c = 6.0 - Double(i % 5)
            households.append(h)
            corporates.append(c)
            total.append(h + c)
        }
        return .stackedBars(identifier: "contrib", title: "Contributions to loan growth",
                            axis: .months(fromYear: 2021, month: 1, count: 30), yLabel: "pp",
                            bars: [BarSeries(name: "Households", values: households), BarSeries(name: "Corporates", values: corporates)],
                            total: LineSeries(name: "Total", values: total))
    }

    static var all: [Chart] { [yoy, loans, contributions] }
}

@Suite struct ChartTests {
    @Test func svgIsWellFormedWithTitleAndRole() throws {
        for chart in Samples.all {
            let svg = try chart.svg()
            let doc = SVGInspector.parse(svg)
            #expect(doc.parseError == nil, "\(chart.identifier): \(doc.parseError ?? "")")
            #expect(doc.rootName == "svg")
            #expect(doc.elements.first?.attributes["role"] == "img")
            #expect(doc.elements.dropFirst().first?.name == "title")
            #expect(doc.texts.contains(chart.title) || doc.texts.contains { chart.title.hasPrefix($0) })
        }
    }

    @Test func everySeriesHasALegendEntry() throws {
        for chart in Samples.all {
            let doc = SVGInspector.parse(try chart.svg())
            let drawn = Set(doc.seriesNames)
            let legend = Set(doc.legendNames)
            let expected = Set(chart.bars.map(\.name) + chart.lines.map(\.name) + chart.bands.map(\.name))
            #expect(drawn == expected)
            #expect(drawn.isSubset(of: legend))
        }
    }

    @Test func axisCoversTheData() throws {
        for chart in Samples.all {
            let layout = try chart.layout()
            #expect(layout.yScale.lower <= layout.dataRange.lowerBound)
            #expect(layout.yScale.upper >= layout.dataRange.upperBound)
            // Every drawn value lies in the plot rectangle.
            for s in chart.lines { for v in s.values.compactMap({ $0 }) {
                #expect(layout.y(v) >= layout.plot.y - 1e-9 && layout.y(v) <= layout.plot.maxY + 1e-9)
            } }
        }
        // Negatives stacked below zero: the loans chart reaches −400.
        let loans = try Samples.loans.layout()
        #expect(loans.dataRange.lowerBound == -400)
        #expect(loans.yScale.lower <= -400)
        #expect(loans.yScale.upper >= 18900)
    }

    @Test func outputIsDeterministic() throws {
        for chart in Samples.all { #expect(try chart.svg() == chart.svg()) }
    }

    @Test func textIsEscaped() throws {
        let chart = Chart.lines(identifier: "x", title: "A < B & \"C\" 'D'", axis: .categories(["<a>", "b&c"]), yLabel: "%",
                                lines: [LineSeries(name: "x<y", values: [1, 2])], source: "S&P")
        let svg = try chart.svg()
        let doc = SVGInspector.parse(svg)
        #expect(doc.parseError == nil)
        #expect(doc.legendNames == ["x<y"])
        #expect(doc.texts.contains("A < B & \"C\" 'D'"))
        #expect(svg.contains("S&amp;P"))
    }

    @Test func badInputIsReported() {
        let axis = ChartXAxis.months(fromYear: 2023, month: 1, count: 3)
        #expect(throws: ChartError.lengthMismatch(chart: "t", series: "s", expected: 3, actual: 2)) {
            try Chart.lines(identifier: "t", title: "t", axis: axis, yLabel: "%", lines: [LineSeries(name: "s", values: [1, 2])]).svg()
        }
        #expect(throws: ChartError.nonFiniteValue(chart: "t", series: "s", position: "2023-02")) {
            try Chart.lines(identifier: "t", title: "t", axis: axis, yLabel: "%", lines: [LineSeries(name: "s", values: [1, .nan, 2])]).svg()
        }
        #expect(throws: ChartError.noData(chart: "t")) {
            try Chart.lines(identifier: "t", title: "t", axis: axis, yLabel: "%", lines: [LineSeries(name: "s", values: [nil, nil, nil])]).svg()
        }
        #expect(throws: ChartError.emptyAxis(chart: "t")) {
            try Chart.lines(identifier: "t", title: "t", axis: .categories([]), yLabel: "%", lines: []).svg()
        }
        #expect(throws: ChartError.bandReferencesMissingLine(chart: "t", band: "b", index: 5)) {
            try Chart.lines(identifier: "t", title: "t", axis: axis, yLabel: "%", lines: [LineSeries(name: "s", values: [1, 2, 3])],
                            bands: [ShadedBand(name: "b", between: 0, and: 5)]).svg()
        }
    }

    /// Writes the sample charts to $CNFIN_CHART_DUMP (for looking at them); no-op otherwise.
    @Test func dumpSamplesWhenAsked() throws {
        guard let dir = ProcessInfo.processInfo.environment["CNFIN_CHART_DUMP"] else { return }
        for chart in Samples.all {
            try chart.svg().write(toFile: dir + "/" + chart.identifier + ".svg", atomically: true, encoding: .utf8)
        }
    }
}
