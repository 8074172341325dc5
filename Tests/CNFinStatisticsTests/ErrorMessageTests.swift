import CNFinLinearAlgebra
import CNFinStatistics
import CNFinTestSupport
import Testing

/// ``StatisticsError`` speaks English (its `description`, unchanged) and Chinese with the same data
/// (issue 17); the checks are ``ErrorMessageCheck``'s, whose last one also catches an English phrase
/// quoted instead of translated.
@Suite struct StatisticsErrorMessageTests {
    /// One sample per case, and one per phrase form this module's estimators and tests give as a subject,
    /// statistic, reason or argument message — this list grows with the enum and its callers.
    static let samples: [StatisticsError] = [
        .lengthMismatch(what: "regressor 'x1'", expected: 8, actual: 7),
        .lengthMismatch(what: "weights", expected: 8, actual: 2),
        .lengthMismatch(what: "regressor names", expected: 2, actual: 3),
        .lengthMismatch(what: "regressor matrix rows", expected: 8, actual: 9),
        .lengthMismatch(what: "column names", expected: 2, actual: 1),
        .lengthMismatch(what: "column 'm1_yoy'", expected: 10, actual: 9),
        .lengthMismatch(what: "Granger: x", expected: 10, actual: 9),
        .tooFewObservations(what: "a regression with 3 coefficients", needed: 4, available: 3),
        .tooFewObservations(what: "a rolling window for 3 coefficients", needed: 4, available: 3),
        .tooFewObservations(what: "12 lags", needed: 13, available: 10),
        .tooFewObservations(what: "a KPSS test", needed: 3, available: 2),
        .tooFewObservations(what: "a KPSS test with 12 lags", needed: 13, available: 10),
        .tooFewObservations(what: "a Granger test with 4 lags", needed: 14, available: 10),
        .tooFewObservations(what: "an ADF test with 4 lags (ct)", needed: 12, available: 10),
        .tooFewObservations(what: "an ADF test (c)", needed: 4, available: 3),
        .tooFewObservations(what: "an ADF regression with 4 lags", needed: 12, available: 10),
        .tooFewObservations(what: "a Ljung–Box test with 24 lags", needed: 26, available: 20),
        .tooFewObservations(what: "months where m2_yoy, m1_yoy all have a value (with 2 lags) in 2020-01–2020-12", needed: 1, available: 0),
        .tooFewObservations(what: "months where m2_yoy all have a value", needed: 1, available: 0),
        .nonFinite(what: "y", index: 3),
        .nonFinite(what: "KPSS series", index: 4),
        .nonFinite(what: "ADF series", index: 4),
        .nonFinite(what: "Ljung–Box series", index: 4),
        .nonFinite(what: "Granger: y", index: 2),
        .rankDeficient(rank: 2, columns: 3, dependent: ["x2"], conditionNumber: 1.5e17),
        .constantColumn(name: "x1"),
        .invalidWeight(index: 2, value: -1),
        .invalidWeight(index: 2, value: .nan),
        .rankDeficient(rank: 1, columns: 3, dependent: ["x1", "x2"], conditionNumber: .infinity),
        .invalidArgument("window of 40 observations is longer than the sample (30)"),
        .invalidArgument("refactorEvery must be positive"),
        .invalidArgument("the number of lags must be non-negative, got -1"),
        .invalidArgument("Granger: the lag order must be at least 1, got 0"),
        .invalidArgument("series 'm2_yoy' is named twice"),
        .invalidArgument("Ljung–Box: the number of lags must be at least 1, got 0"),
        .invalidArgument("Ljung–Box: model degrees of freedom must be non-negative"),
        .invalidArgument("Ljung–Box: the series is constant"),
        .invalidArgument("the model has no regressors and no intercept"),
        .invalidArgument("confidence level must lie strictly between 0 and 1, got 1.5"),
        .invalidArgument("HAC lag count must lie in 0..<30, got 31"),
        .linearAlgebra(.singular(routine: "dtrtrs", index: 2)),
        .notComputable(statistic: "the KPSS statistic",
                       reason: "the residuals of the level regression are all zero (the series is constant), so the long-run variance is zero"),
        .notComputable(statistic: "the KPSS statistic",
                       reason: "the residuals of the trend regression are all zero (the series is an exact line), so the long-run variance is zero"),
        .notComputable(statistic: "the KPSS statistic", reason: "the Bartlett long-run variance with 4 lags is -0.5, not positive"),
        .notComputable(statistic: "the KPSS statistic", reason: "η = nan"),
        .notComputable(statistic: "the ADF statistic", reason: "the t statistic of the lagged level is inf"),
        .notComputable(statistic: "the regression's sums of squares",
                       reason: "they overflow double precision (SSR inf, TSS 1e+308); rescale y or the regressors"),
        .notComputable(statistic: "the standard error of 'x1'",
                       reason: "its variance is 0.0 in double precision (the column's scale is extreme: largest |value| 1e+300); rescale the column"),
        .notComputable(statistic: "the standard error of 'const'",
                       reason: "its variance is 0.0 in double precision (the column's scale is extreme: the constant); rescale the column"),
        .notConsecutive(first: "2005-01", last: "2006-12", missing: "2006-01", lastBefore: "2005-12", firstAfter: "2006-02",
                        missingIn: "loans_increase"),
        .notConsecutive(first: "2005-01", last: "2006-12", missing: "2006-01…2006-03", lastBefore: "2005-12", firstAfter: "2006-04",
                        missingIn: "m2_yoy, m1_yoy.L1"),
        .notConsecutive(first: "2005-01", last: "2006-12", missing: "2006-01", lastBefore: "2005-12", firstAfter: "2006-02", missingIn: ""),
        .tooLarge(what: "an ADF regression with 100000 lags (200000 × 100003)", size: 20_000_600_000, limit: 1 << 26),
        .tooLarge(what: "the ADF lag selection over 0…5000 (20000 × 5002)", size: 100_040_000, limit: 1 << 26),
        .tooLarge(what: "a distributed-lag design with 9000 lags of 2 column(s) (10000 × 18002)", size: 180_020_000, limit: 1 << 26),
        .tooLarge(what: "a monthly design with 9000 lags of 2 regressor(s) (10000 × 18002)", size: 180_020_000, limit: 1 << 26),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// An error carried as its English text is read back: the same case when the text has its form,
    /// otherwise an ``StatisticsError/invalidArgument(_:)`` with the text.
    @Test func readBackFromTheDescription() {
        for sample in Self.samples {
            let back = StatisticsError(description: sample.description)
            #expect(back.description == sample.description)
        }
        #expect(StatisticsError(description: Self.samples[0].description) == Self.samples[0])
        #expect(StatisticsError(description: "anything else") == .invalidArgument("anything else"))
    }

    /// The wording of the brief's examples.
    @Test func chineseWording() {
        #expect(StatisticsError.tooFewObservations(what: "a KPSS test with 12 lags", needed: 24, available: 10).message(in: .zh)
            == "样本不足：含12阶滞后的KPSS检验需要至少24个观测值，实际只有10个")
        #expect(StatisticsError.notConsecutive(first: "2005-01", last: "2006-12", missing: "2006-01", lastBefore: "2005-12",
                                               firstAfter: "2006-02", missingIn: "loans_increase").message(in: .zh)
            == "2005-01–2006-12的月份不连续：2006-01没有完整的数值（「loans_increase」无数值）；请把样本限定在没有缺口的区间")
    }

    /// The messages of real failures are translated, not quoted: a regression with too few rows.
    @Test func aRealFailureIsTranslated() {
        do {
            _ = try LinearModel(y: [1, 2], x: [[1, 2], [3, 5]])
            Issue.record("no error")
        } catch {
            let problems = ErrorMessageCheck.problems(of: error)
            #expect(problems.isEmpty, "\(problems)")
            #expect(error.message(in: .zh).hasPrefix("样本不足：含3个系数的回归"))
        }
    }
}
