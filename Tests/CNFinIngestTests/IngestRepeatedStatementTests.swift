import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

/// A figure stated again with the same value is kept once, by its first statement; the parsers
/// drop such repeats as they read (``IngestRawResult/append(_:)``) so that a text repeating itself
/// costs the memory of its distinct figures. The results are those of reconciling every statement:
/// the first statement's span, conflicts naming the first statement, and every figure that is
/// not dated (another month, no month) reported once per statement.
@Suite struct IngestRepeatedStatementTests {
    static let text = IngestFixtureTexts.xinhua2023May
    static let may = Month(year: 2023, month: 5)

    @Test func repeatsKeepTheFirstStatement() throws {
        let once = try IngestParser.parse(text: Self.text, source: "x", month: Self.may)
        let thrice = try IngestParser.parse(text: String(repeating: Self.text + "\n", count: 3), source: "x", month: Self.may)
        #expect(once.figures.count > 20)
        #expect(thrice.figures == once.figures)
        #expect(thrice.conflicts.isEmpty)
        #expect(thrice.unparsed.count == 3 * once.unparsed.count)
    }

    @Test func aLaterDifferentValueIsAConflictWithTheFirstStatement() throws {
        let changed = Self.text.replacingOccurrences(of: "227.53万亿元", with: "227.93万亿元")
        #expect(changed != Self.text)
        let offset = Self.text.unicodeScalars.count + 1
        let result = try IngestParser.parse(text: Self.text + "\n" + Self.text + "\n" + changed, source: "x", month: Self.may)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.first.text.contains("227.53") && conflict.second.text.contains("227.93"))
        #expect(conflict.first.start < offset && conflict.second.start > 2 * offset)
        #expect(!result.figures.contains { $0.id == conflict.id && $0.measure == conflict.measure })
    }

    @Test func figuresOfAnotherMonthAreReportedEachTime() throws {
        let once = try IngestParser.parse(text: Self.text, source: "x", month: Self.may)
        let april = Month(year: 2023, month: 4)
        let text = String(repeating: Self.text + "\n", count: 3)
        #expect(throws: IngestError.self) { _ = try IngestParser.parse(text: text, source: "x", month: april) }
        // With a figure of the given month among them, the others are reported once per statement.
        let mixed = text + "4月份，人民币贷款增加7188亿元。"
        let result = try IngestParser.parse(text: mixed, source: "x", month: april)
        let single = try IngestParser.parse(text: Self.text + "\n4月份，人民币贷款增加7188亿元。", source: "x", month: april)
        #expect(single.figures.count == 1 && single.unparsed.count >= once.figures.count)
        #expect(result.figures.map(\.value) == [7188] && single.figures.map(\.value) == [7188])
        #expect(result.unparsed.count == 3 * single.unparsed.count)
    }
}
