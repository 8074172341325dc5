import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

/// Wording of issue 13 §3: country prefixes, insertions inside a subject
/// name, the names of corporate loans, 分别 lists of percentage points, and
/// English comparisons.
@Suite struct IngestWordingTests {
    static func keys(_ text: String, _ month: String? = nil) throws -> [String] {
        let r = try IngestParser.parse(text: text, source: "t", month: month.map { try Month.parse($0) })
        #expect(r.conflicts.isEmpty)
        return r.figures.map { "\($0.monthText) \($0.id) \($0.measure) \($0.value)" }
    }

    @Test func countryPrefix() throws {
        #expect(try Self.keys(IngestPatternTexts.countryPrefix) == [
            "2030-04 m2 level 3318000.0", "2030-04 m2_yoy yoy_pct 7.3",
            "2030-04 loans_balance level 3004500.0", "2030-04 loans_yoy yoy_pct 7.1",
        ])
        #expect(try Self.keys("2030年4月末，全国社会融资规模存量为410.26万亿元。") == ["2030-04 tsf_stock level 4102600.0"])
    }

    @Test func corporateLoansUnderEveryName() throws {
        for name in ["企业贷款", "企事业单位贷款", "企（事）业单位贷款", "企(事)业单位贷款", "企(事)業單位貸款", "企(事)業(yè)單位貸款"] {
            #expect(try Self.keys("2030年4月份，\(name)增加7400亿元，其中，中长期贷款增加5200亿元。") == [
                "2030-04 corporate_loans_increase increase 7400.0", "2030-04 corporate_mlt_loans_increase increase 5200.0",
            ], "\(name)")
        }
        #expect(try Self.keys(IngestPatternTexts.enterpriseLoans) == [
            "2030-04 corporate_loans_increase increase 15200.0", "2030-04 corporate_mlt_loans_increase increase 8900.0",
        ])
    }

    @Test func traditionalTextWithPinyin() throws {
        #expect(try Self.keys(IngestPatternTexts.traditionalPinyin) == [
            "2030-04 corporate_loans_increase increase 7400.0", "2030-04 corporate_mlt_loans_increase increase 5200.0",
            "2030-04 loans_balance level 3004500.0", "2030-04 loans_yoy yoy_pct 7.1", "2030-04 loans_yoy pp_vs_prev -0.1",
        ])
    }

    @Test func insertionsWithDigitsOrHanAreKept() {
        // （M2） and （事） are part of names; a Latin-only group is an insertion.
        let s = Array("广义货币（M2）企（事）业（yè）单位（AFRE）".unicodeScalars)
        let kept = IngestChineseParser.positionsWithoutInsertions(s, 0..<s.count).map { s[$0] }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: kept)
        #expect(String(view) == "广义货币（M2）企（事）业单位")
    }

    @Test func respectivelyListsOfPercentagePoints() throws {
        #expect(try Self.keys(IngestPatternTexts.respectivelyPoints) == [
            "2030-04 m2 level 3318000.0", "2030-04 m2_yoy yoy_pct 7.3",
            "2030-04 m2_yoy pp_vs_prev 0.2", "2030-04 m2_yoy pp_vs_year_ago 0.5",
            "2030-04 loans_balance level 3004500.0", "2030-04 loans_yoy yoy_pct 7.1",
            "2030-04 loans_yoy pp_vs_year_ago -0.4", "2030-04 loans_yoy pp_vs_prev -0.1",
        ])
        // A list whose comparisons are not two different ones is not guessed.
        let r = try IngestParser.parse(text: "2030年4月末，M2同比增长7.3%，增速分别高0.2个和0.5个百分点。", source: "t")
        #expect(r.figures.map(\.measure) == [.yoyPct])
        #expect(r.unparsed.count == 1)
    }

    @Test func englishComparisonMonthDoesNotMoveTheDataMonth() throws {
        #expect(try Self.keys(IngestPatternTexts.englishComparisonMonth) == [
            "2030-05 m2 level 3325000.0", "2030-05 m2_yoy yoy_pct 7.4", "2030-05 m2_yoy pp_vs_prev 0.1",
            "2030-05 loans_increase_ytd ytd_sum 126800.0", "2030-05 loans_increase_ytd ytd_change_vs_year_ago 18100.0",
        ])
        // "from the end of April" likewise; the data month stays May.
        let text = "At end-May 2030, RMB loans stood at RMB300.9 trillion, up 7.1 percent year on year, "
            + "0.2 percentage points lower than at the end of April."
        #expect(try Self.keys(text).allSatisfy { $0.hasPrefix("2030-05") })
    }

    /// News wording: "the M2 balance", "the M2 growth rate", amounts in CNY.
    @Test func englishNewsWording() throws {
        let text = "As of the end of April 2030, the M2 balance was 331.8 trillion yuan, up 7.3% year-on-year. "
            + "The M2 growth rate at the end of April was 0.2 percentage points higher than the previous month. "
            + "In April 2030, RMB loans increased by CNY 730 billion."
        #expect(try Self.keys(text) == [
            "2030-04 m2 level 3318000.0", "2030-04 m2_yoy yoy_pct 7.3", "2030-04 m2_yoy pp_vs_prev 0.2",
            "2030-04 loans_increase increase 7300.0",
        ])
    }

    @Test func englishYearOnYearIncreaseIsTheChange() throws {
        #expect(try Self.keys("In April 2030, RMB deposits increased by RMB1.1 trillion, a decrease of RMB120 billion year on year.") == [
            "2030-04 deposits_increase increase 11000.0", "2030-04 deposits_increase change_vs_year_ago -1200.0",
        ])
    }
}

/// Encodings and English lists.
@Suite struct IngestEncodingAndListTests {
    @Test func hzEncodedTextIsDecoded() throws {
        // "2030年4月份人民币贷款增加7300亿元，其中" in HZ (RFC 1843), made with Python's "hz" codec.
        let hz = #"2030~{Dj~}4~{TB7]HKCq1R4{?nTv<S~}7300~{RZT*#,FdVP~}"#
        let r = try IngestParser.parse(data: Data(hz.utf8), source: "hz")
        #expect(r.encoding == .hz)
        #expect(r.figures.map { "\($0.monthText) \($0.id) \($0.value)" } == ["2030-04 loans_increase 7300.0"])
        // ASCII with a stray "~{" that is not HZ stays UTF-8 text.
        #expect(IngestTextDecoder.decodeHZ(Array("a ~{ b ~} c".utf8)) == nil)
        #expect(try IngestTextDecoder.decode(Data("x ~z y".utf8), source: "a").encoding == .utf8)
    }

    @Test func englishRespectivelyListsOfFlows() throws {
        let text = "In 2030, RMB deposits increased by RMB17.99 trillion for the full year. Specifically, household deposits "
            + "and deposits of non-banking financial institutions rose by RMB14.26 trillion and RMB2.59 trillion, respectively. "
            + "In April 2030, household loans increased by RMB260 billion, with short-term loans and medium and long-term (MLT) "
            + "loans rising by RMB47.3 billion and RMB212.7 billion, respectively."
        let r = try IngestParser.parse(text: text, source: "t")
        let keys = r.figures.map { "\($0.monthText) \($0.id) \($0.measure) \($0.value)" }
        #expect(keys.contains("2030-04 household_short_loans_increase increase 473.0"))
        #expect(keys.contains("2030-04 household_mlt_loans_increase increase 2127.0"))
        #expect(keys.contains("2030-04 household_loans_increase increase 2600.0"))
        // Two amounts but one known subject (and one that is not a catalog series): not guessed.
        let odd = try IngestParser.parse(
            text: "In April 2030, RMB loans and green loans rose by RMB730 billion and RMB420 billion, respectively.", source: "t")
        #expect(odd.figures.isEmpty)
        #expect(odd.unparsed.count == 1)
    }
}
