import CNFinDatasets
import Foundation
import Testing
@testable import CNFinRelease

/// `--data` directories with bad files give errors naming the file.
@Suite struct DataDirectoryTests {
    /// A copy of the bundled data in a fresh temporary directory.
    static func copyOfBundledData() throws -> URL {
        let source = try #require(Dataset.bundledDirectory)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-release-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: dir)
        return dir
    }

    @Test func copyLoadsLikeTheBundle() throws {
        let dir = try Self.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try ReleaseData.load(directory: dir)
        #expect(data.observation("m2", try .parse("2023-05"))?.source == "wangxf")
    }

    @Test func missingFile() throws {
        let dir = try Self.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("loans.csv"))
        do {
            _ = try ReleaseData.load(directory: dir)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("loans.csv"))
        }
    }

    @Test func malformedValue() throws {
        let dir = try Self.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("money.csv")
        var text = try String(contentsOf: url, encoding: .utf8)
        text += "m2,2023-13,abc,test\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try ReleaseData.load(directory: dir)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("money.csv"), "\(error.description)")
        }
    }
}
