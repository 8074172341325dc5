import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI
import CNFin

/// `--format xlsx` on the table commands that lacked it (summary, report, regress, import/update), the
/// title row naming the month and the data currency, and the round trip `data show --format xlsx` →
/// `cnfin import --check` → identical values. Workbooks are read back with cnfin's own reader.
@Suite struct XLSXCommandTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static var bundled: String {
        get throws { try #require(Dataset.bundledDirectory).path }
    }

    /// The text of cell A1 (the title row) of every sheet but Notes.
    static func titles(_ workbook: Workbook) -> [String] {
        workbook.sheets.filter { $0.name != "Notes" }.map { $0.cell(at: CellReference(row: 0, column: 0))?.text ?? "" }
    }

    /// Every workbook computed from dataset series names the data currency in its title rows, in the
    /// language of the output; one from a CSV column has no currency to name.
    @Test(arguments: [
        ["seasonal", "m2", "--method", "stl", "--ignore-breaks", "--to", "2023-12"],
        ["filter", "hp", "m2_yoy"],
        ["forecast", "m0", "--horizon", "3"],
        ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2016-01", "--to", "2022-12"],
        ["test", "kpss", "m2_yoy", "--from", "2016-01", "--to", "2022-12"],
    ])
    func workbooksOfDatasetSeriesNameTheDataCurrency(_ arguments: [String]) throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dataset = try loadDataset(directory: Self.bundled)
        let currency = try #require(DataStatus(dataset: dataset).currency)
        for (lang, expected) in [("en", "data current to \(currency)"), ("zh", "数据截至\(currency.year)年\(currency.month)月")] {
            let book = dir.appendingPathComponent("\(lang).xlsx")
            #expect(try runSucceeds(arguments + ["--format", "xlsx", "--output", book.path, "--lang", lang]))
            let titles = Self.titles(try SpreadsheetReader.read(path: book.path))
            #expect(!titles.isEmpty && titles.allSatisfy { $0.contains(expected) }, "\(arguments) \(lang): \(titles)")
        }
    }

    /// `data show … --format xlsx --output f.xlsx` → `cnfin import f.xlsx --check` → every value equal
    /// to the stored one (the writer stores each double exactly; the check compares with the data).
    @Test func dataShowWorkbookImportsBackToIdenticalValues() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = dir.appendingPathComponent("f.xlsx")
        let ids = ["m2", "m1", "m0", "m2_yoy", "loans_balance", "loans_increase", "tsf_increase", "tsf_stock"]
        #expect(try runSucceeds(["data", "show"] + ids + ["--from", "2022-01", "--to", "2023-12", "--data", Self.bundled,
                                                         "--format", "xlsx", "--output", book.path, "--lang", "en"]))
        let workbook = try SpreadsheetReader.read(path: book.path)
        let dataset = try loadDataset(directory: Self.bundled)
        let currency = try #require(DataStatus(dataset: dataset).currency)
        #expect(Self.titles(workbook).allSatisfy { $0.contains("data current to \(currency)") }, "\(Self.titles(workbook))")

        let checked = dir.appendingPathComponent("check.json")
        #expect(try runSucceeds(["import", book.path, "--check", "--format", "json", "--output", checked.path]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: checked)) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        let checks = try #require(object["check"] as? [[String: Any]])
        var expected = 0
        for id in ids {
            let series = try dataset.series(id)
            expected += (0..<24).filter { series[Month(year: 2022, month: 1)!.advanced(by: $0)] != nil }.count
        }
        #expect(records.count == expected)
        for (record, check) in zip(records, checks) {
            let id = try #require(record["id"] as? String)
            let monthText = try #require(record["month"] as? String)
            let month = try #require(Month(monthText))
            let value = try #require(record["value"] as? Double)
            #expect(value == (try dataset.series(id)[month]), "\(id) \(month)")
            #expect(check["status"] as? String == "agree", "\(check)")
        }
    }

    @Test func summaryWorkbookNamesTheMonthAndTheDataCurrency() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = dir.appendingPathComponent("summary.xlsx")
        #expect(try runSucceeds(["summary", "--month", "2023-05", "--lang", "en", "--data", Self.bundled,
                                 "--format", "xlsx", "--output", book.path]))
        let workbook = try SpreadsheetReader.read(path: book.path)
        let data = try loadReleaseData(directory: Self.bundled, userDirectory: nil)
        let summary = try MonthlySummary(data: data, month: Month("2023-05"), language: .en)
        let currency = try #require(DataStatus(dataset: data.dataset).currency)
        #expect(workbook.sheets.count == summary.tables.count + 1)  // + Notes
        for title in Self.titles(workbook) {
            #expect(title.contains("month 2023-05; data current to \(currency)"), "\(title)")
        }
        // The release paragraph is in the Notes sheet; M2 May 2023 (2820504.68 亿元) is a number cell.
        let notes = try #require(workbook.sheet(named: "Notes"))
        #expect(notes.cells.contains { $0.text?.contains("282.05") == true })
        #expect(workbook.sheets[0].cells.contains { $0.number == 2820504.68 })
        #expect(workbook.sheets[0].frozenAt == CellReference(row: 2, column: 0))
        // Usage: xlsx without --output, and an existing file without --overwrite.
        #expect(throws: (any Error).self) { _ = try CNFinCommand.parseAsRoot(["summary", "--format", "xlsx"]) }
        #expect(try runSucceeds(["summary", "--month", "2023-05", "--data", Self.bundled, "--format", "xlsx",
                                 "--output", book.path]) == false)
    }

    @Test func reportTablesBesideTheReportAndToOutput() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report")
        #expect(try runSucceeds(["report", "--month", "2023-05", "--lang", "zh", "--data", Self.bundled, "--out", out.path,
                                 "--format", "xlsx"]))
        let beside = try SpreadsheetReader.read(path: out.appendingPathComponent("tables.xlsx").path)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.md").path))
        #expect(beside.sheets.count >= 4)
        #expect(Self.titles(beside).allSatisfy { $0.contains("2023年5月；数据截至") }, "\(Self.titles(beside))")
        let alone = dir.appendingPathComponent("t.xlsx")
        #expect(try runSucceeds(["report", "--month", "2023-05", "--lang", "zh", "--data", Self.bundled,
                                 "--format", "xlsx", "--output", alone.path]))
        // Deterministic bytes: the same tables give the same workbook.
        #expect(try Data(contentsOf: alone) == Data(contentsOf: out.appendingPathComponent("tables.xlsx")))
        #expect(throws: (any Error).self) { _ = try CNFinCommand.parseAsRoot(["report", "--format", "xlsx"]) }
    }

    @Test func regressWorkbookHoldsTheCoefficientsAsNumbers() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = dir.appendingPathComponent("ols.xlsx")
        let args = ["regress", "--series", "--data", try Self.bundled, "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2015-01",
                    "--to", "2023-12"]
        #expect(try runSucceeds(args + ["--format", "xlsx", "--output", book.path]))
        let workbook = try SpreadsheetReader.read(path: book.path)
        #expect(workbook.sheets.map(\.name).count == 2)
        // The same estimates as the JSON output (shortest round-trip text: exact doubles). libxlsxwriter
        // writes numbers with 16 significant digits (%.16G), so a cell is within half a unit of the 16th
        // digit of the double: relative tolerance 1e-15.
        let json = try RegressCommand.parse(Array(args.dropFirst()) + ["--format", "json"]).render().text
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        let sheet = workbook.sheets[0]
        for (k, c) in coefficients.enumerated() {
            #expect(sheet.cell(at: CellReference(row: 2 + k, column: 0))?.text == c["name"] as? String)
            let estimate = try #require(c["estimate"] as? Double)
            let cell = try #require(sheet.cell(at: CellReference(row: 2 + k, column: 1))?.number)
            #expect(abs(cell - estimate) <= 1e-15 * abs(estimate), "\(cell) vs \(estimate)")
        }
        let rolling = dir.appendingPathComponent("rolling.xlsx")
        #expect(try runSucceeds(args + ["--rolling", "36", "--format", "xlsx", "--output", rolling.path]))
        #expect(try SpreadsheetReader.read(path: rolling.path).sheets[0].rowCount == 2 + (108 - 36 + 1))
    }

    @Test func testWorkbooksHoldTheStatisticAndTheLags() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["adf", "--series", "m2_yoy", "--data", try Self.bundled, "--from", "2010-01", "--to", "2023-12", "--lang", "en"]
        let book = dir.appendingPathComponent("adf.xlsx")
        #expect(try runSucceeds(["test"] + args + ["--format", "xlsx", "--output", book.path]))
        let json = try TestCommand.ADF.parse(args.dropFirst() + ["--format", "json"]).render().text
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let statistic = try #require(object["statistic"] as? Double)
        let sheet = try SpreadsheetReader.read(path: book.path).sheets[0]
        // Row 4 (0-based: title, header, Test, Column, Statistic). 16 significant digits in the file: 1e-15.
        #expect(sheet.cell(at: CellReference(row: 4, column: 0))?.text == "Statistic")
        let cell = try #require(sheet.cell(at: CellReference(row: 4, column: 1))?.number)
        #expect(abs(cell - statistic) <= 1e-15 * abs(statistic))
        // Ljung–Box: the headline and the by-lag table, a sheet each.
        let lb = dir.appendingPathComponent("lb.xlsx")
        #expect(try runSucceeds(["test", "ljungbox", "--series", "m2_yoy", "--data", try Self.bundled, "--from", "2010-01",
                                 "--to", "2023-12", "--lags", "6", "--format", "xlsx", "--output", lb.path]))
        let sheets = try SpreadsheetReader.read(path: lb.path).sheets.filter { $0.name != "Notes" }
        #expect(sheets.count == 2)
        #expect(sheets.last?.rowCount == 2 + 6)
    }
}

/// `--format xlsx` on `ingest` and `forecast`: the figures' table and the forecast table as numbers.
@Suite struct XLSXIngestForecastTests {
    @Test func ingestWorkbookHoldsEveryFigure() throws {
        let dir = try XLSXCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("release.txt")
        try Data("2023年5月份人民币贷款增加1.36万亿元，同比少增5418亿元。5月末，广义货币(M2)余额282.05万亿元，同比增长11.6%。".utf8)
            .write(to: text)
        let book = dir.appendingPathComponent("ingest.xlsx")
        #expect(try runSucceeds(["ingest", text.path, "--format", "xlsx", "--output", book.path]))
        let parsed = try IngestParser.parse(text: String(decoding: try Data(contentsOf: text), as: UTF8.self), source: text.path)
        let sheet = try SpreadsheetReader.read(path: book.path).sheets[0]
        #expect(sheet.rowCount == 2 + parsed.figures.count)  // title, header, a row per figure
        let values = (2..<sheet.rowCount).compactMap { sheet.cell(at: CellReference(row: $0, column: 3))?.number }
        #expect(values.sorted() == parsed.figures.map(\.value).sorted())
    }

    @Test func forecastWorkbookHoldsTheHorizon() throws {
        let dir = try XLSXCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let book = dir.appendingPathComponent("forecast.xlsx")
        #expect(try runSucceeds(["forecast", "m2", "--data", try XLSXCommandTests.bundled, "--horizon", "6",
                                 "--format", "xlsx", "--output", book.path]))
        let sheet = try SpreadsheetReader.read(path: book.path).sheets[0]
        #expect(sheet.rowCount >= 2 + 6)
    }
}
