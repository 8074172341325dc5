import Foundation
import Testing
@testable import CNFinSupport

/// Moved from CNFinOutputTests with ``AtomicFileWriter`` (CNFinOutput → CNFinSupport); the
/// kill-during-write test stays with the CLI (CNFinCLITests/KillDuringWriteTests).
@Suite struct AtomicFileWriterTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndRefusesToOverwrite() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.csv")
        try AtomicFileWriter().write("first\n", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "first\n")
        #expect(throws: AtomicWriteError.destinationExists(path: file.standardizedFileURL.path)) {
            try AtomicFileWriter().write("second\n", to: file)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first\n")
        try AtomicFileWriter(overwrite: true).write("second\n", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "second\n")
        // no temporary files are left behind
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func missingDirectory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("nope/out.csv")
        do {
            try AtomicFileWriter().write("x", to: file)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("directory does not exist"))
        }
    }
}
