import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI
import CNFin

/// A fresh temporary directory (removed by the caller).
private func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-user-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

private let release = "2026年9月末，广义货币（M2）余额360.12万亿元，同比增长7.6%。狭义货币（M1）余额116.2万亿元，同比增长4.2%。\n"

/// `cnfin update`, the user data directory layered over the bundled data, `data status`, `chart`.
/// Every test passes its own directory (--into, userDirectory:); none reads the real HOME.
@Suite struct UserDataCommandTests {
    @Test func updateImportsIntoTheDirectoryAndCommandsSeeIt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let text = input.appendingPathComponent("release.txt")
        try Data(release.utf8).write(to: text)
        let user = dir.appendingPathComponent("user")
        #expect(try runSucceeds(["update", text.path, "--into", user.path]))
        #expect(FileManager.default.fileExists(atPath: user.appendingPathComponent("catalog.csv").path))
        let dataset = try loadDataset(directory: nil, userDirectory: user)
        let sep = try #require(Month("2026-09"))
        #expect(try dataset.series("m2")[sep] == 3601200)
        #expect(dataset.source(id: "m2", month: sep) == "ingest:release.txt")
        #expect(DataStatus(dataset: dataset).currency == sep)
        // bundled values are still there
        #expect(try dataset.series("m2")[try #require(Month("2023-05"))] == 2820504.68)
        // a second run (the folder this time) changes nothing
        #expect(try runSucceeds(["update", input.path, "--into", user.path]))
        // --data DIR still reads DIR alone: the user directory is an overlay, not a complete dataset
        #expect(throws: DatasetError.self) { try loadDataset(directory: user.path, userDirectory: user) }
    }

    /// A print that disagrees with the bundled data (M2 May 2023 is 282.05万亿) is refused unless --revise.
    @Test func disagreementWithStoredDataIsRefusedUnlessRevise() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("may.txt")
        try Data("2023年5月末，广义货币（M2）余额290.00万亿元。\n".utf8).write(to: text)
        let user = dir.appendingPathComponent("user")
        #expect(try runSucceeds(["update", text.path, "--into", user.path]) == false)
        #expect(!FileManager.default.fileExists(atPath: user.appendingPathComponent("money.csv").path))
        #expect(try runSucceeds(["update", text.path, "--into", user.path, "--revise"]))
        let may = try #require(Month("2023-05"))
        #expect(try loadDataset(directory: nil, userDirectory: user).series("m2")[may] == 2900000)
    }

    /// A damaged workbook (ZIP magic, nothing else) among the inputs: the update fails and writes nothing.
    @Test func damagedSpreadsheetIsRecognisedByContentAndNothingIsWritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("a.txt")
        try Data(release.utf8).write(to: text)
        let sheet = dir.appendingPathComponent("b.txt")  // an .xlsx under a text name: the first bytes decide
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: sheet)
        let user = dir.appendingPathComponent("user")
        #expect(try runSucceeds(["update", text.path, sheet.path, "--into", user.path]) == false)
        #expect(!FileManager.default.fileExists(atPath: user.path))  // nothing written
        #expect(SpreadsheetReader.signature(of: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) == .ole2)
        #expect(SpreadsheetReader.signature(of: Array(release.utf8.prefix(8))) == .other)
    }

    @Test func updateUsageErrors() {
        for arguments in [["update"], ["update", "x", "--month", "2026-13"], ["update", "x", "--format", "pdf"]] {
            do {
                _ = try CNFinCommand.parseAsRoot(arguments)
                Issue.record("expected a usage error for \(arguments)")
            } catch {
                #expect((CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2)
            }
        }
    }

    @Test func statusTableOnTheFixture() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let command = try DataStatusCommand.parse(["--data", fixture.directory.path, "--format", "csv"])
        let csv = try command.output(dataset: command.data.dataset())
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,last,gaps_24m,missing_months,latest_source")
        // m2 has 2022-04, 2022-05 and 2023-04, 2023-05: ten months missing in between
        #expect(lines.contains("m2,2023-05,10,2022-06..2023-03,t"))
        let text = try DataStatusCommand.parse(["--data", fixture.directory.path, "--lang", "en"]).output(dataset: command.data.dataset())
        #expect(text.hasPrefix("data current to 2023-05 (headline set incomplete, missing: m1,"))
        #expect(DataStatus.runs([try #require(Month("2025-05")), try #require(Month("2025-10")),
                                 try #require(Month("2025-11"))]) == "2025-05, 2025-10..2025-11")
        // Readers see what a source is, not its key (source `t` of the fixture: a published figure); CSV keeps the key.
        let chinese = try DataStatusCommand.parse(["--data", fixture.directory.path]).output(dataset: command.data.dataset())
        #expect(chinese.contains("人民银行发布") && !chinese.contains(" t\n"))
        #expect(text.contains("published by the PBoC"))
    }

    @Test func listAndSummaryHeadersGiveTheCurrency() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let list = try DataListCommand.parse(["--data", fixture.directory.path, "--lang", "en"])
        #expect(try list.output(dataset: list.data.dataset()).hasPrefix("cnfin data: 3 series; data current to 2023-05"))
        let month = try #require(Month("2026-08"))
        #expect(SummaryCommand.currencyHeader(month, language: .zh, format: .text) == "数据截至2026年8月\n\n")
        #expect(SummaryCommand.currencyHeader(month, language: .en, format: .markdown) == "_data current to 2026-08_\n\n")
        #expect(SummaryCommand.currencyHeader(month, language: .en, format: .csv).isEmpty)
        #expect(SummaryCommand.currencyHeader(month, language: .en, format: .json).isEmpty)
    }

    @Test func chartWritesSVGAtomicallyAndRefusesToOverwrite() throws {
        let fixture = try CLIFixture()
        defer { fixture.remove() }
        let out = fixture.directory.appendingPathComponent("m2.svg")
        let args = ["chart", "m2", "m2_yoy", "--data", fixture.directory.path, "--out", out.path, "--lang", "en"]
        #expect(try runSucceeds(args))
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("data current to 2023-05"))
        #expect(try runSucceeds(args) == false)  // exists: refused, file unchanged
        #expect(try String(contentsOf: out, encoding: .utf8) == svg)
        #expect(try runSucceeds(args + ["--force"]))
        // transform and window: yoy of m2 over 2023-04…2023-05 (break-aware growth from the fixture levels)
        let chart = try ChartCommand.parse(["m2", "--transform", "yoy", "--from", "2023-04", "--data", fixture.directory.path])
            .chart(dataset: loadDataset(directory: fixture.directory.path))
        #expect(chart.lines.count == 1 && chart.lines[0].values.count == 2)
        #expect(chart.yLabel == "%")
        // ID:TRANSFORM: one line transformed, as --transform does all.
        let own = try ChartCommand.parse(["m2:yoy", "--from", "2023-04", "--data", fixture.directory.path])
            .chart(dataset: loadDataset(directory: fixture.directory.path))
        #expect(own.lines.map(\.values) == chart.lines.map(\.values) && own.yLabel == "%")
    }

    @Test func chartUsageErrors() {
        for arguments in [["chart"], ["chart", "m2", "--out", "x.png"], ["chart", "m2", "--from", "2023-05", "--to", "2023-01"]] {
            do {
                _ = try CNFinCommand.parseAsRoot(arguments)
                Issue.record("expected a usage error for \(arguments)")
            } catch {
                #expect((CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2)
            }
        }
    }
}
