import CNFinSeries
import Testing
@testable import CNFinIngest

/// The English parser's hand-written matchers (``IngestEnglishPatterns``):
/// the semantics of the regular expressions they replaced (ordered
/// alternatives, greedy optional parts) on a whole-text scan.
@Suite struct IngestEnglishPatternTests {
    static func patterns(_ text: String) -> IngestEnglishPatterns {
        IngestEnglishPatterns(IngestEnglishParser(text: text).s)
    }

    @Test func months() {
        var p = Self.patterns("at end-May, 2023 and end of april 2024, in (june), Mayor and May 20234")
        let m = p.scan({ $0.monthAt($1) }, end: \.end)
        #expect(m.map(\.month) == [5, 4, 6, 5, 5])
        #expect(m.map(\.monthEnd) == [true, true, false, false, false])
        #expect(m.map(\.year) == [2023, 2024, nil, nil, 2023])  // a month inside a word matches, as the regex did; `\d{4}` takes 2023 of 20234
    }

    @Test func periodsAndYears() {
        var p = Self.patterns("first four months of 2023; first half of 2024; Q1-Q3 2025; q1 (2022) full year")
        #expect(p.scan({ $0.firstMonthsAt($1) }, end: \.end).map { [$0.months, $0.year ?? 0] } == [[4, 2023]])
        #expect(p.scan({ $0.partOfYearAt($1) }, end: \.end).map { [$0.months, $0.year ?? 0] }
                == [[6, 2024], [9, 0], [3, 0], [12, 0]])
        #expect(p.scan({ $0.yearAt($1) }, end: \.end).map(\.year) == [2025, 2022])
    }

    @Test func figures() {
        let text = "RMB1,234.5 billion yuan, -RMB198.7 billion, US$3.1 billion, 2 billion us dollars, 0.3 percentage points, "
            + "12 per cent, 7%, 0.2 percentage point, 5 yuan, RMB\r\n5 trillion"
        var p = Self.patterns(text)
        let f = p.scan({ $0.figureAt($1) }, end: \.end)
        let scalars = Array(text.unicodeScalars)
        func number(_ m: IngestEnglishPatterns.FigureMatch) -> String {
            String(String.UnicodeScalarView(scalars[m.numberStart..<m.numberEnd]))
        }
        #expect(f.map(number) == ["1,234.5", "198.7", "3.1", "2", "0.3", "12", "7", "0.2", "5", "5"])
        #expect(f.map(\.unit) == [.billion, .billion, .billion, .billion, .points, .percent, .percent, .points, nil, .trillion])
        #expect(f.map(\.currency) == [.rmb, .rmb, .usDollarSign, nil, nil, nil, nil, nil, nil, .rmb])
        #expect(f.map(\.tail) == [.yuan, nil, nil, .usDollars, nil, nil, nil, nil, nil, nil])
        #expect(f[1].leadingMinus && !f[1].innerMinus)
    }

    @Test func comparedYearAndNamedMonth() {
        #expect(IngestEnglishParser.comparedYear("more than the increase in the same period of 2028") == 2028)
        #expect(IngestEnglishParser.comparedYear("less than that in 2027, …") == 2027)
        #expect(IngestEnglishParser.comparedYear("year on year") == nil)
        #expect(IngestEnglishParser.namedMonth("higher than at end-april") == 4)
        #expect(IngestEnglishParser.namedMonth("higher than in april") == nil)
    }

    /// A comma counts only between digits: "RMB43,.72 trillion" is no figure, not 43.72 trillion
    /// (found by FuzzIngestEN: the value did not parse back from its span).
    @Test func commaBeforePointIsNoNumber() throws {
        var p = Self.patterns("RMB43,.72 trillion and RMB1,234.5 billion")
        let f = p.scan({ $0.figureAt($1) }, end: \.end)
        #expect(f.map { $0.numberEnd - $0.numberStart } == [2, 2, 7])  // "43" (no unit), "72" (no currency), "1,234.5"
        let text = "At end-May 2023, outstanding AFRE reached RMB43,.72 trillion, up 9.5 percent year on year."
        let r = try IngestParser.parse(text: text, source: "t")
        #expect(!r.figures.contains { $0.id == "tsf_stock" }, "\(r.figures.map(\.id))")
    }

    /// The same in Chinese: a comma after the decimal point ends the number ("1.3,1万亿元" is not
    /// 1.31万亿元; found by FuzzIngestZH).
    @Test func chineseCommaAfterPointEndsTheNumber() throws {
        let r = try? IngestParser.parse(text: "2023年5月份，社会融资规模增量为1.56万亿元，比上年同期少1.3,1万亿元。", source: "t")
        #expect(!(r?.figures ?? []).contains { abs($0.value) == 13100 }, "\(String(describing: r?.figures.map(\.value)))")
    }

    /// A period right after another that the old windowed regex scan cut
    /// short: the window of "first two months" (40 scalars) reached into
    /// "first half of 2024" and matched it without its year, and the whole
    /// match was skipped afterwards — so the figure took the year of
    /// `--month` (found by comparing the old and new parsers on 4 290 texts: 5 differed, all this case).
    @Test func periodAfterAnotherKeepsItsYear() throws {
        let r = try IngestParser.parse(text: "In the first two months and the first half of 2024, RMB loans increased by RMB9.8 trillion.",
                                       source: "t")
        #expect(r.figures.map { "\($0.monthText) \($0.measure)" } == ["2024-06 ytd_sum"])
    }
}
