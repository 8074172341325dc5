import CNFinOutput
import CNFinSeries
import Testing
@testable import CNFinRelease

/// `--units release`: the tables state amounts as the release text does (the May 2023 release:
/// 人民币贷款增加1.36万亿元，同比少增5418亿元); CSV and JSON keep the exact 亿元 values.
@Suite struct SummaryUnitsTests {
    @Test func releaseUnitsFollowTheReleaseText() throws {
        let data = try ReleaseData.bundled()
        let summary = try MonthlySummary(data: data, month: try Month.parse("2023-05"), language: .zh)
        let release = summary.withUnits(.release)
        let headline = try #require(release.tables.first)
        #expect(!headline.columns.contains { $0.header == "单位" })
        let row = try #require(headline.displayRows.first { $0.first == "人民币贷款增加" })
        #expect(row[1] == "1.36万亿元")
        #expect(row.contains("-5418亿元"))
        let balance = try #require(headline.displayRows.first { $0.first == "人民币贷款余额" })
        #expect(balance[1] == "227.53万亿元")
        #expect(release.rendered(as: .csv) == summary.rendered(as: .csv))
        let english = try MonthlySummary(data: data, month: try Month.parse("2023-05"), language: .en).withUnits(.release)
        let newLoans = try #require(english.tables.first?.displayRows.first { $0.first == "New RMB loans" })
        #expect(newLoans[1] == "RMB1.36 trillion" && newLoans.contains("-RMB541.8 billion"))
    }
}
