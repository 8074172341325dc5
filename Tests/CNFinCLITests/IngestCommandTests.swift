import ArgumentParser
import CNFin
import Foundation
import Testing
@testable import CNFinCLI

@Suite struct IngestCommandTests {
    @Test(arguments: [
        ["ingest"],
        ["ingest", "a.txt", "--revise"],
        ["ingest", "a.txt", "--month", "2023-13"],
        ["ingest", "a.txt", "--format", "pdf"],
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
        let output = IngestReport(figures: [], checks: []).rendered(as: .json, language: .en)
        #expect(output.contains("\"records\""))
        #expect(output.contains("\"unparsed\""))
        #expect(output.contains("\"check\""))
        #expect(IngestCommand.helpMessage().contains("Examples:"))
    }

    /// A conflict is output with both clauses and neither value; --strict makes it an error (exit 1).
    @Test func conflictsAreOutputAndStrictRefusesThem() throws {
        let text = "2030年4月份，人民币贷款增加7300亿元。人民币贷款增加8300亿元。人民币存款增加1.1万亿元。"
        #expect(try runIngest(Data(text.utf8), []))
        #expect(try runIngest(Data(text.utf8), ["--strict"]) == false)
        let r = try IngestParser.parse(text: text, source: "t")
        let report = IngestReport(figures: r.figures, unparsed: r.unparsed, conflicts: r.conflicts)
        let json = report.rendered(as: .json, language: .en)
        #expect(json.contains("\"conflicts\""))
        #expect(json.contains("人民币贷款增加8300亿元"))
        #expect(json.contains("\"second_value\": 8300"))
        // The reader's text names the series (catalog name_en / name_zh), not the id.
        let plain = report.rendered(as: .text, language: .en)
        #expect(plain.contains("conflicts (1), neither value kept:"))
        #expect(plain.contains("New RMB deposits") && !plain.contains("deposits_increase"), "\(plain)")
        let chinese = report.rendered(as: .text, language: .zh)
        #expect(chinese.contains("相互矛盾的数字（1处），两个数值均未采用："))
        #expect(chinese.contains("人民币存款增加") && !chinese.contains("deposits_increase") && !chinese.contains("loans_increase"), "\(chinese)")
        #expect(IngestCommand.helpMessage().contains("--strict"))
    }
}
