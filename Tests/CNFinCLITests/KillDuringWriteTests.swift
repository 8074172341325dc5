import CNFin
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A process killed (SIGKILL) at any moment of a write leaves each target either unchanged or
/// complete (issue 13 §4): `report --out` (a new directory: absent or the whole report; an existing
/// one with --force: every file old or new, the user's other files untouched), `ingest --into`
/// (every dataset file old or new), `data show --output` (the file old or new). The kills are
/// spread over the command's run time, measured first.
@Suite(.serialized) struct KillDuringWriteTests {
    /// Every regular, non-hidden file under `directory` (relative path → contents).
    static func snapshot(_ directory: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) { out[name] = data }
        }
        return out
    }

    /// ``snapshot(_:)`` of a report directory with the directory's own path (which the report's
    /// reproduce commands quote as its `--out`, also JSON-escaped in the notebook) replaced by `OUT`,
    /// so that reports written to different directories compare equal when their content is.
    /// `also`: other directories whose reports were copied into `directory` (their files quote their own path).
    static func reportSnapshot(_ directory: URL, also: [URL] = []) -> [String: Data] {
        snapshot(directory).mapValues { data in
            guard var text = String(data: data, encoding: .utf8) else { return data }
            for path in ([directory] + also).map(\.path) {
                text = text.replacingOccurrences(of: path, with: "OUT")
                    .replacingOccurrences(of: path.replacingOccurrences(of: "/", with: "\\/"), with: "OUT")
            }
            return Data(text.utf8)
        }
    }

    /// Runs `arguments` and kills it after `delay` seconds (if still running); true when killed.
    static func runAndKill(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = try CLIProcess.process(arguments)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        let killed = process.isRunning && kill(process.processIdentifier, SIGKILL) == 0
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    /// The wall time of one complete run of `arguments`.
    static func duration(_ arguments: [String]) throws -> Double {
        let outcome = try CLIProcess.run(arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.seconds
    }

    /// Kill delays from 0 to 1.2 × the run time.
    static func delays(_ runTime: Double, count: Int = 16) -> [Double] {
        (0..<count).map { runTime * 1.2 * Double($0) / Double(count - 1) }
    }

    @Test func reportIntoANewDirectoryIsAbsentOrComplete() throws {
        let root = try CLIProcess.temporaryDirectory("kill-report")
        defer { try? FileManager.default.removeItem(at: root) }
        let reference = root.appendingPathComponent("reference")
        let arguments = ["report", "--month", "2023-05", "--lang", "en", "--out"]
        let runTime = try Self.duration(arguments + [reference.path])
        let expected = Self.reportSnapshot(reference)
        #expect(expected.count >= 3)
        var killed = 0, absent = 0, complete = 0
        for (i, delay) in Self.delays(runTime).enumerated() {
            let target = root.appendingPathComponent("out-\(i)")
            if try Self.runAndKill(arguments + [target.path], after: delay) { killed += 1 }
            if FileManager.default.fileExists(atPath: target.path) {
                #expect(Self.reportSnapshot(target) == expected, "out-\(i) after \(delay) s is neither absent nor complete")
                complete += 1
            } else {
                absent += 1
            }
        }
        #expect(killed > 0)
        #expect(absent + complete == 16)
    }

    @Test func reportIntoAnExistingDirectoryReplacesFilesWhole() throws {
        let root = try CLIProcess.temporaryDirectory("kill-report-force")
        defer { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("old"), new = root.appendingPathComponent("new")
        _ = try Self.duration(["report", "--month", "2023-04", "--lang", "en", "--out", old.path])
        let arguments = ["report", "--month", "2023-05", "--lang", "en", "--force", "--out"]
        let runTime = try Self.duration(arguments + [new.path])
        let before = Self.reportSnapshot(old), after = Self.reportSnapshot(new)
        let user = Data("the user's own notes\n".utf8)
        for (i, delay) in Self.delays(runTime).enumerated() {
            let target = root.appendingPathComponent("out-\(i)")
            try FileManager.default.copyItem(at: old, to: target)
            try user.write(to: target.appendingPathComponent("notes.txt"))
            _ = try Self.runAndKill(arguments + [target.path], after: delay)
            let state = Self.reportSnapshot(target, also: [old])
            #expect(state["notes.txt"] == user, "the user's file was touched")
            for (name, data) in state where name != "notes.txt" {
                #expect(data == before[name] || data == after[name], "out-\(i)/\(name) after \(delay) s is partial")
            }
        }
    }

    @Test func ingestIntoADatasetReplacesFilesWhole() throws {
        let root = try CLIProcess.temporaryDirectory("kill-ingest")
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try CLIProcess.run(["summary", "--month", "2023-05", "--lang", "zh"])
        let text = root.appendingPathComponent("release.txt")
        try Data(summary.stdout.utf8).write(to: text)
        // The bundled data without three May 2023 figures, which ingest adds back.
        let original = root.appendingPathComponent("original")
        try FileManager.default.copyItem(at: try #require(Dataset.bundledDirectory), to: original)
        for (file, ids) in [("money.csv", ["m2", "m1_yoy"]), ("loans.csv", ["loans_increase"])] {
            let url = original.appendingPathComponent(file)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let kept = lines.filter { line in !ids.contains { line.hasPrefix("\($0),2023-05,") } }
            #expect(kept.count == lines.count - ids.count)
            try Data(kept.joined(separator: "\n").utf8).write(to: url)
        }
        let reference = root.appendingPathComponent("reference")
        try FileManager.default.copyItem(at: original, to: reference)
        let arguments = ["ingest", text.path, "--month", "2023-05", "--into"]
        let runTime = try Self.duration(arguments + [reference.path])
        let before = Self.snapshot(original), after = Self.snapshot(reference)
        #expect(before != after, "the reference run changed the dataset")
        for (i, delay) in Self.delays(runTime).enumerated() {
            let target = root.appendingPathComponent("data-\(i)")
            try FileManager.default.copyItem(at: original, to: target)
            _ = try Self.runAndKill(arguments + [target.path], after: delay)
            let state = Self.snapshot(target)
            #expect(Set(state.keys) == Set(before.keys))
            for (name, data) in state {
                #expect(data == before[name] || data == after[name], "data-\(i)/\(name) after \(delay) s is partial")
            }
        }
    }

    @Test func dataShowOutputIsOldOrNew() throws {
        let root = try CLIProcess.temporaryDirectory("kill-output")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("m2.csv")
        let old = Data("month,m2\n2000-01,1\n".utf8)
        let arguments = ["data", "show", "m2", "m1", "m0", "--format", "csv", "--overwrite", "--output", file.path]
        try old.write(to: file)
        let runTime = try Self.duration(arguments)
        let new = try Data(contentsOf: file)
        #expect(new != old)
        for delay in Self.delays(runTime) {
            try old.write(to: file)
            _ = try Self.runAndKill(arguments, after: delay)
            let state = try Data(contentsOf: file)
            #expect(state == old || state == new, "after \(delay) s the file is partial")
        }
    }
}
