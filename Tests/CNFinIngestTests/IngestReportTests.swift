import CNFinIngest
import CNFinOutput
import CNFinSeries
import Foundation
import Testing

/// The report of `cnfin ingest`/`import`/`update` in both languages: the reader's tables name series and
/// measures (no id, no measure key), every numeric column has one number of decimals, the diagnostics are
/// written in the reader's language, and the CSV and JSON keys do not depend on the language.
struct IngestReportTests {
    static let text = "2023年5月份，人民币贷款增加1.36万亿元，同比少增5418亿元。5月末，广义货币（M2）余额282.05万亿元，"
        + "同比增长11.6%，增速比上月末低0.8个百分点。绿色贷款增加100亿元。"

    static func report() throws -> IngestReport {
        let r = try IngestParser.parse(text: text, source: "release.txt")
        return IngestReport(figures: r.figures, unparsed: r.unparsed, conflicts: r.conflicts)
    }

    @Test func readerTablesNameSeriesAndMeasuresInEachLanguage() throws {
        let report = try Self.report()
        let zh = report.tables(language: .zh), en = report.tables(language: .en)
        // Amounts (亿元) and rates (%, pp): two tables, each column with one number of decimals.
        #expect(zh.count == 2 && en.count == 2)
        #expect(zh.first?.title == "金额（亿元）" && en.first?.title == "Amounts (亿元)")
        #expect(zh[0].columns[3].numberFormat == .amount && zh[1].columns[3].numberFormat == .rate)
        #expect(zh[0].displayRows.map { $0[3] } == ["13600.00", "-5418.00", "2820500.00"])
        #expect(zh[1].displayRows.map { $0[3] } == ["11.6", "-0.8"])
        #expect(zh[0].displayRows.map { $0[1] } == ["人民币贷款增加", "人民币贷款增加", "广义货币（M2）余额"])
        #expect(zh[0].displayRows.map { $0[2] } == ["当月增加", "同比多增/少增", "余额"])
        #expect(zh[1].displayRows.map { $0[4] } == ["%", "个百分点"])
        #expect(en[0].displayRows.map { $0[1] } == ["New RMB loans (monthly)", "New RMB loans (monthly)", "Broad money (M2), month-end"])
        #expect(en[1].displayRows.map { $0[2] } == ["YoY growth", "change in growth vs the previous month-end"])
        for table in zh + en {
            for row in table.displayRows {
                for key in ["loans_increase", "m2", "m2_yoy", "yoy_pct", "pp_vs_prev", "change_vs_year_ago"] {
                    #expect(!row.contains(key), "\(key) in \(row)")
                }
            }
        }
        // The unparsed clause, with why, in the reader's language.
        #expect(report.notes(language: .zh) == ["未能归属的数字（1处）：", "  绿色贷款增加100亿元 — 无法识别的词语“绿色贷款”"])
        #expect(report.notes(language: .en) == ["unparsed (1):", "  绿色贷款增加100亿元 — unrecognised words \"绿色贷款\""])
    }

    @Test func csvIsTheSameInBothLanguagesAndJSONKeepsItsKeys() throws {
        let report = try Self.report()
        let csv = report.rendered(as: .csv, language: .zh)
        #expect(csv == report.rendered(as: .csv, language: .en))
        #expect(csv.hasPrefix("month,id,value,unit,measure,span_start,span_end,span\n2023-05,loans_increase,13600,亿元,increase,"))
        func keys(_ value: JSONValue) -> [String] {
            switch value {
            case .object(let members): return members.flatMap { [$0.key] + keys($0.value) }
            case .array(let items): return items.flatMap(keys)
            default: return []
            }
        }
        let zh = report.json(language: .zh), en = report.json(language: .en)
        #expect(keys(zh) == keys(en))
        #expect(zh.serialized().contains("\"reason\": \"无法识别的词语“绿色贷款”\""))
        #expect(en.serialized().contains("\"reason\": \"unrecognised words \\\"绿色贷款\\\"\""))
        #expect(en.serialized().contains("\"measure\": \"yoy_pct\"") && zh.serialized().contains("\"measure\": \"yoy_pct\""))
    }

    /// A conflict names the series by its catalog name in both languages, never by its id.
    @Test func conflictsNameTheSeries() throws {
        let r = try IngestParser.parse(text: "2030年4月份，人民币贷款增加7300亿元。人民币贷款增加8300亿元。人民币存款增加1.1万亿元。", source: "t")
        let c = try #require(r.conflicts.first)
        #expect(c.text(in: .zh) == "2030年4月人民币贷款增加（当月增加）：“人民币贷款增加7300亿元”（7300）与“人民币贷款增加8300亿元”（8300）")
        #expect(c.text(in: .en) == "2030-04 New RMB loans (monthly), increase in the month: \"人民币贷款增加7300亿元\" (7300) vs \"人民币贷款增加8300亿元\" (8300)")
        #expect(c.reason.contains("loans_increase"))  // the error message (--strict) keeps the id
    }

    /// Every reason has a Chinese sentence without ids, measure keys or English words (quoted words of the
    /// text aside), and an English one.
    @Test func everyUnparsedReasonIsWrittenInBothLanguages() throws {
        let march = try #require(Month(year: 2029, month: 3)), april = try #require(Month(year: 2029, month: 4))
        let subject = BilingualNote(zh: "人民币贷款", en: "RMB loans")
        let reasons: [IngestUnparsedReason] = [
            .foreignCurrency, .ambiguousList(chinese: true), .ambiguousList(chinese: false), .share(chinese: true),
            .shareChange(chinese: false), .unrecognisedWords("绿色贷款"), .orphanSubItem(nil), .orphanSubItem("短期贷款"),
            .notACatalogSeries("绿色贷款"), .noSubject, .unchangedWithoutComparison(chinese: true),
            .unchangedWithoutReference(chinese: false), .noMeasure(chinese: true), .unsupportedPeriod("第二季度"),
            .noSeries(.flow, subject: subject), .noSeries(.yearToDate, subject: subject), .noSeries(.measure(.ppVsPrev), subject: subject),
            .levelOrFlow(subject: subject), .unitDoesNotFit(wording: "growth", unit: "亿元"), .noMonth,
            .otherMonth(dated: march, given: april),
            .otherBaseYear(base: 2028, year: 2030),
        ]
        for reason in reasons {
            let zh = reason.text(in: .zh), en = reason.text(in: .en)
            #expect(!zh.isEmpty && !en.isEmpty && zh != en)
            #expect(zh.firstMatch(of: /[A-Za-z]/) == nil, "\(reason): \(zh)")
        }
        #expect(IngestUnparsedReason.otherMonth(dated: march, given: april).text(in: .zh) == "原文所属月份为2029年3月，而非指定的2029年4月")
        #expect(IngestUnparsedReason.noSeries(.measure(.ppVsPrev), subject: subject).text(in: .zh) == "数据目录中没有人民币贷款的增速比上月末变动序列")
    }

    @Test func notesForStandardErrorInBothLanguages() throws {
        let may = try #require(Month(year: 2023, month: 5)), june = try #require(Month(year: 2023, month: 6))
        let note = IngestNote.updated(directory: "/d", counts: [.added: 3, .unchanged: 2], files: ["money.csv", "published.csv"],
                                      currency: june, previous: may)
        #expect(note.text(in: .en) == "/d: added 3, revised 0, unchanged 2, refused 0, skipped 0; wrote money.csv, published.csv; "
            + "data current to 2023-06 (was 2023-05)")
        #expect(note.text(in: .zh) == "/d：已添加3，已修订0，未变2，被拒绝0，已跳过0；已写入money.csv、published.csv；数据截至2023年6月（此前为2023年5月）")
        #expect(IngestNote.written(directory: "d", files: []).text(in: .zh) == "d：没有变化")
        #expect(IngestNote.decoded(source: "a.txt", encoding: .gb18030).text(in: .en) == "a.txt is GB18030-encoded; decoded it")
    }
}
