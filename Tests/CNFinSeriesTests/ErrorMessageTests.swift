import CNFinSeries
import CNFinSupport
import CNFinTestSupport
import Testing

/// ``SeriesError``, ``MonthParseError`` and ``CSVError`` speak English (their `description`, unchanged)
/// and Chinese with the same data (issue 17); the checks are ``ErrorMessageCheck``'s.
@Suite struct SeriesErrorMessageTests {
    static let place = CSVLocation(file: "data/m2.csv", line: 3, column: 5)

    /// One sample per case of ``SeriesError`` and per problem of ``MonthParseError`` — grows with the types.
    static let seriesSamples: [any Error & LocalizedMessage] = [
        SeriesError.unitConversion(seriesID: "m2_yoy", from: .percent, to: .yi),
        SeriesError.unknownSeries(id: "M2_yoy", suggestions: []),
        SeriesError.unknownSeries(id: "m2_yo", suggestions: ["m2_yoy"]),
        SeriesError.unknownSeries(id: "m", suggestions: ["m0", "m1", "m2"]),
        MonthParseError(text: "2023/05", problem: .notAMonth),
        MonthParseError(text: "2023-13", problem: .outOfRange),
        MonthParseError(text: "2023-02-30", problem: .noSuchDay(lastDay: 28, month: "2023-02")),
    ]

    /// One sample per case of ``CSVError`` — and one per phrase form the readers give in `badHeader`,
    /// `duplicateMonth` and `invalidValue` (this module's and the dataset loader's). Grows with the enum.
    static let csvSamples: [CSVError] = [
        .unreadable(file: "data/m2.csv", reason: "No such file or directory"),
        .unreadable(file: "data/m2.csv", reason: "not valid UTF-8"),
        .empty(file: "data/m2.csv"),
        .unterminatedQuote(place),
        .unexpectedQuote(place),
        .badHeader(place, reason: "header field 3 is empty"),
        .badHeader(place, reason: "missing column(s) id, month; expected id,month,value"),
        .badHeader(place, reason: "no value column 'm2_yoy'; did you mean 'm2_yo'? (columns: month, m2_yo, m1_yoy)"),
        .badHeader(place, reason: "no date column 'month' (columns: date2, value)"),
        .badHeader(place, reason: "expected 'month' followed by at least one series id"),
        .badHeader(place, reason: "first column must be 'month', found \"日期\""),
        .badHeader(place, reason: "empty series id"),
        .wrongFieldCount(place, expected: 4, found: 3),
        .badMonth(place, text: "2023/05", reason: "expected YYYY-MM, YYYY-MM-DD or YYYYMM"),
        .badMonth(place, text: "2023-02-30", reason: "day must be 01–28 in 2023-02"),
        .nonNumeric(place, column: "m2_yoy", text: "12,3"),
        .nonNumeric(place, column: "m2_yoy", text: String(repeating: "9x", count: 50)),
        .notFinite(place, column: "m2_yoy", text: "inf"),
        .duplicateMonth(place, key: "month 2023-05", firstLine: 2),
        .duplicateMonth(place, key: "id 'm2' month 2023-05", firstLine: 2),
        .duplicateMonth(place, key: "series id 'm2'", firstLine: 2),
        .duplicateMonth(place, key: "id 'm2' month 2023-05, also in observations.csv", firstLine: 2),
        .outOfOrder(place, month: Month(year: 2023, month: 4)!, previous: Month(year: 2023, month: 5)!),
        .gap(place, after: Month(year: 2005, month: 12)!, before: Month(year: 2006, month: 2)!),
        .gap(place, after: Month(year: 2005, month: 12)!, before: Month(year: 2006, month: 4)!),
        .unknownUnit(place, text: "亿美元"),
        .invalidValue(place, column: "kind", text: "level", expected: "stock, flow or rate"),
        .invalidValue(place, column: "basis", text: "x", expected: "mom, yoy, ytd"),
        .invalidValue(place, column: "to", text: "2020-01", expected: "a month not before 'from' (2021-03)"),
        .invalidValue(place, column: "year,date", text: "2024,2023-02-10", expected: "a year and a YYYY-MM-DD date in that year"),
        .duplicateColumn(place, name: "m2"),
        .emptyCell(place, column: "id"),
        .missingValue(place, column: "m2_yoy", text: ""),
        .missingValue(place, column: "m2_yoy", text: "NA"),
        .unknownColumn(file: "data/m2.csv", name: "m2_yo", available: ["month", "m2_yoy", "m1_yoy"]),
        .unknownColumn(file: "data/m2.csv", name: "zzzz", available: ["month", "m2_yoy"]),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.seriesSamples + Self.csvSamples.map({ $0 as any Error & LocalizedMessage }) {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    /// The wording of the brief's examples: a place, a gap.
    @Test func chineseWording() {
        #expect(CSVError.nonNumeric(Self.place, column: "m2", text: "x").message(in: .zh)
            == "「data/m2.csv」第3行第5列：「m2」列的值「x」不是数值（缺失值请留空）")
        #expect(CSVError.gap(Self.place, after: Month(year: 2005, month: 12)!, before: Month(year: 2006, month: 2)!).message(in: .zh)
            == "「data/m2.csv」第3行第5列：月份不连续：2005-12与2006-02之间缺少2006-01的行（缺失值请补上空白单元格的行）")
        #expect(SeriesError.unknownSeries(id: "m2_yo", suggestions: ["m2_yoy"]).message(in: .zh) == "未知序列「m2_yo」；是否想输入「m2_yoy」？")
    }

    /// The month reader's errors say why, in both languages, and a CSV's bad month cell carries the same reason.
    @Test func monthParseErrorsSayWhy() throws {
        for (text, zh) in [("May 2023", "应写作"), ("2023-00", "月份须在01–12之间"), ("2024-02-30", "2024-02的日期须在01–29之间")] {
            do {
                _ = try Month.parse(text)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.message(in: .zh).contains(zh), "\(error.message(in: .zh))")
                #expect(error.description == "invalid month \"\(text)\": \(error.reason)")
            }
        }
        #expect(MonthParseError(text: "2024-02-30", problem: .noSuchDay(lastDay: 29, month: "2024-02")).reason == "day must be 01–29 in 2024-02")
    }

    /// A long cell is cut to 60 characters in Chinese as in English, with its length.
    @Test func longCellsAreCut() {
        let text = String(repeating: "9x", count: 50)
        let zh = CSVError.nonNumeric(Self.place, column: "v", text: text).message(in: .zh)
        #expect(zh.contains("「\(text.prefix(60))…」（共100个字符）"))
    }
}
