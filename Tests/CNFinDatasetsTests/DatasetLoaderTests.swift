import Foundation
import Testing
@testable import CNFinDatasets
import CNFinSeries

private func month(_ text: String) -> Month {
    Month(text) ?? Month(index: 0)
}

@Suite struct DatasetLoaderTests {
    @Test func loadsFixture() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try Dataset.load(directory: fixture.directory)
        #expect(data.ids == ["m2", "m2_yoy", "loans_balance", "loans_yoy", "loans_increase", "tsf_increase"])
        let entry = try data.entry("m2")
        #expect(entry.nameEn == "Money supply M2, month-end")
        #expect(entry.unit == .yi && entry.kind == .stock && entry.family == .money)
        #expect(entry.first == month("2022-01"))
        #expect(try data.entry("tsf_increase").notes == "note, with comma")
        let m2 = try data.series("m2")
        #expect(m2.start == month("2022-01"))
        #expect(m2[month("2022-06")] == nil)
        #expect(m2[month("2023-02")] == 111.1)
        #expect(try data.series("m2_yoy").unit == .percent)
        #expect(try data.series("loans_balance").breaks.map(\.id) == ["loans_2023_01"])
        #expect(data.published(id: "loans_increase", month: month("2023-05"), measure: .changeVsYearAgo)?.value == -5418)
        #expect(data.published(id: "m2_yoy", month: month("2023-03"), measure: .ppVsPrev)?.unit == .percentagePoints)
        #expect(data.published(id: "m2_yoy", month: month("2023-03"), measure: .changeVsYearAgo) == nil)
        #expect(data.vintages(id: "tsf_increase").map(\.value) == [15540])
        #expect(data.breaks.first?.to == month("2023-12"))
        #expect(data.breaks.first?.confirmed == true)
        #expect(data.sources.first?.rawFiles == ["a.csv", "b.csv"])
        #expect(data.disagreements.first?.difference == -20)
        #expect(data.chineseNewYear(in: 2023)?.day == 22)
        #expect(data.chineseNewYear(in: 2023)?.calendarMonth == month("2023-01"))
    }

    @Test func unknownSeriesLookupSuggests() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try Dataset.load(directory: fixture.directory)
        #expect(throws: DatasetError.unknownSeries(id: "m3", suggestions: ["m2"])) { try data.series("m3") }
        #expect(throws: DatasetError.unknownSeries(id: "loan_yoy", suggestions: ["loans_yoy", "m2_yoy"])) {
            try data.entry("loan_yoy")
        }
    }

    @Test(arguments: [
        (["money.csv": "id,month,value,source\nm3,2023-01,1,test\n"],
         "money.csv:2:1: series id 'm3' is not in catalog.csv; did you mean 'm2'?"),
        (["money.csv": "id,month,value,source\nm2,2023-01,x,test\n"],
         "money.csv:2:12: value \"x\" in column 'value' is not a number"),
        (["catalog.csv": "id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes\nm2,a,b,亿,stock,money,monthly,,,t,\n"],
         "catalog.csv:2:8: unknown unit \"亿\""),
        (["catalog.csv": "id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes\nm2,a,b,亿元,level,money,monthly,,,t,\n"],
         "catalog.csv:2:11: invalid kind \"level\" (expected flow, rate, stock)"),
        (["catalog.csv": "id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes\nm2,a,b,亿元,stock,bonds,monthly,,,t,\n"],
         "catalog.csv:2:17: invalid family \"bonds\""),
        (["catalog.csv": "id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes\nm2,a,b,亿元,stock,money,monthly,,,t,\nm2,a,b,亿元,stock,money,monthly,,,t,\n"],
         "catalog.csv:3:1: duplicate series id 'm2' (first on line 2)"),
        (["catalog.csv": "id,name,unit\n"],
         "catalog.csv:1:1: bad header: missing column(s) name_zh, name_en"),
        (["breaks.csv": "id,series,from,to,kind,description,source,confirmed\nb,m2;m9,2023-01,2023-02,definition,d,s,yes\n"],
         "breaks.csv:2:3: series id 'm9' is not in catalog.csv"),
        (["breaks.csv": "id,series,from,to,kind,description,source,confirmed\nb,m2,2023-01,2023-02,definition,d,s,maybe\n"],
         "breaks.csv:2:37: invalid confirmed \"maybe\" (expected no, yes)"),
        (["breaks.csv": "id,series,from,to,kind,description,source,confirmed\nb,m2,2023-03,2023-02,definition,d,s,yes\n"],
         "breaks.csv:2:14: invalid to \"2023-02\""),
        (["breaks.csv": "id,series,from,to,kind,description,source,confirmed\nb,m2,2023-01,2023-02,typo,d,s,yes\n"],
         "breaks.csv:2:22: invalid kind \"typo\""),
        (["published.csv": "id,month,measure,value,unit,source\nm2_yoy,2023-03,pp_vs_last,0.8,pp,r\n"],
         "published.csv:2:16: invalid measure \"pp_vs_last\""),
        (["published.csv": "id,month,measure,value,unit,source\nm2_yoy,2023-03,pp_vs_prev,0.8,bp,r\n"],
         "published.csv:2:31: unknown unit \"bp\""),
        (["vintages.csv": "id,month,value,source,note\nm2,2023-3,1,s,n\n"],
         "vintages.csv:2:4: invalid month \"2023-3\""),
        (["disagreements.csv": "id,month,source_a,value_a,source_b,value_b,difference,explanation\nm2,2023-03,a,1,b,2,inf,x\n"],
         "disagreements.csv:2:20: value \"inf\" in column 'difference' is not finite"),
        (["chinese-new-year.csv": "year,date\n2023,2024-01-22\n"],
         "chinese-new-year.csv:2:1: invalid year,date"),
        (["tsf.csv": "id,month,value,source\ntsf_increase,2023-05,1,a\ntsf_increase,2023-05,2,b\n"],
         "tsf.csv:3:14: duplicate id 'tsf_increase' month 2023-05 (first on line 2)"),
        // The same id and month in two series files (the later one silently won before; found by Fuzz/FuzzDataset).
        (["tsf.csv": "id,month,value,source\ntsf_increase,2023-05,1,a\nm2,2023-02,999,b\n"],
         "tsf.csv:3:1: duplicate id 'm2' month 2023-02, also in money.csv (first on line 6)"),
    ])
    func errors(replacements: [String: String], message: String) throws {
        let error = try Fixture.loadError(replacing: replacements)
        #expect(error?.hasPrefix(message) == true, "\(error ?? "loaded without error")")
    }

    @Test func missingFile() throws {
        let error = try Fixture.loadError(removing: ["breaks.csv"])
        #expect(error?.contains("breaks.csv: file not found") == true)
    }
}

@Suite struct YoYConsistencyTests {
    @Test func pairsByConvention() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try Dataset.load(directory: fixture.directory)
        #expect(YoYConsistencyReport.pairs(in: data.catalog) == [
            .init(levelID: "m2", rateID: "m2_yoy"), .init(levelID: "loans_balance", rateID: "loans_yoy"),
        ])
    }

    @Test func classifies() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try Dataset.load(directory: fixture.directory)
        let report = YoYConsistencyReport(dataset: data, pairs: YoYConsistencyReport.pairs(in: data.catalog))
        // m2: 2023-01 10 vs 10.0 rounding; 2023-02 10.2 vs 10.0 minor; 2023-03 11 vs 10.0 unexplained
        // loans: 2023-01 11.4 vs 20.0 explained by the 2023-01 break
        let byKey = Dictionary(uniqueKeysWithValues: report.entries.map { ("\($0.pair.rateID) \($0.month)", $0) })
        #expect(byKey["m2_yoy 2023-01"]?.classification == .rounding)
        #expect(byKey["m2_yoy 2023-02"]?.classification == .minor)
        #expect(byKey["m2_yoy 2023-03"]?.classification == .unexplained)
        let loans = try #require(byKey["loans_yoy 2023-01"])
        #expect(loans.classification == .explained)
        #expect(loans.explanation?.id == "loans_2023_01")
        #expect(abs(loans.recomputed - 20) < 1e-9)
        #expect(abs(loans.difference - (11.4 - 20)) < 1e-9)
        #expect(report.unexplained.count == 1)
        #expect(report.beyondRounding.count == 3)
    }
}
