import CNFinOutput
import CNFinSeries
import Foundation
import Testing
@testable import CNFinRelease
import CNFinSupport

/// The May 2023 summary in both languages and every format, compared byte
/// for byte with the committed files in `Golden/`. They were generated once
/// by this implementation (`CNFIN_UPDATE_GOLDEN=<path to Golden/> swift test
/// --filter GoldenTests`) after checking the text by eye against the
/// reference release; the reference sentences themselves are tested in
/// ``BundledDataTests``.
@Suite struct GoldenTests {
    static let cases: [(DisplayLanguage, OutputFormat)] = DisplayLanguage.allCases.flatMap { lang in
        OutputFormat.allCases.map { (lang, $0) }
    }

    @Test(arguments: GoldenTests.cases)
    func may2023(language: DisplayLanguage, format: OutputFormat) throws {
        let data = try ReleaseData.bundled()
        let summary = try MonthlySummary(data: data, month: try Month.parse("2023-05"), language: language)
        let output = summary.rendered(as: format)
        let name = "summary-2023-05-\(language.rawValue).\(format.fileExtension)"
        if let dir = ProcessInfo.processInfo.environment["CNFIN_UPDATE_GOLDEN"] {
            try output.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        let url = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent(name))
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(name) differs from the golden file")
    }
}
