import ArgumentParser
import Foundation
import Testing
@testable import CNFinCLI
import CNFin

/// One dataset load per run: a command reads the dataset once and takes the header's data currency (and a
/// workbook's heading) from that load — counted by ``DatasetLoadCounter`` on a directory of this test's own
/// (links to the bundled files), so that tests running in parallel do not count.
@Suite struct DatasetLoadTests {
    /// A fresh dataset directory: links to every bundled data file.
    static func linkedDataDirectory() throws -> URL {
        let bundled = try #require(Dataset.bundledDirectory)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-loads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
            try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent(name),
                                                       withDestinationURL: bundled.appendingPathComponent(name))
        }
        return directory
    }

    static let commands: [[String]] = [
        ["seasonal", "m2", "--data-dir"], ["seasonal", "m2", "--format", "xlsx", "--data-dir"],
        ["filter", "hp", "m2", "--data-dir"], ["forecast", "m2_yoy", "--horizon", "3", "--data-dir"],
        ["test", "adf", "m2_yoy", "--data-dir"], ["test", "kpss", "m2_yoy", "--format", "xlsx", "--data-dir"],
        ["regress", "--y", "m2_yoy", "--x", "m1_yoy", "--data-dir"],
        ["regress", "--y", "m2_yoy", "--x", "m1_yoy", "--format", "xlsx", "--data-dir"],
        ["regress", "--y", "m2_yoy", "--x", "m1_yoy", "--rolling", "36", "--format", "json", "--data-dir"],
        ["data", "show", "m2", "m2:yoy", "--data-dir"], ["decompose", "money", "--month", "2023-05", "--data"],
    ]

    @Test(arguments: commands)
    func oneLoadPerRun(arguments: [String]) throws {
        let directory = try Self.linkedDataDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent(arguments.contains("xlsx") ? "out.xlsx" : "out.txt")
        var command = try CNFinCommand.parseAsRoot(arguments + [directory.path, "--output", output.path])
        try command.run()
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(DatasetLoadCounter.shared.count(directory.path) == 1, "\(arguments.joined(separator: " "))")
    }
}
