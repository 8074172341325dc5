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
            let error = error as NSError
            throw FileReadError(path: url.path, reason: error.localizedDescription, systemErrorCode: posixCode(beneath: error))
        }
    }

    /// The POSIX error number beneath a Foundation error (a `POSIXError`, or an `NSError` of the POSIX domain).
    private static func posixCode(beneath error: NSError) -> Int32? {
        let underlying = error.userInfo[NSUnderlyingErrorKey]
        if let posix = underlying as? POSIXError { return posix.code.rawValue }
        if let ns = underlying as? NSError, ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
        return nil
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
public struct FileReadError: Error, Sendable, Hashable, LocalizedMessage {
    /// The path as given.
    public var path: String
    /// The reason (Foundation's description of the system error, or "not valid UTF-8").
    public var reason: String
    /// The POSIX error number beneath Foundation's error, when there is one: it names the cause in
    /// Chinese where Foundation's English ``reason`` is generic ("error 256").
    public var systemErrorCode: Int32?

    /// Creates an error.
    public init(path: String, reason: String, systemErrorCode: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.systemErrorCode = systemErrorCode
    }

    public var description: String { message(in: .en) }

    /// `path: reason`; in Chinese `「path」：无法读取（reason）`.
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en:
            return "\(path): \(reason)"
        case .zh:
            let why = systemErrorCode.map(ChineseWording.systemReason(code:)) ?? ChineseWording.systemReason(reason)
            return "\(ChineseWording.quoted(path))：无法读取（\(why)）"
        }
    }
}
