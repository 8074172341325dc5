import CNFinDatasets
import CNFinRelease
import CNFinSeries
import Foundation
import Testing
@testable import CNFinReport
import CNFinSupport

/// Text from a user's dataset — here a definitional-break description holding `<script>` and
/// `</textarea>` — renders as text in every report format: escaped in HTML (report.html, the
/// notebook's `text/html` outputs, SVG) and in Markdown (report.md, the notebook's Markdown cells
/// and `text/markdown` outputs), never as markup.
@Suite struct ReportEscapingTests {
    static let payload = "<script>alert(1)</script></textarea><b>&amp;"

    /// A copy of the bundled data whose break descriptions start with ``payload``.
    static func poisonedData() throws -> (ReleaseData, URL) {
        let bundled = try #require(Dataset.bundledDirectory)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-escape-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: copy)
        let breaks = copy.appendingPathComponent("breaks.csv")
        let text = try String(contentsOf: breaks, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: ",(definition|vintage|comparable_basis),(\"?)")
        let poisoned = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                      withTemplate: ",$1,$2\(NSRegularExpression.escapedTemplate(for: payload)) ")
        // The reader's-language descriptions too (description_zh follows `confirmed`; description_en
        // ends the line — the payload holds no comma or quote, so it goes inside a quoted field as is).
        let localized = try NSRegularExpression(pattern: ",(yes|no),(\"?)")
        var lines = localized.stringByReplacingMatches(in: poisoned, range: NSRange(poisoned.startIndex..., in: poisoned),
                                                       withTemplate: ",$1,$2\(NSRegularExpression.escapedTemplate(for: payload)) ")
            .components(separatedBy: "\n")
        for i in lines.indices.dropFirst() where !lines[i].isEmpty {
            if lines[i].hasSuffix("\"") { lines[i].insert(contentsOf: " " + payload, at: lines[i].index(before: lines[i].endIndex)) }
            else { lines[i] += " " + payload }
        }
        let poisonedAll = lines.joined(separator: "\n")
        #expect(poisoned != text && poisonedAll != poisoned)
        try Data(poisonedAll.utf8).write(to: breaks)
        return (try ReleaseData.load(directory: copy), copy)
    }

    /// Raw markup from the payload: none of it may survive unescaped. In Markdown a backslash
    /// before `<` escapes it (CommonMark §2.4), so `\<script` is text, `<script` is a tag.
    static func containsRawMarkup(_ text: String, markdown: Bool = false) -> Bool {
        let tag = markdown ? #"(?<!\\)<(script|/textarea|b>)"# : "<(script|/textarea|b>)"
        return text.range(of: tag, options: .regularExpression) != nil
    }

    @Test(arguments: DisplayLanguage.allCases)
    func dataDerivedTextIsEscaped(language: DisplayLanguage) throws {
        let (data, copy) = try Self.poisonedData()
        defer { try? FileManager.default.removeItem(at: copy) }
        let report = try MonthlyReport(data: data, month: Month(index: 2023 * 12 + 4), language: language)

        let html = report.html()
        #expect(!Self.containsRawMarkup(html))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;/textarea&gt;"), "the payload is shown as text")
        let markdown = report.markdown()
        #expect(!Self.containsRawMarkup(markdown, markdown: true))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>\\</textarea\\>"))
        for s in report.sections {
            if let svg = s.svg { #expect(!Self.containsRawMarkup(svg), "\(s.id)") }
            #expect(!Self.containsRawMarkup(try report.sectionOutput(s.id, format: .markdown), markdown: true), "\(s.id)")
            #expect(!Self.containsRawMarkup(try report.sectionOutput(s.id, format: .html)), "\(s.id)")
        }

        // The notebook: every Markdown cell's source and every output, decoded from the JSON.
        let notebook = try #require(try JSONSerialization.jsonObject(with: Data(report.notebook().utf8)) as? [String: Any])
        let cells = try #require(notebook["cells"] as? [[String: Any]])
        var checked = 0
        for cell in cells {
            let source = (cell["source"] as? [String] ?? []).joined()
            if cell["cell_type"] as? String == "markdown" { #expect(!Self.containsRawMarkup(source, markdown: true)); checked += 1 }
            for output in cell["outputs"] as? [[String: Any]] ?? [] {
                for (mime, value) in output["data"] as? [String: Any] ?? [:] where mime != "text/plain" {
                    let text = (value as? [String] ?? []).joined()
                    #expect(!Self.containsRawMarkup(text, markdown: mime == "text/markdown"), "\(mime)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
        #expect(report.notebook().contains("alert(1)"), "the payload reaches the notebook (as text)")
    }
}
