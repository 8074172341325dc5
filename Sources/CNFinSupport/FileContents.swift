import Foundation

/// Reading a whole file: the one way every module reads an input file into memory.
///
/// An empty regular file is read as no bytes without `Data(contentsOf:)`, whose Linux
/// implementation leaks its 4 KiB read buffer on a zero-byte file (found by Fuzz/FuzzDataset and
/// Fuzz/FuzzXLS under LeakSanitizer); every other file goes through `Data(contentsOf:)`, so the
/// reasons in errors are Foundation's.
public enum FileContents {
    /// The bytes of the file at `url`.
    public static func data(_ url: URL) throws(FileReadError) -> Data {
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
           attributes[.type] as? FileAttributeType == .typeRegular, (attributes[.size] as? NSNumber)?.intValue == 0
        {
            return Data()
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw FileReadError(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The bytes of the file at `path`.
    public static func data(atPath path: String) throws(FileReadError) -> Data {
        try data(URL(fileURLWithPath: path))
    }

    /// The UTF-8 text of the file at `url`; an error when the bytes are not valid UTF-8.
    public static func text(_ url: URL) throws(FileReadError) -> String {
        let bytes = try data(url)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw FileReadError(path: url.path, reason: "not valid UTF-8")
        }
        return text
    }
}

/// Why a file could not be read: its path, and the system's reason.
public struct FileReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// The reason (Foundation's description of the system error, or "not valid UTF-8").
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
