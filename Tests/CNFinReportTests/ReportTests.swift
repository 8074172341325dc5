import CNFinCharts
import CNFinOutput
import CNFinRelease
import CNFinSeries
import Foundation
import Testing
@testable import CNFinReport
#if canImport(FoundationXML)
import FoundationXML
import CNFinSupport
#endif

/// Built once: the bundled data and the May 2023 reports in both languages.
enum Fixture {
    static let data: ReleaseData? = try? ReleaseData.bundled()
    static let may2023 = Month(index: 2023 * 12 + 4)
    static func report(_ language: DisplayLanguage) throws -> MonthlyReport {
        let data = try #require(Fixture.data)
        return try MonthlyReport(data: data, month: may2023, language: language)
    }
}

/// Checks well-formedness with Foundation's XMLParser.
func isWellFormedXML(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
}

@Suite struct ReportContentTests {
    @Test(arguments: DisplayLanguage.allCases)
    func summaryMatchesCnfinSummary(language: DisplayLanguage) throws {
        let report = try Fixture.report(language)
        let data = try #require(Fixture.data)
        let summary = try MonthlySummary(data: data, month: Fixture.may2023, language: language)
        let md = report.markdown()
        #expect(md.contains(summary.text))
        for table in summary.tables {
            let rendered: String = table.rendered(as: OutputFormat.markdown)
            #expect(md.contains(rendered))
        }
        #expect(report.html().contains(XMLEscaping.escape(summary.text)))
        #expect(report.notebook().contains(JSONValue.quoted(String(summary.text.prefix(20))).dropLast()))
    }

    @Test func contributionsMatchTheDecomposition() throws {
        let report = try Fixture.report(.en)
        let s = try report.section("contributions")
        let chart = try #require(s.chart)
        // Stacked contributions add up to the total line (AdditiveDecomposition is exactly additive).
        let total = try #require(chart.lines.first)
        for k in 0..<chart.axis.count {
            guard let g = total.values[k] else { continue }
            let sum = chart.bars.reduce(0.0) { $0 + ($1.values[k] ?? .nan) }
            #expect(abs(sum - g) < 1e-9, "month \(chart.axis.label(k))") // tolerance: floating-point rounding of a sum of ~7 terms
        }
        // The table's total row is the growth of the balance: 100·(X_t/X_{t−12} − 1).
        let data = try #require(Fixture.data)
        let x1: Double = try #require(data.observation("loans_balance", Fixture.may2023)?.value)
        let x0: Double = try #require(data.observation("loans_balance", Fixture.may2023.advanced(by: -12))?.value)
        let growth: Double = 100.0 * (x1 / x0 - 1.0)
        let table = try #require(s.tables.first)
        let last = try #require(table.rows.last)
        #expect(last.last?.display == String(format: "%.2f", growth))
    }

    @Test func structureChartsUseTheSummaryFigures() throws {
        let report = try Fixture.report(.zh)
        let loans = try #require(try report.section("new-loans").chart)
        // New loans in May 2023: 13,600亿 (PBoC release); May 2022: 18,900亿.
        #expect(loans.lines.first?.values == [18_900, 13_600])
        let tsf = try #require(try report.section("tsf").chart)
        #expect(tsf.lines.first?.values.last == 15_560)
    }

    @Test func everyChartIsWellFormedWithLegendForEverySeries() throws {
        for language in DisplayLanguage.allCases {
            let report = try Fixture.report(language)
            for s in report.sections {
                guard let svg = s.svg, let chart = s.chart else { continue }
                #expect(isWellFormedXML(svg), "\(s.id)")
                for name in chart.bars.map(\.name) + chart.lines.map(\.name) + chart.bands.map(\.name) {
                    let escaped = XMLEscaping.escape(name)
                    #expect(svg.contains("class=\"legend-item\" data-series=\"\(escaped)\""), "\(s.id): \(name)")
                    #expect(svg.contains("class=\"series\" data-series=\"\(escaped)\""), "\(s.id): \(name)")
                }
                let layout = try chart.layout()
                #expect(layout.yScale.lower <= layout.dataRange.lowerBound && layout.yScale.upper >= layout.dataRange.upperBound)
            }
        }
    }

    @Test func htmlIsSelfContained() throws {
        for language in DisplayLanguage.allCases {
            let html = try Fixture.report(language).html()
            for pattern in ["src=\"http", "href=\"http", "src='http", "href='http", "<script", "<link", "@import", "url("] {
                #expect(!html.contains(pattern), "\(pattern)")
            }
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        }
    }

    @Test func notebookIsValidNbformat45() throws {
        for language in DisplayLanguage.allCases {
            let text = try Fixture.report(language).notebook()
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(json["nbformat"] as? Int == 4)
            #expect(json["nbformat_minor"] as? Int == 5)
            let metadata = try #require(json["metadata"] as? [String: Any])
            #expect((metadata["kernelspec"] as? [String: Any])?["name"] as? String == "python3")
            #expect((metadata["language_info"] as? [String: Any])?["name"] as? String == "python")
            let cells = try #require(json["cells"] as? [[String: Any]])
            var ids = Set<String>()
            var svgOutputs = 0
            var previousSource = ""
            for cell in cells {
                let id = try #require(cell["id"] as? String)
                #expect(ids.insert(id).inserted, "duplicate id \(id)")
                #expect(id.range(of: "^[A-Za-z0-9_-]{1,64}$", options: .regularExpression) != nil)
                #expect(cell["metadata"] is [String: Any])
                let source = ((cell["source"] as? [String]) ?? []).joined()
                if cell["cell_type"] as? String == "code" {
                    let outputs = try #require(cell["outputs"] as? [[String: Any]])
                    for o in outputs {
                        #expect(o["output_type"] as? String == "execute_result")
                        let data = try #require(o["data"] as? [String: Any])
                        if data["image/svg+xml"] != nil {
                            svgOutputs += 1
                            // The command that produced the chart precedes it.
                            #expect(source.contains("!cnfin report --month 2023-05"))
                        }
                    }
                }
                previousSource = source
            }
            _ = previousSource
            #expect(svgOutputs == 6)
        }
    }

    @Test func deterministicOutput() throws {
        let a = try Fixture.report(.en), b = try Fixture.report(.en)
        #expect(a.markdown() == b.markdown())
        #expect(a.html() == b.html())
        #expect(a.notebook() == b.notebook())
    }

    @Test func monthWithoutDataIsAnError() throws {
        let data = try #require(Fixture.data)
        #expect(throws: ReportError.self) { try MonthlyReport(data: data, month: Month(index: 2099 * 12), language: .zh) }
        #expect(throws: ReportError.self) { try MonthlyReport(data: data, month: Month(index: 1990 * 12), language: .zh) }
        let report = try Fixture.report(.zh)
        #expect(throws: ReportError.self) { try report.section("nope") }
    }
}

