import CZlib
import Foundation

/// A ZIP archive read from memory through its central directory
/// (PKWARE APPNOTE 6.3: end-of-central-directory record, central file
/// headers, local file headers). Entries are stored (method 0) or deflated
/// (method 8, inflated by ``RawInflate``); each entry's CRC-32 is checked.
/// ZIP64 and encrypted entries are refused.
struct ZipArchive: Sendable {
    struct Entry: Sendable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let data: [UInt8]
    let file: String
    private(set) var entries: [String: Entry] = [:]

    init(bytes: [UInt8], file: String) throws(SpreadsheetError) {
        data = bytes
        self.file = file
        let n = bytes.count
        guard n >= 22 else { throw .corruptArchive(file: file, reason: "\(n) bytes, too short for a ZIP file") }
        // The end-of-central-directory record: the last occurrence of PK\5\6 within 22 + 65535 bytes of the end.
        var eocd = -1
        var k = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while k >= lowest {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x05, bytes[k + 3] == 0x06 { eocd = k; break }
            k -= 1
        }
        guard eocd >= 0 else {
            throw .corruptArchive(file: file, reason: "no end-of-central-directory record (the file is truncated)")
        }
        let count = Int(ZipArchive.u16(bytes, eocd + 10))
        let cdSize = Int(ZipArchive.u32(bytes, eocd + 12))
        let cdOffset = Int(ZipArchive.u32(bytes, eocd + 16))
        if count == 0xFFFF || cdOffset == 0xFFFF_FFFF {
            throw .corruptArchive(file: file, reason: "ZIP64 archives are not supported")
        }
        guard cdOffset + cdSize <= eocd else {
            throw .corruptArchive(file: file, reason: "the central directory (offset \(cdOffset), \(cdSize) bytes) lies outside the file")
        }
        var p = cdOffset
        for i in 0..<count {
            guard p + 46 <= eocd, ZipArchive.u32(bytes, p) == 0x0201_4B50 else {
                throw .corruptArchive(file: file, reason: "central directory entry \(i + 1) of \(count) is damaged")
            }
            let flags = ZipArchive.u16(bytes, p + 8)
            let method = ZipArchive.u16(bytes, p + 10)
            let crc = ZipArchive.u32(bytes, p + 16)
            let csize = Int(ZipArchive.u32(bytes, p + 20))
            let usize = Int(ZipArchive.u32(bytes, p + 24))
            let nameLength = Int(ZipArchive.u16(bytes, p + 28))
            let extraLength = Int(ZipArchive.u16(bytes, p + 30))
            let commentLength = Int(ZipArchive.u16(bytes, p + 32))
            let offset = Int(ZipArchive.u32(bytes, p + 42))
            let end = p + 46 + nameLength + extraLength + commentLength
            guard end <= eocd else {
                throw .corruptArchive(file: file, reason: "central directory entry \(i + 1) runs past the directory")
            }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(name: name, method: method, flags: flags, crc: crc, compressedSize: csize,
                                  uncompressedSize: usize, localHeaderOffset: offset)
            p = end
        }
    }

    /// Whether the archive holds `name`.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The uncompressed bytes of entry `name`.
    func read(_ name: String, maxBytes: Int) throws(SpreadsheetError) -> [UInt8] {
        guard let e = entries[name] else { throw .malformed(file: file, part: name, reason: "missing from the archive") }
        if e.flags & 1 != 0 { throw .encrypted(file: file) }
        guard e.uncompressedSize <= maxBytes else {
            throw .limitExceeded(file: file, sheet: name, cell: "-", limit: "\(maxBytes) uncompressed bytes per part (\(e.uncompressedSize) declared)")
        }
        let h = e.localHeaderOffset
        guard h + 30 <= data.count, ZipArchive.u32(data, h) == 0x0403_4B50 else {
            throw .corruptArchive(file: file, reason: "\(name): local header at offset \(h) is missing or damaged")
        }
        let start = h + 30 + Int(ZipArchive.u16(data, h + 26)) + Int(ZipArchive.u16(data, h + 28))
        guard start + e.compressedSize <= data.count else {
            throw .corruptArchive(file: file, reason: "\(name): compressed data runs past the end of the file (truncated)")
        }
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.uncompressedSize else {
                throw .corruptArchive(file: file, reason: "\(name): stored entry with different sizes")
            }
            out = Array(data[start..<(start + e.compressedSize)])
        case 8:
            out = try data.withUnsafeBufferPointer { buffer throws(SpreadsheetError) in
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<(start + e.compressedSize)])
                return try RawInflate.inflate(slice, expectedSize: e.uncompressedSize, file: file, part: name)
            }
        default:
            throw .corruptArchive(file: file, reason: "\(name): compression method \(e.method) is not supported (only stored and deflate)")
        }
        let crc = out.withUnsafeBufferPointer { b -> UInt32 in
            UInt32(truncatingIfNeeded: crc32(0, b.baseAddress, uInt(b.count)))
        }
        guard crc == e.crc else {
            throw .corruptArchive(file: file, reason: "\(name): CRC-32 mismatch (the data are damaged)")
        }
        return out
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
