import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where ``CSVStreamReader`` gets its bytes: a file, or in tests a text handed out in pieces.
protocol CSVByteSource {
    /// Copies up to `buffer.count` next bytes into `buffer` and returns how many; 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int
}

/// Bytes in memory as a ``CSVByteSource``.
struct CSVBytes: CSVByteSource {
    let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        let n = min(buffer.count, bytes.count - position)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress, let to = buffer.baseAddress { to.copyMemory(from: from + position, byteCount: n) }
        }
        position += n
        return n
    }
}

/// Reads a CSV file in chunks and hands each record to a consumer as it is scanned, so that
/// memory is bounded by the chunk size and the longest record, not by the file: the streaming
/// path of the project's one CSV stack (the tokenizer is ``CSVRecordScanner``, the dialect that
/// of ``CSVScanner`` and ``CSVTable``).
///
/// The buffer starts at `chunkSize` bytes and holds the unconsumed tail of the previous chunk
/// (the record the chunk cut) followed by new bytes; when one record fills the whole buffer, the
/// buffer doubles. Every record is scanned once, plus a rescan of the one record cut per chunk
/// (a record longer than the buffer is rescanned once per doubling: linear in total).
///
/// The text must be UTF-8, as ``CSVTable/readText(_:)`` requires: each new chunk is validated
/// (a multi-byte character cut by the chunk's end is validated with the next one), and when
/// reading stops at an error the rest of the file is still validated, so that a file that is not
/// UTF-8 gives ``CSVError/unreadable(file:reason:)`` whatever else is wrong in it, as before.
enum CSVStreamReader {
    /// One record, valid only during the consumer's call.
    struct Record {
        /// The chunk holding the record.
        let buffer: UnsafeBufferPointer<UInt8>
        /// The fields scanned since the last record (this record's are `row.first ..< row.first + row.count`).
        let spans: [CSVScanner.Span]
        /// The record.
        let row: CSVScanner.Row
        /// The file name used in locations.
        let file: String

        /// The number of fields.
        var count: Int { row.count }
        /// The line on which the record starts.
        var line: Int { row.line }

        /// Field `j` (0-based).
        func span(_ j: Int) -> CSVScanner.Span { spans[row.first + j] }
        /// The location of field `j`.
        func location(_ j: Int) -> CSVLocation {
            let span = span(j)
            return CSVLocation(file: file, line: span.line, column: span.column)
        }
        /// The trimmed text of field `j`.
        func trimmedText(_ j: Int) -> String { CSVScanner.trimmedText(span(j), in: buffer) }
        /// The number in field `j` when it is plain ASCII decimal text (``CSVScanner/plainNumber(_:in:)``).
        func plainNumber(_ j: Int) -> Double? { CSVScanner.plainNumber(span(j), in: buffer) }
        /// The month in field `j`.
        func month(_ j: Int) throws(CSVError) -> Month { try CSVScanner.month(span(j), in: buffer, file: file) }
    }

    /// The default chunk: 1 MiB, large enough that the per-chunk work (a read, moving the cut
    /// record) is negligible, small enough to stay in the second-level cache.
    static let defaultChunkSize = 1 << 20

    /// Calls `body` with every kept record of the file at `url`, the header first; the file name
    /// in locations is the last path component, as in ``CSVTable/init(url:requiredColumns:)``.
    static func forEachRecord(url: URL, chunkSize: Int = defaultChunkSize,
                              _ body: (Record) throws(CSVError) -> Void) throws(CSVError)
    {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(url, errno) }
        defer { close(descriptor) }
        var source = FileSource(descriptor: descriptor, url: url)
        try forEachRecord(source: &source, file: url.lastPathComponent, path: url.path, chunkSize: chunkSize, body)
    }

    /// Calls `body` with every kept record of the bytes of `source`; `file` names locations and
    /// `path` the file in ``CSVError/unreadable(file:reason:)``.
    static func forEachRecord<Source: CSVByteSource>(source: inout Source, file: String, path: String, chunkSize: Int,
                                                     _ body: (Record) throws(CSVError) -> Void) throws(CSVError)
    {
        var chunk = Chunk(capacity: max(chunkSize, 4), path: path)
        defer { chunk.storage.deallocate() }
        do throws(CSVError) {
            try chunk.fill(from: &source)
            var scanner = CSVRecordScanner(file: file)
            var position = CSVRecordScanner.textStart(chunk.bytes)
            while true {
                switch try scanner.next(chunk.bytes, from: position, atEnd: chunk.atEnd) {
                case .record(let row, let next):
                    try body(Record(buffer: chunk.bytes, spans: scanner.spans, row: row, file: file))
                    scanner.spans.removeAll(keepingCapacity: true)
                    position = next
                case .needMore(let restart):
                    chunk.keep(from: restart)
                    try chunk.fill(from: &source)
                    position = 0
                case .end:
                    return
                }
            }
        } catch {
            // As when the whole file was read first: a file that is not UTF-8 says so.
            if case .unreadable = error { throw error }
            try chunk.validateRest(of: &source)
            throw error
        }
    }

    /// The buffer: `storage[0 ..< count]` holds bytes of the file, valid UTF-8 up to `validated`.
    private struct Chunk {
        var storage: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        var validated = 0
        var atEnd = false
        let path: String

        init(capacity: Int, path: String) {
            self.capacity = capacity
            self.path = path
            storage = .allocate(capacity: capacity)
        }

        var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

        /// Drops the bytes before `restart`; when nothing can be dropped the buffer doubles.
        mutating func keep(from restart: Int) {
            if restart == 0 {
                guard count == capacity else { return }
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: storage, count: count)
                storage.deallocate()
                storage = larger
                capacity *= 2
            } else {
                memmove(storage, storage + restart, count - restart)
                count -= restart
                validated = max(validated - restart, 0)
            }
        }

        /// Reads until the buffer is full or the source ends, and validates the new bytes.
        mutating func fill<Source: CSVByteSource>(from source: inout Source) throws(CSVError) {
            while count < capacity && !atEnd {
                let got = try source.read(into: UnsafeMutableRawBufferPointer(start: storage + count, count: capacity - count))
                if got == 0 { atEnd = true } else { count += got }
            }
            try validate()
        }

        /// Validates `storage[validated ..< count]`, except a multi-byte character cut by the end
        /// of the buffer when more bytes follow.
        mutating func validate() throws(CSVError) {
            var end = count
            if !atEnd {
                // Back over continuation bytes to the last lead byte; keep its character for
                // later if it is not complete yet.
                var lead = count - 1
                while lead >= validated, lead > count - 4, storage[lead] & 0xC0 == 0x80 { lead -= 1 }
                if lead >= validated, storage[lead] >= 0xC0 {
                    let length = storage[lead] >= 0xF0 ? 4 : storage[lead] >= 0xE0 ? 3 : 2
                    if lead + length > count { end = lead }
                }
            }
            guard end > validated else { return }
            var i = validated
            // ASCII, eight bytes at a time.
            while i + 8 <= end {
                let word = UnsafeRawPointer(storage + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            while i < end, storage[i] < 0x80 { i += 1 }
            if i < end, String(validating: UnsafeBufferPointer(start: storage + i, count: end - i), as: UTF8.self) == nil {
                throw .unreadable(file: path, reason: "not valid UTF-8")
            }
            validated = end
        }

        /// Reads and validates the rest of the source (after an error elsewhere).
        mutating func validateRest<Source: CSVByteSource>(of source: inout Source) throws(CSVError) {
            while !atEnd {
                keep(from: validated)
                try fill(from: &source)
            }
            try validate()
        }
    }

    /// A file descriptor read with `read(2)`.
    private struct FileSource: CSVByteSource {
        let descriptor: Int32
        let url: URL

        mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
            while true {
                let got = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if got >= 0 { return got }
                if errno != EINTR { throw CSVStreamReader.unreadable(url, errno) }
            }
        }
    }

    /// The error ``CSVTable/readText(_:)`` gives for a file it cannot read (the same message as
    /// before streaming), or the system's reason.
    static func unreadable(_ url: URL, _ code: Int32) -> CSVError {
        do {
            _ = try CSVTable.readText(url)
        } catch {
            return error
        }
        return .unreadable(file: url.path, reason: String(cString: strerror(code)))
    }
}
