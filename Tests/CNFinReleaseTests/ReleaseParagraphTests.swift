import Testing
@testable import CNFinRelease

/// The wording generator over a plain input: the May 2023 figures, checked
/// against the sentences of the reference release (Xinhua, 2023-06-13).
@Suite struct ReleaseParagraphTests {
    static func may2023() -> ReleaseFigures {
        func fig(_ id: String, _ m: [ReleaseMeasure: Double]) -> ReleaseFigure {
            ReleaseFigure(id: id, measures: m, sources: m.mapValues { _ in "test" })
        }
        return ReleaseFigures(year: 2023, month: 5, figures: [
            fig("loans_increase", [.value: 13627.94, .changeVsYearAgo: -5417.62]),
            fig("loans_balance", [.value: 2275304.53, .yoyPct: 11.4, .ppVsPrev: -0.4, .ppVsYearAgo: 0.3]),
            fig("household_loans_increase", [.value: 3672.1]),
            fig("household_mlt_loans_increase", [.value: 1684]),
            fig("corporate_loans_increase", [.value: 8558]),
            fig("corporate_mlt_loans_increase", [.value: 7698]),
            fig("m2", [.value: 2820504.68, .yoyPct: 11.6, .ppVsPrev: -0.8, .ppVsYearAgo: 0.5]),
            fig("m1", [.value: 675251.21, .yoyPct: 4.7, .ppVsPrev: -0.6, .ppVsYearAgo: 0.1]),
            fig("deposits_increase", [.value: 14600, .changeVsYearAgo: -15800]),
            fig("household_deposits_increase", [.value: 5364]),
            fig("tsf_stock", [.value: 3614200, .yoyPct: 9.5]),
            fig("tsf_increase", [.value: 15600, .changeVsPrev: 3312, .changeVsYearAgo: -13100]),
        ])
    }

    /// The sentences of the reference release the Chinese text must contain.
    static let barSentences = [
        "5月份，人民币贷款增加1.36万亿元，同比少增5418亿元",
        "5月末，人民币贷款余额227.53万亿元，同比增长11.4%，增速比上月末低0.4个百分点，比上年同期高0.3个百分点",
        "住户贷款增加3672亿元，其中中长期贷款增加1684亿元；企（事）业单位贷款增加8558亿元，其中中长期贷款增加7698亿元",
        "广义货币（M2）余额282.05万亿元，同比增长11.6%，增速比上月末低0.8个百分点，比上年同期高0.5个百分点",
        "狭义货币（M1）余额67.53万亿元，同比增长4.7%，增速比上月末低0.6个百分点，比上年同期高0.1个百分点",
        "人民币存款增加1.46万亿元，同比少增1.58万亿元。其中，住户存款增加5364亿元",
        "社会融资规模存量为361.42万亿元，同比增长9.5%",
        "社会融资规模增量为1.56万亿元，比上月多3312亿元，比上年同期少1.31万亿元",
    ]

    @Test func chineseMatchesReferenceSentences() {
        let p = ReleaseParagraph(Self.may2023(), language: .zh)
        for s in Self.barSentences {
            #expect(p.text.contains(s), "missing: \(s)\nin: \(p.text)")
        }
        #expect(p.missing.isEmpty)
    }

    @Test func englishStyle() {
        let p = ReleaseParagraph(Self.may2023(), language: .en)
        let expected = [
            "In May 2023, RMB loans increased by RMB1.36 trillion, RMB541.8 billion less than the increase in the same period of 2022.",
            "At end-May 2023, outstanding RMB loans stood at RMB227.53 trillion, up 11.4 percent year on year. The growth rate was 0.4 percentage points lower than that at the end of the previous month and 0.3 percentage points higher than that at the same time last year.",
            "household loans increased by RMB367.2 billion, of which medium and long-term (MLT) loans increased by RMB168.4 billion; loans to enterprises and public institutions increased by RMB855.8 billion, of which MLT loans increased by RMB769.8 billion.",
            "broad money (M2) stood at RMB282.05 trillion, up 11.6 percent year on year.",
            "Narrow money (M1) stood at RMB67.53 trillion, up 4.7 percent year on year.",
            "RMB deposits increased by RMB1.46 trillion, RMB1.58 trillion less than the increase in the same period of 2022. Specifically, household deposits increased by RMB536.4 billion.",
            "outstanding aggregate financing to the real economy (AFRE) stood at RMB361.42 trillion, increasing 9.5 percent year on year.",
            "The AFRE (flow) was RMB1.56 trillion in May 2023, up RMB331.2 billion from the previous month and down RMB1.31 trillion from the same period of 2022.",
        ]
        for s in expected {
            #expect(p.text.contains(s), "missing: \(s)\nin: \(p.text)")
        }
    }

    @Test func missingFiguresAreLeftOutAndListed() {
        var f = Self.may2023()
        f["m1"] = nil
        f["household_loans_increase"] = nil
        f["household_mlt_loans_increase"] = nil
        f["tsf_increase"]?.measures[.changeVsPrev] = nil
        f["loans_balance"]?.measures[.ppVsYearAgo] = nil
        let p = ReleaseParagraph(f, language: .zh)
        #expect(!p.text.contains("M1"))
        #expect(!p.text.contains("住户贷款"))
        #expect(p.text.contains("5月份，企（事）业单位贷款增加8558亿元，其中中长期贷款增加7698亿元。"))
        #expect(p.text.contains("社会融资规模增量为1.56万亿元，比上年同期少1.31万亿元"))
        #expect(p.text.contains("增速比上月末低0.4个百分点。"))
        #expect(p.missing == ["loans_balance.pp_vs_year_ago", "household_loans_increase", "household_mlt_loans_increase",
                              "m1", "tsf_increase.change_vs_prev"])
    }

    @Test func emptyInputGivesEmptyText() {
        let p = ReleaseParagraph(ReleaseFigures(year: 2030, month: 1), language: .en)
        #expect(p.text.isEmpty)
        #expect(p.missing.contains("loans_increase"))
        #expect(p.missing.contains("tsf_stock"))
    }

    @Test func decreasesAndUnchanged() {
        let f = ReleaseFigures(year: 2024, month: 7, figures: [
            ReleaseFigure(id: "loans_increase", measures: [.value: -766, .changeVsYearAgo: -420]),
            ReleaseFigure(id: "m1", measures: [.value: 630000, .yoyPct: -6.6, .ppVsPrev: 0.04, .ppVsYearAgo: -8.9]),
            ReleaseFigure(id: "tsf_increase", measures: [.value: 7708, .changeVsPrev: -25000, .changeVsYearAgo: 0.3]),
        ])
        let zh = ReleaseParagraph(f, language: .zh).text
        #expect(zh.contains("7月份，人民币贷款减少766亿元，同比多减420亿元。"))
        #expect(zh.contains("狭义货币（M1）余额63万亿元，同比下降6.6%，增速与上月末持平，比上年同期低8.9个百分点。"))
        #expect(zh.contains("社会融资规模增量为7708亿元，比上月少2.5万亿元，与上年同期持平。"))
        let en = ReleaseParagraph(f, language: .en).text
        #expect(en.contains("RMB loans decreased by RMB76.6 billion, RMB42.0 billion more than the decrease in the same period of 2023."))
        #expect(en.contains("down 6.6 percent year on year. The growth rate was the same as that at the end of the previous month"))
    }
}
