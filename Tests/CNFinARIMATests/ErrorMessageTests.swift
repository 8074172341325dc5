import CNFinARIMA
import CNFinCalendar
import CNFinTestSupport
import Testing

/// ``ARIMAError`` and ``CalendarError`` speak English (their `description`, unchanged) and Chinese with
/// the same data (issue 17); the checks are ``ErrorMessageCheck``'s.
@Suite struct ARIMAErrorMessageTests {
    /// One sample per case, and one per parameter name and requirement this module gives — this list
    /// grows with the enum and its callers.
    static let samples: [ARIMAError] = [
        .orderOutOfRange(name: "p", value: 5, allowed: "0…4"),
        .orderOutOfRange(name: "period", value: 13, allowed: "2…12"),
        .spanTooShort(count: 20, required: 27),
        .gap(month: "2020-03"),
        .nonPositiveForLog(month: "2020-03", value: -5.5),
        .regressorLength(name: "AO2020-03", expected: 120, actual: 119),
        .collinearRegressors(names: ["const", "LS2020-03"]),
        .duplicateRegressor(name: "LS2020-03"),
        .invalidStartingValues(polynomial: "AR"),
        .invalidStartingValues(polynomial: "seasonal MA"),
        .dateOutsideSpan(name: "AO2030-01", from: "2010-01", to: "2023-12"),
        .noConvergence(iterations: 200, gradientNorm: 0.0125),
        .noConvergence(iterations: 200, gradientNorm: .nan),
        .invalidParameter(name: "tolerance", value: "2.0", requirement: "must be in (0, 1)"),
        .invalidParameter(name: "maximum iterations", value: "0", requirement: "must be ≥ 1"),
        .invalidParameter(name: "likelihood tolerance", value: "-1.0", requirement: "must be ≥ 0"),
        .invalidParameter(name: "starting values", value: "3 values", requirement: "give 2 values (ma1, sma1)"),
        .invalidParameter(name: "Ljung–Box", value: "24 lags",
                          requirement: "a Ljung–Box test with 24 lags: needs at least 26 observations, only 20 available"),
        .invalidParameter(name: "Ljung–Box", value: "24 lags", requirement: "Ljung–Box: the series is constant"),
        .invalidParameter(name: "critical value", value: "-3.0", requirement: "must be positive"),
        .invalidParameter(name: "outlier types", value: "RP", requirement: "automatic detection covers AO, LS and TC"),
        .invalidParameter(name: "outlier", value: "XX2020-03", requirement: "write AO, LS, TC or RP followed by the month, e.g. LS2020-03"),
        .invalidParameter(name: "outlier", value: "RP2008-06-2008-01", requirement: "a ramp is written RP2008-01-2008-06 (start before end)"),
        .invalidParameter(name: "outlier", value: "LS2020-3", requirement: "the month is written YYYY-MM, e.g. LS2020-03"),
        .invalidParameter(name: "horizon", value: "0", requirement: "must be 1…1200"),
        .invalidParameter(name: "level", value: "1.5", requirement: "must be in (0, 1)"),
        .invalidParameter(name: "order", value: "0,1", requirement: "write p,d,q or p,d,q(P,D,Q) with whole numbers, e.g. 0,1,1 or 0,1,1(0,1,1)"),
        .invalidParameter(name: "seasonal order", value: "0,1", requirement: "write P,D,Q with whole numbers, e.g. 0,1,1"),
        .invalidParameter(name: "CNY split window", value: "0,5", requirement: "needs at least one day before (B ≥ 1) and A ≥ 0"),
        .invalidParameter(name: "CNY window", value: "30,5",
                          requirement: CalendarError.invalidWindow(value: "30,5", requirement: "days before and after must be at most 366").description),
        .invalidParameter(name: "CNY regressor", value: "",
                          requirement: CalendarError.invalidCalendar(line: 2, reason: "year 2020 appears twice").description),
        .invalidParameter(name: "CNY calendar", value: "2060",
                          requirement: "no festival date is known for this year (the built-in calendar covers 1990–2050)"),
        .invalidParameter(name: "automatic model limits", value: "(7,2) diff (2,1)", requirement: "orders ≤ (6,2), differences ≤ (2,1)"),
        .missingFutureRegressor(name: "m2_yoy", month: "2024-01"),
        .breakInSpan(breakID: "m1_2025_01", month: "2025-01", series: "m1"),
        .currentDefinitionTooShort(series: "m1", breakID: "m1_2025_01", from: "2025-01", to: "2025-12", count: 12, required: 36, method: "X-11"),
        .currentDefinitionTooShort(series: "m1", breakID: "m1_2025_01", from: "2025-01", to: "2025-12", count: 12, required: 27,
                                   method: "the model"),
        .linearAlgebra(.noConvergence(routine: "dgesdd", info: 3)),
    ]

    /// One sample per case of ``CalendarError``, and one per window requirement and calendar reason.
    static let calendarSamples: [CalendarError] = [
        .invalidWindow(value: "[-30, 10]", requirement: "each end must lie within 20 days of the festival"),
        .invalidWindow(value: "[10, 5]", requirement: "the first day must not come after the last"),
        .invalidWindow(value: "[-200, 150]", requirement: "must be shorter than 300 days"),
        .invalidWindow(value: "-1,5", requirement: "days before and after must be ≥ 0"),
        .invalidWindow(value: "30,5", requirement: "days before and after must be at most 20"),
        .missingFestivalDate(year: 2060),
        .invalidCalendar(line: 3, reason: "expected `year,YYYY-MM-DD`, got \"2020\""),
        .invalidCalendar(line: 3, reason: "invalid date \"2020-02-30\""),
        .invalidCalendar(line: 3, reason: "date 2021-02-12 is not in year 2020"),
        .invalidCalendar(line: 3, reason: "year 10000 is outside 1001–9998 (the months a series can have)"),
        .invalidCalendar(line: 3, reason: "year 2020 appears twice"),
        .invalidCalendar(line: 1, reason: "no dates"),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
        for sample in Self.calendarSamples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// A calendar error carried as its English text is read back whole, or not at all.
    @Test func calendarErrorsReadBackFromTheirDescription() {
        for sample in Self.calendarSamples {
            #expect(CalendarError(description: sample.description) == sample)
        }
        #expect(CalendarError(description: "something else") == nil)
    }

    @Test func chineseWording() {
        #expect(ARIMAError.orderOutOfRange(name: "period", value: 13, allowed: "2…12").message(in: .zh) == "季节周期13超出范围（允许：2…12）")
        #expect(CalendarError.missingFestivalDate(year: 2060).message(in: .zh) == "春节日期表中没有2060年的春节日期；日期表只覆盖有限的年份")
    }

    /// A real failure: an order that is out of range.
    @Test func aRealFailureIsTranslated() {
        do {
            _ = try ARIMAOrder(p: 9, d: 1, q: 1)
            Issue.record("no error")
        } catch {
            let problems = ErrorMessageCheck.problems(of: error)
            #expect(problems.isEmpty, "\(problems)")
        }
    }
}
