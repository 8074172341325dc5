import CZlib

/// Raw DEFLATE decompression (RFC 1951, no zlib/gzip wrapper) through zlib's
/// `inflate` with a negative window size (−15), as ZIP entries are stored.
enum RawInflate {
    /// The largest ratio of inflated to compressed size deflate can reach:
    /// one length/distance pair (at least one bit each) gives at most 258
    /// bytes, so 8 bits give at most 1032 (zlib's technical details,
    /// "Maximum Compression Factor").
    static let maximumRatio = 1032

    /// Inflates `input` into exactly `expectedSize` bytes; fails on damaged
    /// data, on data that end early and on output longer than declared —
    /// and, before allocating anything, on a declared size that `input`
    /// cannot inflate to (more than ``maximumRatio`` times its size), so that
    /// a few bytes declaring a gigabyte cost nothing.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, expectedSize: Int, file: String,
                        part: String) throws(SpreadsheetError) -> [UInt8] {
        guard expectedSize >= 0, expectedSize / maximumRatio <= input.count else {
            throw .corruptArchive(file: file, reason: "\(part): the directory declares \(expectedSize) bytes from \(input.count) compressed bytes, "
                                  + "more than deflate can produce (\(maximumRatio):1)")
        }
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
