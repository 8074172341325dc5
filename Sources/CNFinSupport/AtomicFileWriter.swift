import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file atomically: the bytes go to a temporary file in the same
/// directory, which is flushed to disk (`fsync`) and then renamed onto the
/// destination, so readers — and a process killed at any moment, or a machine
/// that loses power — see either the old file or the complete new one, never a
/// partial write. A killed process may leave its hidden temporary file
/// (`.NAME.UUID.tmp`) beside the destination; the destination is never touched.
///
/// Without ``overwrite`` an existing destination is refused
/// (``AtomicWriteError/destinationExists(path:)``); the check and the final
/// step are one atomic `link(2)`, so a file created concurrently is not
/// clobbered either.
public struct AtomicFileWriter: Sendable {
    /// Whether an existing destination file may be replaced.
    public var overwrite: Bool

    /// Creates a writer.
    public init(overwrite: Bool = false) {
        self.overwrite = overwrite
    }

    /// Writes `text` as UTF-8 to `url`.
    public func write(_ text: String, to url: URL) throws(AtomicWriteError) {
        try write(Data(text.utf8), to: url)
    }

    /// Writes several files as one step, as far as a file system allows: every file is first
    /// written and flushed to its temporary file, and only when all of them are on disk are they
    /// renamed onto their destinations, in order; if a temporary write fails, no destination is
    /// touched and the temporaries are removed. (A failure between two renames leaves the earlier
    /// destinations new and the later ones old — each file is still whole.)
    public func write(files: [(url: URL, data: Data)]) throws(AtomicWriteError) {
        var staged: [(temporary: URL, destination: URL)] = []
        func discard(_ list: ArraySlice<(temporary: URL, destination: URL)>) {
            for item in list { unlink(item.temporary.path) }
        }
        for file in files {
            do {
                staged.append(try stage(file.data, for: file.url))
            } catch {
                discard(staged[...])
                throw error
            }
        }
        for (k, item) in staged.enumerated() {
            do {
                try commit(item.temporary, onto: item.destination)
            } catch {
                discard(staged[(k + 1)...])
                throw error
            }
        }
    }

    /// Writes `data` to `url`.
    public func write(_ data: Data, to url: URL) throws(AtomicWriteError) {
        let (temporary, destination) = try stage(data, for: url)
        try commit(temporary, onto: destination)
    }

    /// Writes `data` to a flushed temporary file beside `url`'s destination, after the checks
    /// (directory present, destination absent unless ``overwrite``).
    private func stage(_ data: Data, for url: URL) throws(AtomicWriteError) -> (temporary: URL, destination: URL) {
        let destination = url.standardizedFileURL
        let path = destination.path
        let directory = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .directoryMissing(path: directory.path)
        }
        if !overwrite && FileManager.default.fileExists(atPath: path) {
            throw .destinationExists(path: path)
        }
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: [])
            let handle = try FileHandle(forUpdating: temporary)
            defer { try? handle.close() }
            try handle.synchronize()
        } catch {
            unlink(temporary.path)
            throw .writeFailed(path: temporary.path, reason: "\(error)")
        }
        return (temporary, destination)
    }

    /// Moves a staged temporary file onto `destination` (`rename(2)`, or `link(2)` without
    /// ``overwrite`` so a destination created meanwhile is not clobbered); removes the temporary.
    private func commit(_ temporary: URL, onto destination: URL) throws(AtomicWriteError) {
        let path = destination.path
        if overwrite {
            if rename(temporary.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary.path)
                throw .writeFailed(path: path, reason: reason)
            }
        } else {
            let status = link(temporary.path, path)
            let code = errno
            unlink(temporary.path)
            if status != 0 {
                if code == EEXIST { throw .destinationExists(path: path) }
                throw .writeFailed(path: path, reason: String(cString: strerror(code)))
            }
        }
    }
}

/// Why an ``AtomicFileWriter`` could not write.
public enum AtomicWriteError: Error, Equatable, LocalizedMessage {
    /// The destination exists and overwriting was not allowed.
    case destinationExists(path: String)
    /// The destination's directory does not exist.
    case directoryMissing(path: String)
    /// The operating system refused a write or rename.
    case writeFailed(path: String, reason: String)

    public var description: String { message(in: .en) }

    /// The message in `language`; the path is quoted in 「」 in Chinese, the system's reason translated
    /// by ``ChineseWording/systemReason(_:)``.
    public func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case (.destinationExists(let path), .en):
            return "\(path): file exists; refusing to overwrite it"
        case (.destinationExists(let path), .zh):
            return "\(ChineseWording.quoted(path))：文件已存在，不予覆盖"
        case (.directoryMissing(let path), .en):
            return "\(path): directory does not exist"
        case (.directoryMissing(let path), .zh):
            return "\(ChineseWording.quoted(path))：所在目录不存在"
        case (.writeFailed(let path, let reason), .en):
            return "\(path): cannot write: \(reason)"
        case (.writeFailed(let path, let reason), .zh):
            return "\(ChineseWording.quoted(path))：无法写入（\(ChineseWording.systemReason(reason))）"
        }
    }
}
