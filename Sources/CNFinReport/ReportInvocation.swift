/// How `cnfin report` was invoked, so that the report's "reproduce" commands and notebook cells are the
/// exact commands that produced it: the `--data` directory and the `--out` directory as the user gave
/// them (a relative path stays relative; nothing is expanded).
public struct ReportInvocation: Sendable, Hashable {
    /// `--data DIR`, when the report was made from a directory other than the bundled data.
    public var dataDirectory: String?
    /// `--out DIR`, when the report was written to a directory.
    public var outDirectory: String?

    /// Creates an invocation.
    public init(dataDirectory: String? = nil, outDirectory: String? = nil) {
        self.dataDirectory = dataDirectory
        self.outDirectory = outDirectory
    }

    /// ` --data DIR` (shell-quoted), or an empty string.
    var dataArguments: String {
        dataDirectory.map { " --data " + Self.shellQuoted($0) } ?? ""
    }

    /// `path` as one shell word: as is when it holds only safe characters, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy { s in
            (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
                || "_./-+:@%=,".unicodeScalars.contains(s)
        }
        if safe && !path.isEmpty { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
