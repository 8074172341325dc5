import CNFin
import Testing

/// The README's library example (dataset → YoY → OLS with HAC → seasonal adjustment), compiled and run
/// here so that the README cannot drift from the API. Keep the two copies identical.
@Suite struct ReadmeLibraryExampleTests {
    @Test func readmeExampleRuns() throws {
        // --- README example begins ---
        let data = try Dataset.bundled()

        // Year-on-year growth of the loan balance, break-aware: across a registered definitional break
        // the published comparable-basis rate is used (or the month is left empty), never a mixed ratio.
        let loans = try data.series("loans_balance")
        let growth = loans.yearOverYearGrowth(breaks: data.breaks, published: try data.series("loans_yoy"))
        for note in GrowthNote.grouped(growth.notes) { print(note) }

        // OLS of loan growth on M2 growth with Newey–West (HAC) standard errors, months aligned.
        let design = try MonthlyDesign(y: growth.series, x: [try data.series("m2_yoy")],
                                       from: Month(year: 2015, month: 1), to: Month(year: 2023, month: 12))
        let fit = try LinearModel(y: design.y, x: design.x, names: design.names)
            .fit(covariance: .hac(maxLags: nil, smallSampleCorrection: true))
        print(fit.coefficients.map { "\($0.name): \($0.estimate) (s.e. \($0.standardError))" })

        // STL seasonal adjustment of new loans with the Chinese New Year pre-adjustment.
        let newLoans = try data.series("loans_increase").completeSpan(from: Month(year: 2010, month: 1),
                                                                       to: Month(year: 2023, month: 12))
        let adjustment = try SeasonalAdjustment(holiday: try ChineseNewYearRegressors())
        let adjusted = try adjustment.fit(newLoans.values, start: newLoans.start, kind: .flow)
        print(adjusted.adjusted.suffix(3))
        // --- README example ends ---
        #expect(fit.nobs == design.nobs && fit.coefficients.count == 2)
        #expect(adjusted.adjusted.count == newLoans.values.count)
    }
}
