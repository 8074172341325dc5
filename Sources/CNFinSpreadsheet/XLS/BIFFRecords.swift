/// Why a BIFF stream cannot be read: a reason, with the stream offset of the
/// record where it applies (the caller adds the file and sheet).
struct BIFFFailure: Error, Sendable, Equatable {
    var reason: String
}

/// One BIFF record ([MS-XLS] §2.1.4): a 16-bit type, a 16-bit length and
/// that many bytes of data, at `offset` in the workbook stream.
struct BIFFRecord {
    let opcode: UInt16
    /// Offset of the record header in the stream.
    let offset: Int
    /// The record's data, as a range of the stream.
    let body: Range<Int>

    var length: Int { body.count }

    /// "record 0x0203 at offset 1234", for messages.
    var label: String { "record 0x\(String(opcode, radix: 16, uppercase: true)) at offset \(offset)" }
}

/// Reads the records of a BIFF workbook stream in order; every length is
/// checked against the stream.
struct BIFFRecordReader {
    let data: [UInt8]
    var position: Int

    init(data: [UInt8], position: Int = 0) {
        self.data = data
        self.position = position
    }

    /// The next record, or `nil` at the end of the stream.
    mutating func next() throws(BIFFFailure) -> BIFFRecord? {
        guard position < data.count else { return nil }
        guard position + 4 <= data.count else {
            throw BIFFFailure(reason: "a record header at offset \(position) runs past the end of the stream (\(data.count) bytes)")
        }
        let opcode = UInt16(data[position]) | UInt16(data[position + 1]) << 8
        let length = Int(data[position + 2]) | Int(data[position + 3]) << 8
        let start = position + 4
        guard start + length <= data.count else {
            throw BIFFFailure(reason: "record 0x\(String(opcode, radix: 16, uppercase: true)) at offset \(position) declares \(length) bytes, past the end of the stream")
        }
        let record = BIFFRecord(opcode: opcode, offset: position, body: start..<(start + length))
        position = start + length
        return record
    }

    /// The type of the record at the current position, if a whole header is there.
    func peekOpcode() -> UInt16? {
        guard position + 4 <= data.count else { return nil }
        return UInt16(data[position]) | UInt16(data[position + 1]) << 8
    }

    /// Little-endian fields of a record's data, each checked to lie inside it.
    func u8(_ r: BIFFRecord, _ at: Int) throws(BIFFFailure) -> UInt8 {
        guard at >= 0, at + 1 <= r.length else { throw short(r) }
        return data[r.body.lowerBound + at]
    }

    func u16(_ r: BIFFRecord, _ at: Int) throws(BIFFFailure) -> UInt16 {
        guard at >= 0, at + 2 <= r.length else { throw short(r) }
        let i = r.body.lowerBound + at
        return UInt16(data[i]) | UInt16(data[i + 1]) << 8
    }

    func u32(_ r: BIFFRecord, _ at: Int) throws(BIFFFailure) -> UInt32 {
        guard at >= 0, at + 4 <= r.length else { throw short(r) }
        let i = r.body.lowerBound + at
        return UInt32(data[i]) | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 3]) << 24
    }

    func u64(_ r: BIFFRecord, _ at: Int) throws(BIFFFailure) -> UInt64 {
        UInt64(try u32(r, at)) | UInt64(try u32(r, at + 4)) << 32
    }

    func short(_ r: BIFFRecord) -> BIFFFailure {
        BIFFFailure(reason: "\(r.label) is too short (\(r.length) bytes)")
    }

    /// A record's data followed by the data of the CONTINUE records (0x003C)
    /// right after it, which the reader consumes.
    mutating func continued(_ first: BIFFRecord) throws(BIFFFailure) -> BIFFContinuedData {
        var segments = [first.body]
        while peekOpcode() == 0x003C, let c = try next() { segments.append(c.body) }
        return BIFFContinuedData(data: data, segments: segments, label: first.label)
    }
}

/// A record's data split over CONTINUE records, read as one sequence except
/// for strings: when a string's characters cross into the next CONTINUE
/// record, that record starts with a fresh option byte whose bit 0 says
/// whether the rest is UTF-16LE or compressed (one byte per character, the
/// low byte of a UTF-16 code unit) ([MS-XLS] §2.1.4, §2.5.293–294).
struct BIFFContinuedData {
    let data: [UInt8]
    let segments: [Range<Int>]
    let label: String
    private var segment = 0
    private var position: Int

    init(data: [UInt8], segments: [Range<Int>], label: String) {
        self.data = data
        self.segments = segments
        self.label = label
        self.position = segments.first?.lowerBound ?? 0
    }

    /// Bytes left in the current segment.
    private var available: Int { segment < segments.count ? segments[segment].upperBound - position : 0 }

    /// Moves to the next segment when the current one is used up; false when none is left.
    private mutating func advanceIfNeeded() -> Bool {
        while segment < segments.count, position >= segments[segment].upperBound {
            segment += 1
            guard segment < segments.count else { return false }
            position = segments[segment].lowerBound
        }
        return segment < segments.count
    }

    /// Whether every byte has been read.
    var atEnd: Bool {
        var s = segment
        var p = position
        while s < segments.count {
            if p < segments[s].upperBound { return false }
            s += 1
            if s < segments.count { p = segments[s].lowerBound }
        }
        return true
    }

    func ended() -> BIFFFailure { BIFFFailure(reason: "\(label) (with its CONTINUE records) ends inside a string") }

    mutating func u8() throws(BIFFFailure) -> UInt8 {
        guard advanceIfNeeded() else { throw ended() }
        let b = data[position]
        position += 1
        return b
    }

    mutating func u16() throws(BIFFFailure) -> UInt16 {
        let lo = try u8()
        return UInt16(lo) | UInt16(try u8()) << 8
    }

    mutating func u32() throws(BIFFFailure) -> UInt32 {
        let lo = try u16()
        return UInt32(lo) | UInt32(try u16()) << 16
    }

    /// Skips `count` bytes that carry no option bytes at segment boundaries (formatting runs, phonetic data).
    mutating func skip(_ count: Int) throws(BIFFFailure) {
        var left = count
        while left > 0 {
            guard advanceIfNeeded() else { throw ended() }
            let n = min(left, available)
            position += n
            left -= n
        }
    }

    /// `count` characters, starting compressed or not as `highByte` says; a
    /// new option byte is read at each CONTINUE boundary inside them.
    mutating func characters(_ count: Int, highByte: Bool) throws(BIFFFailure) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(count)
        var wide = highByte
        while units.count < count {
            if available == 0 {
                // The characters go on in the next CONTINUE record, after its option byte.
                segment += 1
                guard segment < segments.count else { throw ended() }
                position = segments[segment].lowerBound
                guard available > 0 else { throw BIFFFailure(reason: "\(label): an empty CONTINUE record inside a string") }
                wide = data[position] & 1 == 1
                position += 1
                continue
            }
            let step = wide ? 2 : 1
            let n = min(count - units.count, available / step)
            guard n > 0 else { throw BIFFFailure(reason: "\(label): a UTF-16 character is split across a CONTINUE record") }
            if wide {
                for k in 0..<n { units.append(UInt16(data[position + 2 * k]) | UInt16(data[position + 2 * k + 1]) << 8) }
            } else {
                for k in 0..<n { units.append(UInt16(data[position + k])) }
            }
            position += n * step
        }
        return String(decoding: units, as: UTF16.self)
    }
}
