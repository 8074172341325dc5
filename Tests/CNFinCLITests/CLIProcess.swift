import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `cnfin` executable as a user does: a separate process, its exit status or
/// the signal that ended it, standard output and error, and the wall time.
struct CLIProcess {
    struct Outcome {
        /// The exit status, or the signal number when `signaled`.
        var status: Int32
        /// Whether a signal ended the process (a trap is SIGILL/SIGTRAP, an abort SIGABRT).
        var signaled: Bool
        var stdout: String
        var stderr: String
        var seconds: Double
        /// Whether the run was killed for exceeding its time limit.
        var timedOut: Bool
    }

    /// The `cnfin` executable next to the test bundle (`swift test` builds every product).
    static func executable() -> URL? {
        var candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return candidates.map { $0.appendingPathComponent("cnfin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A `Process` that runs `cnfin arguments…`, not yet started.
    ///
    /// When the environment variable `CNFIN_TEST_EMULATOR` is set (for example to
    /// `qemu-x86_64 -cpu Nehalem`, `.ci/run-emulated`), the executable is run through that command, words
    /// separated by spaces: the suite then checks the CLI on an emulated CPU whose OpenBLAS kernel and
    /// glibc math routines differ from the host's, as it checks the library in the emulated test process.
    static func process(_ arguments: [String]) throws -> Process {
        guard let cnfin = executable() else { throw CLIProcessError.notBuilt }
        let process = Process()
        let emulator = (ProcessInfo.processInfo.environment["CNFIN_TEST_EMULATOR"] ?? "")
            .split(separator: " ").map(String.init)
        if !emulator.isEmpty {
            // `env` finds the emulator on PATH.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = emulator + [cnfin.path] + arguments
        } else {
            process.executableURL = cnfin
            process.arguments = arguments
        }
        return process
    }

    /// A fresh temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `cnfin arguments…` in `directory`; kills it (SIGKILL) after `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double = 120) throws -> Outcome {
        let scratch = try temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = try process(arguments)
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let began = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(began) > timeout {
                kill(process.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                       stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
                       stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self),
                       seconds: Date().timeIntervalSince(began), timedOut: timedOut)
    }
}

enum CLIProcessError: Error { case notBuilt }
