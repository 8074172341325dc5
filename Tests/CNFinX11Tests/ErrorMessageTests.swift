import CNFinTestSupport
import CNFinX11
import Testing

/// ``X11Error`` speaks English (its `description`, unchanged) and Chinese with the same data (issue 17).
@Suite struct X11ErrorMessageTests {
    /// One sample per case — this list grows with the enum.
    static let samples: [X11Error] = [
        .spanTooShort(observations: 30, minimum: 36),
        .nonFiniteValue(index: 4),
        .nonPositiveValue(index: 4, value: -2.5),
        .invalidFirstMonth(13),
        .seasonalFilterTooLong(filter: "3x9", yearsNeeded: 7, yearsAvailable: 5),
        .invalidHendersonLength(14),
        .hendersonTooLong(length: 23, observations: 20),
        .invalidSigmaLimits(lower: 2.5, upper: 1.5),
        .invalidForecastCount(forecasts: 24, observations: 48),
        .nonPositiveTrend,
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func chineseWording() {
        #expect(X11Error.nonFiniteValue(index: 4).message(in: .zh) == "第5个观测值缺失或不是有限数值：X-11需要没有缺口的区间")
    }
}
