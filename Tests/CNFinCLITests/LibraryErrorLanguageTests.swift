import CNFin
import Foundation
import Testing

/// The error types of the upper library modules (datasets, seasonal/X-13, release, ingest, import,
/// spreadsheet, report) in both languages: one sample per case, listed explicitly. For each, the English
/// message is the `description` (what logs and the existing tests see), the Chinese one holds Han
/// characters, no ASCII word outside 「」 beyond the allow-list of the output checks
/// (``OutputPropertyTests/isAllowedStatisticalWord(_:)``), and both carry the same data items (ids,
/// paths, months, numbers). A wrapping case passes the inner error's message through
/// (``localizedMessage(of:in:)``), in whichever language the inner error has.
@Suite struct LibraryErrorLanguageTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var error: any LocalizedMessage & Sendable
        /// Data that both messages must contain verbatim.
        var items: [String]
        var testDescription: String { error.description }
        init(_ error: any LocalizedMessage & Sendable, _ items: [String]) {
            self.error = error
            self.items = items
        }
    }

    /// The month `year`-`month` (an index, so no optional to unwrap).
    static func month(_ year: Int, _ month: Int) -> Month { Month(index: 12 * year + month - 1) }

    static let location = CSVLocation(file: "money.csv", line: 3, column: 5)
    static let m2023_05 = Self.month(2023, 5)
    static let range = month(2019, 1)...month(2025, 12)

    static let datasetSamples: [Sample] = [
        Sample(DatasetError.missingFile(path: "/tmp/d/catalog.csv"), ["/tmp/d/catalog.csv", "breaks.csv"]),
        Sample(DatasetError.bundleMissing, ["CNFinDatasets"]),
        Sample(DatasetError.unknownSeriesInFile(location, id: "m22", suggestions: ["m2"]), ["money.csv:3:5", "m22", "m2", "catalog.csv"]),
        Sample(DatasetError.unknownSeries(id: "m22", suggestions: ["m2", "m1"]), ["m22", "m2", "m1"]),
        Sample(DatasetError.unknownSeries(id: "zz", suggestions: []), ["zz"]),
        Sample(DatasetError.unreadableFile(path: "/d/loans.csv", reason: "permission denied"), ["/d/loans.csv", "permission denied"]),
        Sample(DatasetError.writeFailed(path: "/d/loans.csv", reason: "disk full"), ["/d/loans.csv", "disk full"]),
    ]

    static let seasonalSamples: [Sample] = [
        Sample(SeasonalError.tooShort(method: "STL", count: 12, required: 24), ["STL", "12", "24"]),
        Sample(SeasonalError.tooShort(method: "a caller's method", count: 3, required: 4), ["a caller's method", "3", "4"]),
        Sample(SeasonalError.nonFinite(method: "HP filter", index: 7), ["HP", "7"]),
        Sample(SeasonalError.tooShort(method: "Hamilton filter (h = 24, p = 12)", count: 12, required: 49), ["Hamilton", "h = 24", "p = 12", "49"]),
        Sample(SeasonalError.invalidPeriod(1), ["1", "\(SeasonalLimits.maximumPeriod)"]),
        Sample(SeasonalError.invalidParameter(name: "lambda", value: "-5", requirement: "must be a positive finite number"), ["-5"]),
        Sample(SeasonalError.invalidParameter(name: "trend", value: "8", requirement: "must be an odd integer ≥ 3"), ["8", "3"]),
        Sample(SeasonalError.invalidParameter(name: "a caller's parameter", value: "0", requirement: "a caller's requirement"),
               ["a caller's parameter", "0", "a caller's requirement"]),
        Sample(SeasonalError.nonPositiveForLog(index: 4, value: -1.5), ["4", "-1.5"]),
        Sample(SeasonalError.nonPositiveForLogInMonth(month: "2020-02", value: 0), ["2020-02", "0.0"]),
        Sample(SeasonalError.lengthMismatch(what: "weights", expected: 12, actual: 11), ["weights", "12", "11"]),
        Sample(SeasonalError.rankDeficient(columns: ["cny", "trend"]), ["cny", "trend"]),
        Sample(SeasonalError.missingFestivalDate(year: 2070), ["2070"]),
        Sample(SeasonalError.invalidCalendar(line: 9, reason: "bad date"), ["9", "bad date"]),
        Sample(SeasonalError.gap(series: "m2_yoy", firstMissing: month(2020, 6), lastMissing: month(2020, 6),
                                 longestComplete: month(2020, 7)...month(2025, 12)),
               ["m2_yoy", "2020-06", "2020-07", "2025-12"]),
        Sample(SeasonalError.gap(series: "v", firstMissing: month(2005, 1), lastMissing: month(2006, 1),
                                 longestComplete: nil), ["v", "2005-01", "2006-01"]),
        Sample(X13Error.spanTooShort(observations: 20, minimum: 36), ["X-13", "20", "36"]),
        Sample(X13Error.gap(month: "2020-02"), ["X-13", "2020-02"]),
        Sample(X13Error.nonPositive(month: "2020-02", value: -3, mode: "multiplicative"), ["2020-02", "-3.0", "multiplicative"]),
        Sample(X13Error.invalidOption(name: "forecast months", value: "200", requirement: "must be 0…120"),
               ["forecast months", "200", "must be 0…120"]),
        Sample(X13Error.currentDefinitionTooShort(series: "m1", breakID: "m1_2025_01", from: "2025-01", to: "2026-06", count: 18, minimum: 36),
               ["m1", "m1_2025_01", "2025-01", "2026-06", "18", "36"]),
        Sample(X13Error.regARIMA("the model did not converge", chinese: "模型未收敛"), ["regARIMA"]),
        Sample(X13Error.x11("series too short", chinese: "序列太短"), ["X-11"]),
    ]

    static let releaseSamples: [Sample] = [
        Sample(ReleaseError.noData, []),
        Sample(ReleaseError.afterLatest(month: m2023_05, available: range), ["2023-05", "2019-01", "2025-12"]),
        Sample(ReleaseError.beforeFirst(month: m2023_05, available: range), ["2023-05", "2019-01", "2025-12"]),
        Sample(ReleaseError.noFigures(month: m2023_05, available: range), ["2023-05", "2019-01", "2025-12"]),
        Sample(ReleaseError.dataset(.unknownSeries(id: "m22", suggestions: ["m2"])), ["m22", "m2"]),
    ]

    static let ingestSamples: [Sample] = [
        Sample(IngestError.emptyInput(source: "t.txt"), ["t.txt"]),
        Sample(IngestError.binaryInput(source: "t.bin"), ["t.bin"]),
        Sample(IngestError.gb18030Encoded(source: "gb.txt"), ["gb.txt", "GB18030", "iconv -f GB18030 -t UTF-8"]),
        Sample(IngestError.unknownEncoding(source: "x.txt"), ["x.txt", "UTF-8", "GB18030"]),
        Sample(IngestError.noFigures(source: "t.txt"), ["t.txt", "万亿元", "亿元"]),
        Sample(IngestError.missingMonth(source: "t.txt", clause: "人民币贷款增加1.36万亿元"), ["t.txt", "人民币贷款增加1.36万亿元"]),
        Sample(IngestError.monthConflict(source: "t.txt", text: "2023-05", given: "2023-06", clause: "5月末"), ["t.txt", "2023-05", "2023-06", "5月末"]),
        Sample(IngestError.conflictingFigures(id: "loans_increase", month: "2023-05", measure: "level", first: "1.36万亿元", second: "13700亿元"),
               ["loans_increase", "2023-05", "level", "1.36万亿元", "13700亿元"]),
        Sample(IngestError.datasetUnreadable(path: "/d/loans.csv", reason: "line 3: bad"), ["/d/loans.csv", "line 3: bad"]),
        Sample(IngestError.disagreementsRefused(["loans_increase 2023-05: stored 13600, text 13700", "m2 2023-05: stored 1, text 2"]),
               ["2", "loans_increase 2023-05: stored 13600, text 13700", "m2 2023-05: stored 1, text 2"]),
        Sample(IngestError.writeFailed(path: "/d/loans.csv", reason: "disk full"), ["/d/loans.csv", "disk full"]),
    ]

    static let spreadsheetSamples: [Sample] = [
        Sample(SpreadsheetError.unreadable(file: "a.xlsx", reason: "bad sector"), ["a.xlsx", "bad sector"]),
        Sample(SpreadsheetError.unknownFormat(file: "a.xlsx", reason: "starts with %PDF"), ["a.xlsx", "starts with %PDF"]),
        Sample(SpreadsheetError.corruptArchive(file: "a.xlsx", reason: "truncated central directory"), ["a.xlsx", "truncated central directory"]),
        Sample(SpreadsheetError.encrypted(file: "a.xlsx"), ["a.xlsx"]),
        Sample(SpreadsheetError.malformed(file: "a.xlsx", part: "xl/workbook.xml", reason: "no sheets"), ["a.xlsx", "xl/workbook.xml", "no sheets"]),
        Sample(SpreadsheetError.limitExceeded(file: "a.xlsx", sheet: "Sheet1", cell: "B7", limit: "1000000 cells"),
               ["a.xlsx", "Sheet1", "B7", "1000000 cells"]),
        Sample(SpreadsheetError.xlsFailed(file: "a.xls", sheet: "", reason: "bad FAT"), ["a.xls", "bad FAT"]),
        Sample(SpreadsheetError.xlsFailed(file: "a.xls", sheet: "表1", reason: "bad record"), ["a.xls", "表1", "bad record"]),
        Sample(SpreadsheetError.unknownTable(file: "a.xlsx", sheet: "Sheet1", found: "Prices"), ["a.xlsx", "Sheet1", "Prices", "货币供应量", "信贷收支表", "社会融资规模增量/存量统计表"]),
        Sample(SpreadsheetError.tableLayout(file: "a.xlsx", sheet: "Sheet1", cell: "C4", reason: "no month row"),
               ["a.xlsx", "Sheet1", "C4", "no month row"]),
        Sample(SpreadsheetError.invalidSheetName(name: "a/b", reason: "contains /"), ["a/b", "contains /"]),
        Sample(SpreadsheetError.writeFailed(path: "out.xlsx", reason: "disk full"), ["out.xlsx", "disk full"]),
    ]

    static let importSamples: [Sample] = [
        Sample(TableImportError.spreadsheet(.encrypted(file: "a.xlsx")), ["a.xlsx"]),
        Sample(TableImportError.ingest(.emptyInput(source: "t.txt")), ["t.txt"]),
        Sample(TableImportError.unreadable(file: "a.xlsx", reason: "cannot list the directory"), ["a.xlsx", "cannot list the directory"]),
        Sample(TableImportError.conflictingFigures(id: "m2", month: "2023-05", first: "2820504.68", second: "2820505"),
               ["m2", "2023-05", "2820504.68", "2820505"]),
        Sample(TableImportError.nothingImported(files: ["a.xlsx", "b.xls"]), ["a.xlsx", "b.xls"]),
    ]

    static let reportSamples: [Sample] = [
        Sample(ReportError.release(.noFigures(month: m2023_05, available: range)), ["2023-05"]),
        Sample(ReportError.outputNotEmpty(path: "out", files: ["a", "b", "c", "d", "e", "f"]), ["out", "a", "e"]),
        Sample(ReportError.outputNotADirectory(path: "out.txt"), ["out.txt"]),
        Sample(ReportError.cannotWrite(path: "out/report.md", reason: "read-only file system"), ["out/report.md", "read-only file system"]),
        Sample(ReportError.hierarchies("line 2: bad"), ["line 2: bad"]),
        Sample(ReportError.unknownSection("yo", available: ["yoy", "flows"]), ["yo", "yoy", "flows"]),
        Sample(ReportError.sectionHasNoChart("text", charted: ["yoy"]), ["text", "yoy"]),
        Sample(SeriesChartError.noData(names: ["m2:yoy", "m1"]), ["m2:yoy", "m1"]),
    ]

    static let samples = datasetSamples + seasonalSamples + releaseSamples + ingestSamples + spreadsheetSamples + importSamples
        + reportSamples

    @Test(arguments: samples)
    func bothLanguages(_ sample: Sample) {
        let english = sample.error.message(in: .en)
        let chinese = sample.error.message(in: .zh)
        #expect(english == sample.error.description)
        // English has no Han character besides the data items (a release clause, the PBoC's table names).
        let englishProse = sample.items.reduce(english) { $0.replacingOccurrences(of: $1, with: " ") }
        #expect(!englishProse.unicodeScalars.contains(where: OutputPropertyTests.isHan), "Han characters in English: \(english)")
        #expect(chinese.unicodeScalars.contains(where: OutputPropertyTests.isHan), "no Chinese: \(chinese)")
        for item in sample.items {
            #expect(english.contains(item), "'\(item)' missing in: \(english)")
            #expect(chinese.contains(item), "'\(item)' missing in: \(chinese)")
        }
        OutputPropertyTests.checkChineseProse([Self.outsideQuotes(chinese)], allowed: OutputPropertyTests.isAllowedStatisticalWord, context: english)
    }

    /// The wrapping cases pass the inner error's message through in the same language — the inner
    /// error's own Chinese once its module has one (lower modules), its English until then.
    @Test func wrappersPassTheInnerMessageThrough() {
        let csv = CSVError.unterminatedQuote(Self.location)
        let chart = ChartError.noData(chart: "yoy")
        let algebra = LinearAlgebraError.empty(operation: "QR")
        let statistics = StatisticsError.tooFewObservations(what: "y", needed: 3, available: 2)
        for language in DisplayLanguage.allCases {
            #expect(DatasetError.csv(csv).message(in: language) == localizedMessage(of: csv, in: language))
            #expect(ReportError.chart(chart).message(in: language) == localizedMessage(of: chart, in: language))
            #expect(SeasonalError.linearAlgebra(algebra).message(in: language) == localizedMessage(of: algebra, in: language))
            #expect(SeasonalError.statistics(statistics).message(in: language) == localizedMessage(of: statistics, in: language))
            let dataset = DatasetError.unknownSeries(id: "m22", suggestions: ["m2"])
            #expect(ReleaseError.dataset(dataset).message(in: language) == dataset.message(in: language))
            #expect(ReportError.release(.dataset(dataset)).message(in: language) == dataset.message(in: language))
            let ingest = IngestError.emptyInput(source: "t.txt")
            #expect(TableImportError.ingest(ingest).message(in: language) == ingest.message(in: language))
        }
        // X-13 carries the regARIMA/X-11 message in both languages.
        let failure = X13Error.regARIMA("the model did not converge", chinese: "模型未收敛")
        #expect(failure.message(in: .en) == "regARIMA pre-adjustment: the model did not converge")
        #expect(failure.message(in: .zh) == "regARIMA 预调整：模型未收敛")
    }

    /// The operating system's common reasons for a failed read or write are said in Chinese
    /// (``ChineseWording/systemReason(_:)``), in every error that carries one.
    @Test func systemReasonsInChinese() {
        let missing = "No such file or directory"
        let denied = "Permission denied"
        #expect(SpreadsheetError.unreadable(file: "a.xlsx", reason: missing).message(in: .zh) == "「a.xlsx」：无法读取（文件或目录不存在）")
        #expect(TableImportError.unreadable(file: "a.xlsx", reason: missing).message(in: .zh) == "「a.xlsx」：无法读取（文件或目录不存在）")
        #expect(DatasetError.writeFailed(path: "/d", reason: denied).message(in: .zh) == "无法写入「/d」：没有访问权限")
        #expect(IngestError.writeFailed(path: "/d", reason: denied).message(in: .zh) == "无法写入「/d」：没有访问权限")
        #expect(SpreadsheetError.unreadable(file: "a.xlsx", reason: missing).message(in: .en) == "a.xlsx: cannot read (No such file or directory)")
    }

    /// Several suggestions read as a Chinese list: 「a」、「b」或「c」.
    @Test func chineseSuggestionList() {
        let error = DatasetError.unknownSeries(id: "m", suggestions: ["m0", "m1", "m2"])
        #expect(error.message(in: .zh) == "未知序列「m」；是否想输入「m0」、「m1」或「m2」？")
        #expect(error.message(in: .en) == "unknown series 'm'; did you mean 'm0', 'm1' or 'm2'?")
    }

    /// The text outside 「…」 (the user's tokens and English data quoted verbatim are exempt).
    static func outsideQuotes(_ text: String) -> String {
        text.replacing(/「[^」]*」/, with: " ")
    }

    /// The seasonal methods' parameters and requirements are said in Chinese; a caller's own stay verbatim in 「」.
    @Test func seasonalParameterInChinese() {
        #expect(SeasonalError.invalidParameter(name: "lambda", value: "-5", requirement: "must be a positive finite number")
            .message(in: .zh) == "平滑参数 λ的取值「-5」无效：须为有限的正数")
        #expect(SeasonalError.invalidParameter(name: "trend", value: "8", requirement: "must be an odd integer ≥ 3")
            .message(in: .zh) == "趋势窗口的取值「8」无效：须为 ≥ 3 的奇数")
        #expect(SeasonalError.invalidParameter(name: "x", value: "1", requirement: "a caller's requirement")
            .message(in: .zh) == "参数「x」的取值「1」无效：「a caller's requirement」")
    }
}
