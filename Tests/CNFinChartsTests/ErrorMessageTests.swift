import CNFinCharts
import CNFinTestSupport
import Testing

/// ``ChartError`` speaks English (its `description`, unchanged) and Chinese with the same data (issue 17).
@Suite struct ChartErrorMessageTests {
    /// One sample per case — this list grows with the enum.
    static let samples: [ChartError] = [
        .emptyAxis(chart: "M2同比"),
        .noData(chart: "M2 yoy"),
        .lengthMismatch(chart: "M2同比", series: "M1", expected: 12, actual: 11),
        .nonFiniteValue(chart: "M2同比", series: "M1", position: "2023-05"),
        .bandReferencesMissingLine(chart: "M2同比", band: "range", index: 3),
        .sizeTooSmall(chart: "M2同比", width: 120, height: 80.5),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func chineseWording() {
        #expect(ChartError.sizeTooSmall(chart: "c", width: 120, height: 80.5).message(in: .zh) == "图表「c」：尺寸120×80.5太小（最小为240×160）")
    }
}
