import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

/// The typed options (issue 14 step 4): enumerated values are parsed by swift-argument-parser, in any
/// case and with the old aliases; an invalid value is a usage error (exit status 2) whose message lists
/// the valid values.
@Suite struct OptionTypesTests {
    @Test func enumeratedValuesParseInAnyCaseAndByAlias() {
        #expect(CovarianceOption(argument: "hac") == .HAC)
        #expect(CovarianceOption(argument: "NonRobust") == .nonrobust)
        #expect(DisplayLanguage(argument: "EN") == .en)
        #expect(TableFormatOption(argument: "md") == .markdown)
        #expect(TableFormatOption(argument: "TEX") == .latex)
        #expect(OutputFormat(argument: "txt") == .text)
        #expect(AutolagOption(argument: "T-STAT") == .tStat)
        #expect(ADFRegression(argument: "ct") == .constantTrend)
        #expect(TableFormatOption(argument: "yaml") == nil)
        #expect(KPSSLagsOption(argument: "legacy")?.bandwidth == .legacy)
        #expect(KPSSLagsOption(argument: "12")?.bandwidth == .fixed(12))
        #expect(KPSSLagsOption(argument: "-1") == nil)
        #expect(HendersonOption(argument: "13")?.choice == .fixed(13))
        #expect(HendersonOption(argument: "12") == nil)
        #expect(OutlierTypesOption(argument: "AO,tc")?.kinds == [.additive, .temporaryChange])
        #expect(OutlierTypesOption(argument: "none")?.kinds == [])
        #expect(OutlierTypesOption(argument: "ao,rp") == nil)
        #expect(SeasonalFilterOption(argument: "3x9")?.choice == .fixed(.s3x9))
    }

    /// `report --section` offers exactly the sections a report has, in its order.
    @Test func reportSectionsAreTheReportsSections() throws {
        let report = try MonthlyReport(data: .bundled(), month: Month(year: 2023, month: 5), language: .en)
        #expect(ReportSectionOption.allCases.map(\.rawValue) == report.sections.map(\.id))
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let listed: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let invalid: [Invalid] = [
        Invalid(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--cov", "HC4"], listed: ["HC3", "HAC", "nonrobust"]),
        Invalid(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--lang", "fr"], listed: ["zh", "en"]),
        Invalid(arguments: ["test", "adf", "--series", "m2_yoy", "--autolag", "hqic"], listed: ["aic", "bic", "t-stat", "none"]),
        Invalid(arguments: ["test", "adf", "--series", "m2_yoy", "--regression", "ctt"], listed: ["n", "c", "ct"]),
        Invalid(arguments: ["test", "kpss", "--series", "m2_yoy", "--regression", "n"], listed: ["c", "ct"]),
        Invalid(arguments: ["test", "kpss", "--series", "m2_yoy", "--nlags", "many"], listed: ["--nlags"]),
        Invalid(arguments: ["summary", "--format", "yaml"], listed: ["text", "markdown", "csv", "json", "latex", "xlsx"]),
        Invalid(arguments: ["summary", "--units", "wan"], listed: ["yi", "release"]),
        Invalid(arguments: ["decompose", "money", "--basis", "qoq"], listed: ["yoy", "mom", "ytd", "sum12"]),
        Invalid(arguments: ["data", "list", "--format", "html"], listed: ["text", "xlsx"]),
        Invalid(arguments: ["ingest", "-", "--format", "yaml"], listed: ["text", "markdown", "csv", "json", "latex", "xlsx"]),
        Invalid(arguments: ["filter", "bk", "m2"], listed: ["hp", "hamilton"]),
        Invalid(arguments: ["seasonal", "m2", "--method", "x12"], listed: ["stl", "classical", "x13"]),
        Invalid(arguments: ["seasonal", "--data", "f.csv", "--column", "v", "--kind", "level"], listed: ["stock", "flow", "rate"]),
        Invalid(arguments: ["seasonal", "m2", "--method", "x13", "--seasonal-filter", "3x7"], listed: ["3x5", "stable", "auto"]),
        Invalid(arguments: ["arima", "m2", "--outliers", "ao,xx"], listed: ["ao", "ls", "tc", "none"]),
        Invalid(arguments: ["arima", "m2", "--cny-form", "level"], listed: ["flow", "stock"]),
        Invalid(arguments: ["report", "--month", "2023-05", "--section", "yoy", "--format", "pdf"], listed: ["markdown", "html", "svg"]),
    ]

    @Test(arguments: invalid)
    func invalidValuesAreUsageErrorsListingTheValidOnes(_ c: Invalid) throws {
        let (status, output, errors) = try GoldenCLITests.run(c.arguments)
        #expect(status == 2, "\(c.arguments): \(errors)")
        #expect(output.isEmpty)
        for value in c.listed { #expect(errors.contains(value), "\(c.arguments): '\(value)' not in: \(errors)") }
    }
}
