import Foundation
import Testing
@testable import CNFinReport

@Suite struct ReportWriterTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    let files: [(name: String, contents: String)] = [("report.md", "# new\n"), ("fig-a.svg", "<svg/>")]

    @Test func writesANewDirectoryAndLeavesNoTemporaries() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("report")
        try ReportWriter().write(files: files, to: out)
        #expect(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8) == "# new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
    }

    @Test func refusesANonEmptyDirectoryWithoutForce() throws {
        // A private parent: the writer stages its temporaries beside `out`, and the leftover check below
        // must not see those of tests running at the same time in the shared temporary directory.
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "# old\n".write(to: out.appendingPathComponent("report.md"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try ReportWriter().write(files: files, to: out) }
        #expect(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8) == "# old\n")
        // With force: the report's files are replaced, the user's file is kept.
        try ReportWriter(force: true).write(files: files, to: out)
        #expect(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8) == "# new\n")
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path).filter { $0.contains("cnfin-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func emptyExistingDirectoryIsFine() throws {
        let out = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        try ReportWriter().write(files: files, to: out)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fig-a.svg").path))
    }

    @Test func unwritableOrMissingParentIsAClearError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-cnfin-\(UUID().uuidString)/out")
        #expect(throws: ReportError.self) { try ReportWriter().write(files: files, to: missing) }
        let file = try temporaryDirectory().appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try ReportWriter(force: true).write(files: files, to: file) }
    }
}
