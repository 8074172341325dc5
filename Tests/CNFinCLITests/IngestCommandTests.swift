import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct IngestCommandTests {
    @Test(arguments: [
        ["ingest"],
        ["ingest", "a.txt", "--revise"],
        ["ingest", "a.txt", "--month", "2023-13"],
        ["ingest", "a.txt", "--format", "latex"],
        ["ingest", "-", "-"],
    ])
    func usageErrorsExitWithTwo(arguments: [String]) {
        do {
            _ = try CNFinCommand.parseAsRoot(arguments)
            Issue.record("expected a usage error for \(arguments)")
        } catch {
            #expect((CNFinCommand.errorForExit(error) as? ExitCode)?.rawValue == 2)
        }
    }

    func runIngest(_ text: Data, _ extra: [String]) throws -> Bool {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-cli-\(UUID().uuidString).txt")
        try text.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var command = try CNFinCommand.parseAsRoot(["ingest", file.path] + extra)
        do {
            try command.run()
            return true
        } catch let code as ExitCode {
            #expect(code == .failure)
            return false
        }
    }

    @Test func runtimeErrorsExitWithOne() throws {
        #expect(try runIngest(Data(), []) == false)  // empty
        #expect(try runIngest(Data([0, 1, 2, 3]), []) == false)  // binary
        #expect(try runIngest(Data("没有数字的文字。".utf8), []) == false)  // no figures
        #expect(try runIngest(Data("5月份人民币贷款增加1.36万亿元。".utf8), []) == false)  // no year
        #expect(try runIngest(Data("5月份人民币贷款增加1.36万亿元。".utf8), ["--month", "2023-05", "--format", "json"]))
    }

    @Test func jsonRecordsHaveTheDocumentedFields() {
        let output = IngestOutput.json(figures: [], unparsed: [], checks: [], merge: nil)
        #expect(output.contains("\"records\""))
        #expect(output.contains("\"unparsed\""))
        #expect(output.contains("\"check\""))
        #expect(IngestCommand.helpMessage().contains("Examples:"))
    }
}
