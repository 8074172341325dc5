import CNFinSupport
import Foundation

/// Opens a workbook, choosing the reader from the file's first bytes (not
/// its extension): `PK\3\4` → `.xlsx` (ZIP), `D0 CF 11 E0 A1 B1 1A E1` →
/// OLE2 compound file, i.e. `.xls` BIFF8 (``XLSReader``, in Swift) — or, when
/// the container holds an `EncryptedPackage` stream, an encrypted `.xlsx`.
public enum SpreadsheetReader {
    /// What the first bytes say a file is.
    public enum Signature: Sendable, Hashable {
        case zip, ole2, other
    }

    /// The signature of `bytes`.
    public static func signature(of bytes: some Collection<UInt8>) -> Signature {
        let head = Array(bytes.prefix(8))
        if head.count >= 4, head[0] == 0x50, head[1] == 0x4B, head[2] == 0x03 || head[2] == 0x05, head[3] == 0x04 || head[3] == 0x06 {
            return .zip
        }
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .ole2 }
        return .other
    }

    /// Reads the workbook at `path`; errors name it as `name` (default: the path).
    public static func read(path: String, name: String? = nil, limits: SpreadsheetLimits = .default) throws(SpreadsheetError) -> Workbook {
        let file = name ?? path
        return try read(bytes: try contents(path: path, file: file), name: file, limits: limits)
    }

    /// Reads a workbook from memory (`.xlsx` or `.xls`, as the first bytes say); errors name it as `name`.
    public static func read(bytes: [UInt8], name file: String, limits: SpreadsheetLimits = .default) throws(SpreadsheetError) -> Workbook {
        switch signature(of: bytes) {
        case .zip:
            return try XLSXReader.read(bytes: bytes, file: file, limits: limits)
        case .ole2:
            return try XLSReader.read(bytes: bytes, file: file, limits: limits)
        case .other:
            throw .unknownFormat(file: file, reason: bytes.isEmpty ? "the file is empty"
                                 : "its first bytes are neither a ZIP (.xlsx) nor an OLE2 (.xls) signature")
        }
    }

    /// The bytes of the file at `path` (CNFinSupport's ``FileContents``, which reads an empty file
    /// without `Data(contentsOf:)`'s leak — found by Fuzz/FuzzXLS under LeakSanitizer).
    static func contents(path: String, file: String) throws(SpreadsheetError) -> [UInt8] {
        do { return [UInt8](try FileContents.data(atPath: path)) } catch {
            throw .unreadable(file: file, reason: error.reason)
        }
    }

    /// Reads an `.xlsx` workbook from memory (refusing anything else).
    public static func readXLSX(bytes: [UInt8], name: String, limits: SpreadsheetLimits = .default) throws(SpreadsheetError) -> Workbook {
        guard signature(of: bytes) == .zip else {
            throw .unknownFormat(file: name, reason: "not a ZIP (.xlsx) archive")
        }
        return try XLSXReader.read(bytes: bytes, file: name, limits: limits)
    }
}
