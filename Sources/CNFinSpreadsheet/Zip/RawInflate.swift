import CZlib

/// Raw DEFLATE decompression (RFC 1951, no zlib/gzip wrapper) through zlib's
/// `inflate` with a negative window size (−15), as ZIP entries are stored.
enum RawInflate {
    /// Inflates `input` into exactly `expectedSize` bytes; fails on damaged
    /// data, on data that end early and on output longer than declared.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, expectedSize: Int, file: String,
                        part: String) throws(SpreadsheetError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptArchive(file: file, reason: "\(part): zlib could not be initialised")
        }
        defer { inflateEnd(&stream) }
        // One spare byte detects output longer than the declared size.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        let status: Int32 = output.withUnsafeMutableBufferPointer { out in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            return CZlib.inflate(&stream, Z_FINISH)
        }
        let produced = Int(stream.total_out)
        guard status == Z_STREAM_END else {
            let reason = status == Z_BUF_ERROR ? "the compressed data end early (truncated)" : "invalid deflate data (zlib status \(status))"
            throw .corruptArchive(file: file, reason: "\(part): \(reason)")
        }
        guard produced == expectedSize else {
            throw .corruptArchive(file: file, reason: "\(part): inflated to \(produced) bytes, the directory says \(expectedSize)")
        }
        output.removeLast()
        return output
    }
}
