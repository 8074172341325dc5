import CNFinOutput
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report's files into a directory without leaving anything half-written.
///
/// All files are first written into a fresh temporary directory in the same
/// parent (so the final moves are `rename(2)` on one file system), then moved
/// into place: a new directory is renamed as a whole; into an existing one
/// (only with `force`) each file replaces the file of the same name. Files of
/// the user that the report does not write are never touched or deleted.
///
/// A process killed at any moment leaves a new target absent or complete (one
/// `rename(2)` of the whole directory). Into an existing directory each file is
/// replaced atomically — old or new, never partial — but a kill between two
/// replacements leaves some files of the new report beside others of the old.
/// A killed process may leave its hidden staging directory next to the target.
public struct ReportWriter: Sendable {
    /// Whether an existing non-empty directory may receive the report's files.
    public var force: Bool

    public init(force: Bool = false) { self.force = force }

    /// The files of a report: `report.md`, `report.html`, `report.ipynb` and the SVG charts.
    public static func files(of report: MonthlyReport) -> [(name: String, contents: String)] {
        var files: [(String, String)] = [("report.md", report.markdown()), ("report.html", report.html()), ("report.ipynb", report.notebook())]
        for s in report.sections { if let name = s.svgFileName, let svg = s.svg { files.append((name, svg)) } }
        return files
    }

    /// Writes `report` into `directory`; returns the paths written.
    @discardableResult
    public func write(_ report: MonthlyReport, to directory: URL) throws(ReportError) -> [URL] {
        try write(files: Self.files(of: report), to: directory)
    }

    /// Writes `files` (name → UTF-8 text) into `directory`.
    @discardableResult
    public func write(files: [(name: String, contents: String)], to directory: URL) throws(ReportError) -> [URL] {
        let fm = FileManager.default
        let target = directory.standardizedFileURL
        let path = target.path
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw .outputNotADirectory(path: path) }
            let contents = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
            if !contents.isEmpty, !force { throw .outputNotEmpty(path: path, files: contents) }
            guard access(path, W_OK | X_OK) == 0 else { throw .cannotWrite(path: path, reason: "permission denied") }
            for f in files {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: target.appendingPathComponent(f.name).path, isDirectory: &isDir), isDir.boolValue {
                    throw .cannotWrite(path: target.appendingPathComponent(f.name).path, reason: "a directory of that name is in the way")
                }
            }
        }
        let parent = target.deletingLastPathComponent()
        var parentIsDirectory: ObjCBool = false
        guard fm.fileExists(atPath: parent.path, isDirectory: &parentIsDirectory), parentIsDirectory.boolValue else {
            throw .cannotWrite(path: path, reason: "the parent directory '\(parent.path)' does not exist")
        }
        guard access(parent.path, W_OK | X_OK) == 0 || exists else {
            throw .cannotWrite(path: path, reason: "the parent directory '\(parent.path)' is not writable")
        }
        // Staging directory beside the target (falls back to inside it when only the target is writable).
        let stagingParent = access(parent.path, W_OK | X_OK) == 0 ? parent : target
        let staging = stagingParent.appendingPathComponent(".\(target.lastPathComponent).cnfin-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create a temporary directory in '\(stagingParent.path)': \(error.localizedDescription)")
        }
        func cleanUp() { try? fm.removeItem(at: staging) }
        // Every file through the project's one atomic writer (flushed before it is renamed).
        for f in files {
            do throws(AtomicWriteError) {
                try AtomicFileWriter(overwrite: false).write(f.contents, to: staging.appendingPathComponent(f.name))
            } catch {
                cleanUp()
                throw .cannotWrite(path: path, reason: "\(f.name): \(error.description)")
            }
        }
        if !exists {
            guard rename(staging.path, path) == 0 else {
                let reason = String(cString: strerror(errno))
                cleanUp()
                throw .cannotWrite(path: path, reason: reason)
            }
            return files.map { target.appendingPathComponent($0.name) }
        }
        var written: [URL] = []
        for f in files {
            let destination = target.appendingPathComponent(f.name)
            guard rename(staging.appendingPathComponent(f.name).path, destination.path) == 0 else {
                let reason = String(cString: strerror(errno))
                cleanUp()
                throw .cannotWrite(path: destination.path, reason: reason)
            }
            written.append(destination)
        }
        cleanUp()
        return written
    }
}
