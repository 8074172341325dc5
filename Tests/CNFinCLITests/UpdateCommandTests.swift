import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI
import CNFin

/// `cnfin update` on a release-day folder: PBoC tables (real .xls files from Datasets/raw) and a release
/// text for the month after the bundled data, in one command (the issue's first "Done when" item).
@Suite struct UpdateCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The release month `cnfin summary` defaults to for the bundled data alone.
    static func bundledLatest() throws -> Month {
        let bundled = try #require(Dataset.bundledDirectory)
        return try MonthlySummary(data: loadReleaseData(directory: bundled.path, userDirectory: nil), language: .zh).month
    }

    /// A folder as a user downloads it on release day: a year of PBoC tables (2020 money supply and
    /// credit funds, the real .xls files) and the release text of the month after the bundled data —
    /// `cnfin summary`'s paragraph for the latest bundled release month, re-dated to the month after the
    /// data currency and with
    /// M2 and new loans edited (so that no figure is a copy of a stored one).
    static func releaseDayFolder(in dir: URL) throws -> (folder: URL, month: Month) {
        let folder = dir.appendingPathComponent("pboc-release-day")
        let tables = folder.appendingPathComponent("tables")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        for name in ["货币供应量2020.xls", "金融机构人民币信贷收支表2020m.xls"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("Datasets/raw/lingjf__fr").appendingPathComponent(name),
                                             to: tables.appendingPathComponent(name))
        }
        let latest = try bundledLatest()
        let bundled = try #require(Dataset.bundledDirectory)
        // The month after every headline series of the bundled data (some reach beyond `latest`).
        let currency = try #require(DataStatus(dataset: loadDataset(directory: bundled.path)).currency)
        let next = max(latest, currency).advanced(by: 1)
        let written = dir.appendingPathComponent("summary.txt")
        #expect(try runSucceeds(["summary", "--data", bundled.path, "--lang", "zh", "--output", written.path]))
        let summary = try String(contentsOf: written, encoding: .utf8)
        // The heading and the paragraph (the currency line and the tables are left out).
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let heading = "\(latest.year)年\(latest.month)月金融统计数据"
        let at = try #require(lines.firstIndex(of: heading), "no heading \(heading) in:\n\(summary)")
        var text = lines[at] + "\n\n" + lines[at + 1] + "\n"
        text = text.replacingOccurrences(of: heading, with: "\(next.year)年\(next.month)月金融统计数据")
            .replacingOccurrences(of: "\(latest.month)月份", with: "\(next.month)月份")
            .replacingOccurrences(of: "\(latest.month)月末", with: "\(next.month)月末")
        // Edit two headline figures: M2 and new loans.
        let m2 = try #require(text.range(of: #"广义货币（M2）余额[0-9.]+万亿元"#, options: .regularExpression))
        text.replaceSubrange(m2, with: "广义货币（M2）余额999.99万亿元")
        let loans = try #require(text.range(of: #"人民币贷款增加[0-9.]+(万亿|亿)元"#, options: .regularExpression))
        text.replaceSubrange(loans, with: "人民币贷款增加4321亿元")
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(next)-release.txt"))
        return (folder, next)
    }

    @Test func updateOnAFolderOfTablesAndAReleaseTextBringsSummaryToThatMonth() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (folder, next) = try Self.releaseDayFolder(in: dir)
        let user = dir.appendingPathComponent("user")
        let report = dir.appendingPathComponent("update.json")
        #expect(try runSucceeds(["update", folder.path, "--into", user.path, "--format", "json", "--output", report.path]))

        // What changed: every table figure agrees with the bundled data; the text's figures are new.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        let checks = try #require(object["check"] as? [[String: Any]])
        let merge = try #require(object["merge"] as? [[String: Any]])
        #expect(records.count == checks.count && checks.count == merge.count)
        let fromTables = checks.indices.filter { (records[$0]["source"] as? String)?.hasSuffix(".xls") == true }
        let fromText = checks.indices.filter { (records[$0]["source"] as? String)?.hasSuffix(".txt") == true }
        // Every figure the importer finds in the two tables (a year of 36 money-supply and 180 credit-funds
        // cells, less the repeats the importer keeps once) is reported and checked.
        let tableInput = try TableImporter.read(paths: TableImporter.inputFiles([folder.appendingPathComponent("tables").path]))
        #expect(fromTables.count == tableInput.figures.count)
        #expect(tableInput.tables.count == 2 && fromTables.count >= 12 * 3)
        #expect(fromText.count >= 4)
        for k in fromTables { #expect(checks[k]["status"] as? String == "agree", "\(checks[k])") }
        for k in fromText {
            #expect(records[k]["month"] as? String == next.description)
            #expect(checks[k]["status"] as? String == "new", "\(checks[k])")
            #expect(merge[k]["action"] as? String == "added", "\(merge[k])")
        }

        // Every command now reads the new month: summary defaults to it, and the figures are the text's.
        let data = try loadReleaseData(directory: nil, userDirectory: user)
        let summary = try MonthlySummary(data: data, language: .zh)
        #expect(summary.month == next)
        #expect(summary.text.contains("广义货币（M2）余额999.99万亿元"))
        #expect(summary.text.contains("人民币贷款增加4321亿元"))
        #expect(try data.dataset.series("m2")[next] == 9_999_900)
        #expect(data.dataset.source(id: "loans_increase", month: next) == "ingest:\(next)-release.txt")
        #expect(DataStatus(dataset: data.dataset).currency == next)

        // A second run changes nothing.
        #expect(try runSucceeds(["update", folder.path, "--into", user.path, "--format", "csv", "--output",
                                 dir.appendingPathComponent("again.csv").path]))
        let again = try String(contentsOf: dir.appendingPathComponent("again.csv"), encoding: .utf8)
        #expect(!again.contains(",added\n") && !again.contains(",revised\n"))

        // The built executable with CNFIN_DATA pointing at the directory, as a user runs it.
        do {
            let process = try CLIProcess.process(["summary", "--lang", "zh"])
            var environment = ProcessInfo.processInfo.environment
            environment["CNFIN_DATA"] = user.path
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(text.contains("\(next.year)年\(next.month)月金融统计数据"), "\(text.prefix(300))")
            #expect(text.hasPrefix("数据截至\(next.year)年\(next.month)月"))
        }
    }

    /// A table figure that disagrees with the stored data is refused unless --revise, and nothing is written.
    @Test func disagreeingTableIsRefusedWithoutRevise() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // M2 for 2023-05 as cnfin writes it, with a wrong value.
        var table = Table(title: "edited", columns: [TableColumn("month"), TableColumn("m2", alignment: .right)])
        table.rows = [[.text("2023-04"), .number(2808469.34)], [.text("2023-05"), .number(2900000)]]
        let book = dir.appendingPathComponent("edited.xlsx")
        try XLSXTableWriter.write([table], to: book)
        let user = dir.appendingPathComponent("user")
        #expect(try runSucceeds(["update", book.path, "--into", user.path]) == false)
        #expect(!FileManager.default.fileExists(atPath: user.path))
        #expect(try runSucceeds(["update", book.path, "--into", user.path, "--revise"]))
        let may = try #require(Month("2023-05"))
        #expect(try loadDataset(directory: nil, userDirectory: user).series("m2")[may] == 2_900_000)
    }
}
