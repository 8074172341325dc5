import Foundation
import Testing
@testable import CNFinSupport

@Suite struct FileContentsTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-support-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An empty file reads as no bytes (without `Data(contentsOf:)`, which leaks on it under LeakSanitizer),
    /// a file with bytes as its bytes, a missing one as an error naming the path.
    @Test func readsFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.csv")
        let full = dir.appendingPathComponent("full.csv")
        #expect(FileManager.default.createFile(atPath: empty.path, contents: Data()))
        #expect(FileManager.default.createFile(atPath: full.path, contents: Data("\u{FEFF}月份,值\r\n".utf8)))
        #expect(try FileContents.data(empty).isEmpty)
        #expect(try FileContents.text(empty) == "")
        #expect(try FileContents.data(atPath: full.path) == Data("\u{FEFF}月份,值\r\n".utf8))
        // Foundation's UTF-8 decoding drops a leading byte-order mark (as CSVTable.readText always did).
        #expect(try FileContents.text(full) == "月份,值\r\n")
        let missing = dir.appendingPathComponent("missing.csv")
        do {
            _ = try FileContents.data(missing)
            Issue.record("expected an error")
        } catch {
            #expect(error.path == missing.path)
            #expect(!error.reason.isEmpty)
        }
    }

    @Test func rejectsInvalidUTF8() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gbk.txt")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data([0xC4, 0xEA, 0xFF])))
        do {
            _ = try FileContents.text(file)
            Issue.record("expected an error")
        } catch {
            #expect(error == FileReadError(path: file.path, reason: "not valid UTF-8"))
        }
    }
}
