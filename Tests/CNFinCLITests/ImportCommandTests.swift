import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct ImportCommandTests {
    @Test(arguments: [
        ["import"],
        ["import", "a.xlsx", "--revise"],
        ["import", "a.xlsx", "--format", "pdf"],
        ["import", "-"],
        ["data", "show", "m2", "--format", "xlsx"],
        ["data", "list", "--format", "xlsx"],
        ["seasonal", "m2", "--format", "xlsx"],
        ["filter", "hp", "m2", "--format", "xlsx"],
        ["indicators", "--format", "xlsx"],
        ["decompose", "money", "--format", "xlsx"],
        ["data", "breaks", "--format", "xlsx"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        do {
            _ = try CNFinCommand.parseAsRoot(arguments)
            Issue.record("expected a usage error for \(arguments)")
        } catch {
            #expect((CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2)
        }
    }

    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CNFinSpreadsheetTests/Fixtures").appendingPathComponent(name).path
    }

    func run(_ arguments: [String]) throws -> Bool {
        var command = try CNFinCommand.parseAsRoot(arguments)
        do {
            try command.run()
            return true
        } catch let code as ExitCode {
            #expect(code == .failure)
            return false
        }
    }

    @Test func runtimeErrorsExitWithOne() throws {
        #expect(try run(["import", Self.fixture("generated/truncated.xlsx")]) == false)
        #expect(try run(["import", Self.fixture("generated/unknown_table.xlsx")]) == false)
        #expect(try run(["import", "/nonexistent/table.xlsx"]) == false)
        #expect(try run(["data", "show", "m2", "--format", "xlsx", "--output", "/nonexistent-dir/m2.xlsx"]) == false)
    }

    @Test func xlsxOutputOfDataShow() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try run(["data", "show", "m2", "m1", "--from", "2023-01", "--to", "2023-05", "--format", "xlsx",
                         "--output", out.path]))
        let bytes = try Data(contentsOf: out)
        #expect(bytes.prefix(2) == Data([0x50, 0x4B]))
        #expect(ImportCommand.helpMessage().contains("Examples:"))
        // The round trip through the CLI: the workbook imports back as the stored values.
        #expect(try run(["import", out.path, "--check", "--format", "json"]))
    }
}
