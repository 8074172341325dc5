import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest
import CNFinDatasets

private func month(_ text: String) -> Month? { Month(text) }

private struct Expected: CustomStringConvertible {
    var id: String
    var measure: FigureMeasure
    var value: Double
    var unit: String
    var description: String { "\(id) \(measure) \(value) \(unit)" }
}

private func key(_ f: IngestedFigure) -> String { "\(f.id) \(f.measure) \(f.value) \(f.unit)" }

/// The 26 figures of the May 2023 Xinhua report, counted by hand from the text.
private let may2023: [Expected] = [
    .init(id: "loans_increase", measure: .increase, value: 13600, unit: "亿元"),
    .init(id: "loans_increase", measure: .changeVsYearAgo, value: -5418, unit: "亿元"),
    .init(id: "loans_balance", measure: .level, value: 2_275_300, unit: "亿元"),
    .init(id: "loans_yoy", measure: .yoyPct, value: 11.4, unit: "%"),
    .init(id: "loans_yoy", measure: .ppVsPrev, value: -0.4, unit: "%"),
    .init(id: "loans_yoy", measure: .ppVsYearAgo, value: 0.3, unit: "%"),
    .init(id: "household_loans_increase", measure: .increase, value: 3672, unit: "亿元"),
    .init(id: "household_mlt_loans_increase", measure: .increase, value: 1684, unit: "亿元"),
    .init(id: "corporate_loans_increase", measure: .increase, value: 8558, unit: "亿元"),
    .init(id: "corporate_mlt_loans_increase", measure: .increase, value: 7698, unit: "亿元"),
    .init(id: "m2", measure: .level, value: 2_820_500, unit: "亿元"),
    .init(id: "m2_yoy", measure: .yoyPct, value: 11.6, unit: "%"),
    .init(id: "m2_yoy", measure: .ppVsPrev, value: -0.8, unit: "%"),
    .init(id: "m2_yoy", measure: .ppVsYearAgo, value: 0.5, unit: "%"),
    .init(id: "m1", measure: .level, value: 675_300, unit: "亿元"),
    .init(id: "m1_yoy", measure: .yoyPct, value: 4.7, unit: "%"),
    .init(id: "m1_yoy", measure: .ppVsPrev, value: -0.6, unit: "%"),
    .init(id: "m1_yoy", measure: .ppVsYearAgo, value: 0.1, unit: "%"),
    .init(id: "deposits_increase", measure: .increase, value: 14600, unit: "亿元"),
    .init(id: "deposits_increase", measure: .changeVsYearAgo, value: -15800, unit: "亿元"),
    .init(id: "household_deposits_increase", measure: .increase, value: 5364, unit: "亿元"),
    .init(id: "tsf_stock", measure: .level, value: 3_614_200, unit: "亿元"),
    .init(id: "tsf_stock_yoy", measure: .yoyPct, value: 9.5, unit: "%"),
    .init(id: "tsf_increase", measure: .increase, value: 15600, unit: "亿元"),
    .init(id: "tsf_increase", measure: .changeVsPrev, value: 3312, unit: "亿元"),
    .init(id: "tsf_increase", measure: .changeVsYearAgo, value: -13100, unit: "亿元"),
]

@Suite struct IngestParserTests {
    @Test func referenceReleaseYieldsAll26Figures() throws {
        let text = IngestFixtureTexts.xinhua2023May
        let r = try IngestParser.parse(text: text, source: "xinhua", month: month("2023-05"))
        // Values are exact: 1.36万亿 is computed as 136·10⁴/10² in one rounding, so == is right.
        #expect(r.figures.map(key) == may2023.map(\.description))
        #expect(r.figures.allSatisfy { $0.monthText == "2023-05" })
        #expect(r.unparsed.isEmpty, "\(r.unparsed)")
        // Every span is the exact substring at its scalar offsets.
        let scalars = Array(text.unicodeScalars)
        for f in r.figures {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[f.span.start..<f.span.end])
            #expect(String(view) == f.span.text)
        }
        #expect(r.figures[0].resolution == 100)
        #expect(r.figures[1].resolution == 1)
        #expect(r.figures[3].resolution == 0.1)
    }

    @Test func yearOnlyInDatelineNeedsMonth() {
        #expect(throws: IngestError.missingMonth(source: "x", clause: "5月我国人民币贷款增加1.36万亿元")) {
            try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x")
        }
        #expect(throws: IngestError.self) {
            try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x", month: month("2023-06"))
        }
    }

    @Test func datelineGivesTheMonth() throws {
        let text = "新华社北京6月13日电 中国人民银行数据显示，人民币贷款增加1.36万亿元，同比少增5418亿元。"
        let r = try IngestParser.parse(text: text, source: "x", month: month("2023-05"))
        #expect(r.figures.map(key) == ["loans_increase increase 13600.0 亿元", "loans_increase change_vs_year_ago -5418.0 亿元"])
        // Without --month the month is known (release in June → May) but not the year.
        #expect(throws: IngestError.self) { try IngestParser.parse(text: text, source: "x") }
    }

    @Test func januaryFebruaryReport() throws {
        let r = try IngestParser.parse(text: IngestHandWrittenTexts.januaryFebruary, source: "jf")
        #expect(r.figures.map(key) == [
            "loans_increase_ytd ytd_sum 63700.0 亿元", "loans_increase_ytd ytd_change_vs_year_ago -4000.0 亿元",
            "loans_increase increase 14500.0 亿元", "loans_increase change_vs_year_ago -3600.0 亿元",
            "m2 level 2995600.0 亿元", "m2_yoy yoy_pct 8.7 %", "m2_yoy pp_vs_prev 0.4 %",
        ])
        #expect(r.figures.allSatisfy { $0.monthText == "2024-02" })
    }

    @Test func yearToDateReportWithFullWidthCharacters() throws {
        let r = try IngestParser.parse(text: IngestHandWrittenTexts.yearToDate, source: "ytd")
        #expect(r.figures.map(key) == [
            "loans_increase_ytd ytd_sum 101900.0 亿元", "loans_increase_ytd ytd_change_vs_year_ago -16100.0 亿元",
            "loans_balance level 2499500.0 亿元", "loans_yoy yoy_pct 9.6 %",
        ])
        #expect(r.figures.allSatisfy { $0.monthText == "2024-04" })
        #expect(r.figures[0].span.text == "前四个月人民币贷款增加１０．１９万亿元")
    }

    @Test func firstQuarterReportAndUnsupportedItems() throws {
        let r = try IngestParser.parse(text: IngestFixtureTexts.pbocRelease2024March, source: "q1")
        let keys = Set(r.figures.map(key))
        #expect(keys.contains("loans_increase_ytd ytd_sum 94600.0 亿元"))
        #expect(keys.contains("household_mlt_loans_increase_ytd ytd_sum 9750.0 亿元"))
        #expect(keys.contains("corporate_mlt_loans_increase_ytd ytd_sum 62000.0 亿元"))
        #expect(keys.contains("m0_yoy yoy_pct 11.0 %"))
        #expect(r.figures.allSatisfy { $0.monthText == "2024-03" })
        // RMB-and-FX totals, USD amounts and interest rates are not catalog series: unparsed, not guessed.
        let unparsed = r.unparsed.map(\.span.text)
        #expect(unparsed.contains("本外币贷款余额251.81万亿元"))
        #expect(unparsed.contains("外币贷款余额6703亿美元"))
        #expect(unparsed.contains("质押式债券回购月加权平均利率为1.91%"))
        #expect(!keys.contains { $0.hasPrefix("loans_yoy yoy_pct 9.2") })
    }

    @Test func negativeFlows() throws {
        let r = try IngestParser.parse(text: IngestHandWrittenTexts.negativeFlows, source: "neg")
        #expect(r.figures.map(key) == [
            "loans_increase increase 345.0 亿元", "loans_increase change_vs_year_ago -3551.0 亿元",
            "deposits_increase increase -10700.0 亿元", "deposits_increase change_vs_year_ago -12000.0 亿元",
            "household_deposits_increase increase -7811.0 亿元", "fiscal_deposits_increase increase 4557.0 亿元",
        ])
    }

    @Test func englishSentence() throws {
        let r = try IngestParser.parse(text: IngestHandWrittenTexts.english, source: "en")
        #expect(r.figures.map(key) == ["loans_increase increase 13600.0 亿元", "loans_increase change_vs_year_ago -5418.0 亿元"])
        #expect(r.figures.allSatisfy { $0.monthText == "2023-05" })
    }

    @Test func englishAFREFlowRelease() throws {
        let r = try IngestParser.parse(text: IngestFixtureTexts.englishAFREFlow2023May, source: "afre")
        let keys = r.figures.map(key)
        #expect(Array(keys.prefix(5)) == [
            "tsf_increase increase 15600.0 亿元", "tsf_increase change_vs_prev 3312.0 亿元",
            "tsf_increase change_vs_year_ago -13100.0 亿元", "tsf_rmb_loans increase 12200.0 亿元",
            "tsf_rmb_loans change_vs_year_ago -6173.0 亿元",
        ])
        // "recorded a decrease of RMB33.8 billion, RMB9.8 billion more than the decrease": −338, −98.
        #expect(keys.contains("tsf_fx_loans increase -338.0 亿元"))
        #expect(keys.contains("tsf_fx_loans change_vs_year_ago -98.0 亿元"))
        #expect(keys.contains("tsf_corporate_bonds increase -2175.0 亿元"))
        #expect(keys.contains("tsf_equity change_vs_year_ago 461.0 亿元"))
        #expect(r.figures.count == 19)
        #expect(r.figures.allSatisfy { $0.monthText == "2023-05" })
    }

    @Test func gb18030IsDetectedAndDecoded() throws {
        let text = "2023年5月份人民币贷款增加1.36万亿元。"
        guard let data = text.data(using: IngestTextDecoder.gb18030) else {
            Issue.record("Foundation cannot encode GB18030 here")
            return
        }
        #expect(String(data: data, encoding: .utf8) == nil)
        let r = try IngestParser.parse(data: data, source: "gb")
        #expect(r.encoding == .gb18030)
        #expect(r.figures.map(key) == ["loans_increase increase 13600.0 亿元"])
    }

    @Test func badInput() {
        #expect(throws: IngestError.emptyInput(source: "e")) { try IngestParser.parse(data: Data(), source: "e") }
        #expect(throws: IngestError.emptyInput(source: "e")) { try IngestParser.parse(data: Data(" \n".utf8), source: "e") }
        #expect(throws: IngestError.binaryInput(source: "b")) {
            try IngestParser.parse(data: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), source: "b")
        }
        #expect(throws: IngestError.unknownEncoding(source: "u")) {
            try IngestParser.parse(data: Data([0x41, 0x80, 0xFF, 0x42]), source: "u")
        }
        #expect(throws: IngestError.noFigures(source: "n")) {
            try IngestParser.parse(text: "中国人民银行今天发布了金融统计数据。", source: "n")
        }
        #expect(IngestError.gb18030Encoded(source: "g").description.contains("iconv -f GB18030 -t UTF-8"))
    }

    @Test func unattributableFigureIsUnparsed() throws {
        let r = try IngestParser.parse(text: "2023年5月末，外币贷款余额6703亿美元，某某指标增加100亿元。人民币贷款增加1.36万亿元。",
                                       source: "u")
        #expect(r.figures.map(key) == ["loans_increase increase 13600.0 亿元"])
        #expect(r.unparsed.map(\.span.text) == ["外币贷款余额6703亿美元", "某某指标增加100亿元"])
    }

    @Test func roundingWindow() {
        let f = IngestedFigure(month: Month(year: 2023, month: 5) ?? Month(index: 0), id: "loans_increase", value: 13600,
                               unit: "亿元", measure: .increase, span: IngestSpan(start: 0, end: 0, text: ""),
                               resolution: 100, source: "t")
        #expect(f.matches(13550))
        #expect(f.matches(13649.99))
        #expect(!f.matches(13650))
        #expect(!f.matches(13549.99))
        #expect(!f.matches(-13600))
        // A large value printed with two decimals (M2, February 2020, 货币供应量2020.xls): the stored
        // 2030830.424 rounds to the printed 2030830.42; the floating-point tolerance must not eat the half step.
        let m2 = IngestedFigure(month: Month(year: 2020, month: 2) ?? Month(index: 0), id: "m2", value: 2030830.42,
                                unit: "亿元", measure: .level, span: IngestSpan(start: 0, end: 0, text: ""),
                                resolution: 0.01, source: "t")
        #expect(m2.matches(2030830.424))
        #expect(m2.matches(2030830.415))
        #expect(!m2.matches(2030830.425))
        #expect(!m2.matches(2030830.4149))
    }

    @Test func everyEmittedIDIsInTheBundledCatalog() throws {
        let catalog = try Dataset.bundled().ids
        let subjects: [IngestSubject] = [
            .loans, .deposits, .m2, .m1, .m0, .tsf, .tsfStock, .tsfFlow, .household, .corporate, .nonbankLoans,
            .householdDeposits, .corporateDeposits, .fiscalDeposits, .nonbankDeposits, .billFinancing, .tsfRMBLoans,
            .tsfFXLoans, .tsfEntrusted, .tsfTrust, .tsfBills, .tsfCorporateBonds, .tsfGovernmentBonds, .tsfEquity,
            .tsfABS, .tsfWriteoffs,
        ] + [IngestSubject.household, .corporate].flatMap { p in
            [.shortTerm, .mediumLongTerm, .bills].compactMap { IngestSubject.child($0, of: p) }
        }
        var missing: [String] = []
        for s in subjects {
            for id in [s.stock, s.yoy, s.flow, s.ytd].compactMap({ $0 }) where !catalog.contains(id) { missing.append(id) }
        }
        #expect(missing.isEmpty, "ids not in the catalog: \(missing)")
    }
}
