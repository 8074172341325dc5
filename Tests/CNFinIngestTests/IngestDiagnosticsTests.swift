import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

/// Issue 13 §3: one clause never costs the rest of the text; conflicts and
/// figures of other months are reported, never guessed; sub-items and
/// comparisons with other years are never filed under the wrong series.
@Suite struct IngestDiagnosticsTests {
    static func keys(_ r: IngestParseResult) -> [String] {
        r.figures.map { "\($0.monthText) \($0.id) \($0.measure) \($0.value)" }
    }

    static func parse(_ text: String, _ month: String? = nil, strict: Bool = false) throws -> IngestParseResult {
        try IngestParser.parse(text: text, source: "t", month: month.map { try Month.parse($0) }, strict: strict)
    }

    @Test func conflictKeepsNeitherValueAndEveryOtherFigure() throws {
        let r = try Self.parse(IngestPatternTexts.conflicting)
        // The loan increase is stated as 7300 and 8300: neither is kept, the pair is reported.
        #expect(Self.keys(r) == [
            "2030-04 loans_increase change_vs_year_ago -1200.0",
            "2030-04 deposits_increase increase 13600.0",
        ])
        #expect(r.conflicts.count == 1)
        let c = try #require(r.conflicts.first)
        #expect(c.id == "loans_increase" && c.measure == .increase && c.monthText == "2030-04")
        #expect(c.first.text == "人民币贷款增加7300亿元" && c.firstValue == 7300)
        #expect(c.second.text == "人民币贷款增加8300亿元" && c.secondValue == 8300)
        // Both spans are the exact substrings at their offsets.
        let scalars = Array(IngestPatternTexts.conflicting.unicodeScalars)
        for span in [c.first, c.second] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == span.text)
        }
        // 1.36万亿元 and 13600亿元 agree: the text resolves it, the finer print (step 1亿元) is kept.
        let deposits = try #require(r.figures.first { $0.id == "deposits_increase" })
        #expect(deposits.resolution == 1)
        #expect(deposits.span.text == "4月份人民币存款增加13600亿元")
    }

    @Test func strictRestoresAllOrNothing() throws {
        #expect(throws: IngestError.conflictingFigures(
            id: "loans_increase", month: "2030-04", measure: "increase",
            first: "人民币贷款增加7300亿元", second: "人民币贷款增加8300亿元")) {
            try Self.parse(IngestPatternTexts.conflicting, strict: true)
        }
        #expect(throws: IngestError.self) { try Self.parse(IngestPatternTexts.otherMonthQuoted, "2030-04", strict: true) }
        // Without a problem, strict returns the same figures.
        let text = IngestPatternTexts.selfContained
        #expect(try Self.keys(Self.parse(text, strict: true)) == Self.keys(Self.parse(text)))
    }

    @Test func figureOfAnotherMonthIsStoredUnderItsMonthOrReported() throws {
        // Without --month: under its own month; the sentence after it is back in the release's month.
        let free = try Self.parse(IngestPatternTexts.otherMonthQuoted)
        #expect(Self.keys(free) == [
            "2030-04 loans_increase increase 7300.0", "2029-03 loans_increase increase 32700.0",
            "2030-04 deposits_increase increase 11000.0",
        ])
        // With --month 2030-04: reported, and the rest of the text is kept.
        let given = try Self.parse(IngestPatternTexts.otherMonthQuoted, "2030-04")
        #expect(Self.keys(given) == ["2030-04 loans_increase increase 7300.0", "2030-04 deposits_increase increase 11000.0"])
        #expect(given.unparsed.count == 1)
        #expect(given.unparsed.first?.span.text == "2029年3月新增人民币贷款为3.27万亿元")
        #expect(given.unparsed.first?.reason.contains("2029-03") == true)
        #expect(given.conflicts.isEmpty)
    }

    @Test func englishFigureOfAnotherYearHoldsOnlyForItsSentence() throws {
        let text = "In April 2030, RMB loans increased by RMB730 billion. In March 2029, new RMB loans were RMB3.27 trillion. "
            + "RMB deposits increased by RMB1.1 trillion."
        #expect(Self.keys(try Self.parse(text)) == [
            "2030-04 loans_increase increase 7300.0", "2029-03 loans_increase increase 32700.0",
            "2030-04 deposits_increase increase 11000.0",
        ])
        let given = try Self.parse(text, "2030-04")
        #expect(Self.keys(given) == ["2030-04 loans_increase increase 7300.0", "2030-04 deposits_increase increase 11000.0"])
        #expect(given.unparsed.count == 1)
    }

    @Test func wholeTextOfAnotherMonthIsStillAnError() {
        // Nothing at all is left: the month given is what the user must fix.
        #expect(throws: IngestError.self) { try Self.parse("2030年4月份，人民币贷款增加7300亿元。", "2030-05") }
        #expect(throws: IngestError.self) { try Self.parse("4月份，人民币贷款增加7300亿元。") }
    }

    @Test func comparisonWithAnotherYearIsNeverTheYearOnYearChange() throws {
        let r = try Self.parse(IngestPatternTexts.twoYearsEarlier)
        #expect(Self.keys(r) == [
            "2030-04 loans_increase increase 7300.0", "2030-04 loans_increase change_vs_year_ago -1200.0",
        ])
        #expect(r.unparsed.map(\.span.text) == ["比2028年同期多增3100亿元"])
        #expect(r.unparsed.first?.reason.contains("2028") == true)
        // The year before is the ordinary year-on-year change; the year comes from --month when the text has none.
        let news = try Self.parse("4月份，人民币贷款增加7300亿元，比2029年同期少增1200亿元，比2027年同期多增50亿元。", "2030-04")
        #expect(Self.keys(news) == [
            "2030-04 loans_increase increase 7300.0", "2030-04 loans_increase change_vs_year_ago -1200.0",
        ])
        let english = try Self.parse(IngestPatternTexts.englishTwoYearsEarlier)
        #expect(Self.keys(english) == ["2030-04 loans_increase increase 7300.0"])
        #expect(english.unparsed.count == 1)
    }

    @Test func subItemsOfAnUnknownSubjectAreNobodys() throws {
        let r = try Self.parse(IngestPatternTexts.unknownSubjectSubItems)
        #expect(Self.keys(r) == [
            "2030-04 household_loans_increase increase 2600.0", "2030-04 household_short_loans_increase increase 900.0",
        ])
        #expect(r.unparsed.map(\.span.text) == ["绿色贷款增加1.52万亿元", "中长期贷款增加8900亿元"])
        let english = try Self.parse(IngestPatternTexts.englishUnknownSubject)
        #expect(Self.keys(english) == [
            "2030-04 household_loans_increase increase 2600.0", "2030-04 household_mlt_loans_increase increase 900.0",
        ])
        // One report for the clause "green loans increased by …, of which MLT loans …".
        #expect(english.unparsed.map(\.span.text) == ["green loans increased by RMB1.52 trillion, of which MLT loans increased by RMB890 billion"])
    }

    /// An unknown loan named in a clause of its own (no figure in it) also ends the household total's sub-items.
    @Test func unknownSubjectWithoutAFigureEndsTheSubItems() throws {
        for text in ["2030年4月份，住户贷款增加2600亿元，绿色贷款方面，其中中长期贷款增加900亿元。",
                     "2030年4月份，住戶貸款增加2600億元，綠色貸款方面，其中中長期貸款增加900億元。"] {
            let r = try Self.parse(text)
            #expect(Self.keys(r) == ["2030-04 household_loans_increase increase 2600.0"])
            #expect(r.unparsed.count == 1)
        }
    }

    @Test func subItemsNeverCrossASentence() throws {
        let text = "2030年4月份，住户贷款增加2600亿元。其中，中长期贷款增加900亿元。"
        let r = try Self.parse(text)
        #expect(Self.keys(r) == ["2030-04 household_loans_increase increase 2600.0"])
        #expect(r.unparsed.map(\.span.text) == ["中长期贷款增加900亿元"])
        let english = try Self.parse("In April 2030, household loans increased by RMB260 billion. MLT loans increased by RMB90 billion.")
        #expect(Self.keys(english) == ["2030-04 household_loans_increase increase 2600.0"])
    }

    /// "accounted for 60.8 percent of the total AFRE …, decreasing 1.3 percentage points": the
    /// change of a share, not of the AFRE growth rate (the total is the share's denominator).
    @Test func changeOfAShareIsNotTheTotalsGrowth() throws {
        let text = "By structure, outstanding RMB loans to the real economy accounted for 60.8 percent of the total AFRE "
            + "at end-November 2030, decreasing 1.3 percentage points year on year; outstanding trust loans accounted for "
            + "1 percent, decreasing 0.1 percentage points year on year."
        let r = try IngestParser.parse(text: text, source: "t")
        #expect(r.figures.isEmpty)
        #expect(r.unparsed.count == 2)
        // In Chinese (traditional), 佔比 likewise.
        let zh = try Self.parse("2030年5月末，對實體經濟發放的人民幣貸款餘額佔同期社會融資規模存量的61.7%，同比低1個百分點。")
        #expect(zh.figures.isEmpty)
    }

    /// A headline without a year before the dated text: only its own figures are reported.
    @Test func undatedHeadlineCostsOnlyItsOwnFigures() throws {
        let text = "央行：5月末社會融資規模存量爲426.16萬億元 同比增長8.7%\n（原標題：2030年5月社會融資規模存量統計數據報告）\n"
            + "初步統計，2030年5月末社會融資規模存量爲426.16萬億元，同比增長8.7%。其中，政府債券餘額爲87.39萬億元，同比增長20.9%。"
        let r = try Self.parse(text)
        #expect(Self.keys(r) == [
            "2030-05 tsf_stock level 4261600.0", "2030-05 tsf_stock_yoy yoy_pct 8.7",
            "2030-05 tsf_stock_government_bonds level 873900.0", "2030-05 tsf_stock_government_bonds_yoy yoy_pct 20.9",
        ])
        #expect(r.unparsed.count == 2)
        #expect(r.unparsed.allSatisfy { $0.reason.contains("no month or year for this figure") })
    }
}
