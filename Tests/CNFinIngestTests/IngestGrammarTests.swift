import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

/// Wording the round trip with the summary brought up (PBoC English release
/// style; negative figures printed with a minus sign).
@Suite struct IngestGrammarTests {
    static func keys(_ text: String, _ month: String) throws -> [String] {
        let r = try IngestParser.parse(text: text, source: "t", month: try Month.parse(month))
        #expect(r.unparsed.isEmpty, "\(r.unparsed.map(\.span.text))")
        return r.figures.map { "\($0.id) \($0.measure) \($0.value)" }
    }

    /// "of which MLT loans" / ", with short-term loans …" are sub-items of the
    /// household or corporate total before them.
    @Test func englishSubItemsOfSectorLoans() throws {
        let text = "In May 2023, household loans increased by RMB367.2 billion, of which medium and long-term (MLT) "
            + "loans increased by RMB168.4 billion; loans to enterprises and public institutions increased by "
            + "RMB855.8 billion, of which MLT loans increased by RMB769.8 billion."
        #expect(try Self.keys(text, "2023-05") == [
            "household_loans_increase increase 3672.0", "household_mlt_loans_increase increase 1684.0",
            "corporate_loans_increase increase 8558.0", "corporate_mlt_loans_increase increase 7698.0",
        ])
        let with = "In May 2023, household loans increased by RMB367.2 billion, with short-term loans increasing by "
            + "RMB198.8 billion and MLT loans increasing by RMB168.4 billion."
        #expect(try Self.keys(with, "2023-05") == [
            "household_loans_increase increase 3672.0", "household_short_loans_increase increase 1988.0",
            "household_mlt_loans_increase increase 1684.0",
        ])
        // Without a sector total before it, a sub-item is not attributed.
        let orphan = try IngestParser.parse(text: "In May 2023, MLT loans increased by RMB168.4 billion.", source: "t")
        #expect(orphan.figures.isEmpty)
        #expect(orphan.unparsed.count == 1)
    }

    /// "The growth rate was …" speaks about the growth of the previous sentence's subject.
    @Test func englishGrowthRateSentence() throws {
        let text = "At end-May 2023, broad money (M2) stood at RMB282.05 trillion, up 11.6 percent year on year. "
            + "The growth rate was 0.8 percentage points lower than that at the end of the previous month and "
            + "0.5 percentage points higher than that at the same time last year."
        #expect(try Self.keys(text, "2023-05") == [
            "m2 level 2820500.0", "m2_yoy yoy_pct 11.6", "m2_yoy pp_vs_prev -0.8", "m2_yoy pp_vs_year_ago 0.5",
        ])
        // With no subject before it, the sentence is unparsed.
        let alone = try IngestParser.parse(
            text: "In May 2023, loans rose. The growth rate was 0.8 percentage points lower than that at the end of the previous month.",
            source: "t")
        #expect(alone.figures.isEmpty)
    }

    /// Negative flows printed with a minus sign (社会融资规模增量为-1987亿元,
    /// RMB-198.7 billion) or as "negative at"; hyphens between numbers or in words are not minus signs.
    @Test func negativeFiguresWithAMinusSign() throws {
        #expect(try Self.keys("4月份社会融资规模增量为-1987亿元，比上年同期少1.42万亿元。", "2024-04")
                == ["tsf_increase increase -1987.0", "tsf_increase change_vs_year_ago -14200.0"])
        #expect(try Self.keys("4月份社会融资规模增量为－1987亿元。", "2024-04") == ["tsf_increase increase -1987.0"])
        #expect(try Self.keys("1-2月份人民币贷款增加6.37万亿元。", "2024-02") == ["loans_increase_ytd ytd_sum 63700.0"])
        #expect(try Self.keys("The AFRE (flow) was RMB-198.7 billion in April 2024.", "2024-04")
                == ["tsf_increase increase -1987.0"])
        #expect(try Self.keys("The AFRE (flow) was -RMB198.7 billion in April 2024.", "2024-04")
                == ["tsf_increase increase -1987.0"])
        #expect(try Self.keys("The AFRE (flow) was negative at RMB65.8 billion in April 2024.", "2024-04")
                == ["tsf_increase increase -658.0"])
    }

    /// 持平 / "unchanged" / "the same as" read as 0; the measure comes from the
    /// context (a growth rate or 增速 before it → pp; a level → growth; a flow →
    /// change of the flow); without such a context nothing is guessed.
    @Test func zeroComparisonsFromContext() throws {
        #expect(try Self.keys("5月末，人民币贷款余额227.53万亿元，同比持平，增速与上月末持平，比上年同期高0.3个百分点。", "2023-05") == [
            "loans_balance level 2275300.0", "loans_yoy yoy_pct 0.0", "loans_yoy pp_vs_prev 0.0", "loans_yoy pp_vs_year_ago 0.3",
        ])
        #expect(try Self.keys("5月末，M2余额282.05万亿元，同比增长11.6%，增速比上月末低0.8个百分点，与上年同期持平。", "2023-05") == [
            "m2 level 2820500.0", "m2_yoy yoy_pct 11.6", "m2_yoy pp_vs_prev -0.8", "m2_yoy pp_vs_year_ago 0.0",
        ])
        #expect(try Self.keys("5月份社会融资规模增量为1.56万亿元，与上月持平，与上年同期持平。", "2023-05") == [
            "tsf_increase increase 15600.0", "tsf_increase change_vs_prev 0.0", "tsf_increase change_vs_year_ago 0.0",
        ])
        #expect(try Self.keys("5月份，人民币存款增加1.46万亿元，同比持平。", "2023-05") == [
            "deposits_increase increase 14600.0", "deposits_increase change_vs_year_ago 0.0",
        ])
        #expect(try Self.keys("At end-May 2023, broad money (M2) stood at RMB282.05 trillion, unchanged year on year. "
                              + "The growth rate was the same as that at the end of the previous month and 0.5 percentage "
                              + "points higher than that at the same time last year.", "2023-05") == [
            "m2 level 2820500.0", "m2_yoy yoy_pct 0.0", "m2_yoy pp_vs_prev 0.0", "m2_yoy pp_vs_year_ago 0.5",
        ])
        #expect(try Self.keys("In May 2023, RMB loans decreased by RMB76.6 billion, the same as the decrease in the same "
                              + "period of 2022.", "2023-05") == [
            "loans_increase increase -766.0", "loans_increase change_vs_year_ago 0.0",
        ])
        #expect(try Self.keys("The AFRE (flow) was RMB1.56 trillion in May 2023, unchanged from the previous month and "
                              + "RMB1.31 trillion less than the same period of 2022.", "2023-05") == [
            "tsf_increase increase 15600.0", "tsf_increase change_vs_prev 0.0", "tsf_increase change_vs_year_ago -13100.0",
        ])
        // 基本持平 and "unchanged" without a comparison state no figure.
        #expect(try Self.keys("5月份，人民币贷款增加1.36万亿元，与上年同期基本持平。", "2023-05") == ["loans_increase increase 13600.0"])
        #expect(try Self.keys("In May 2023, RMB loans increased by RMB1.36 trillion; the policy rate was unchanged.", "2023-05")
                == ["loans_increase increase 13600.0"])
        // 持平 with nothing before it that says what is compared: unparsed.
        let bare = try IngestParser.parse(text: "5月末，人民币贷款余额227.53万亿元。5月份，人民币贷款与上年同期持平。", source: "t",
                                          month: try Month.parse("2023-05"))
        #expect(bare.figures.map(\.id) == ["loans_balance"])
        #expect(bare.unparsed.count == 1)
    }
}
