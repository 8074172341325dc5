import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs an executable to completion with stdin/stdout/stderr on /dev/null, returning its
/// exit status. `posix_spawn` directly: Foundation's `Process` adds tens of milliseconds
/// of its own per launch on Linux, which would swamp a cold start.
/// Used for the cold-start case (`cnfin summary`) and its reference (`/bin/true`).
public enum ProcessSpawn {
    public static func run(_ path: String, _ arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard rc == 0 else { throw CaseUnavailable("cannot spawn \(path): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { throw CaseUnavailable("waitpid failed for \(path)") }
        }
        // WIFEXITED / WEXITSTATUS are macros unavailable in Swift.
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// The `cnfin` executable: `$CNFIN_BIN`, else `../.build/release/cnfin` relative to the Benchmarks package.
    public static func cnfinPath() -> String? {
        if let p = ProcessInfo.processInfo.environment["CNFIN_BIN"], FileManager.default.isExecutableFile(atPath: p) { return p }
        for candidate in ["../.build/release/cnfin", ".build/release/cnfin"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }
}
