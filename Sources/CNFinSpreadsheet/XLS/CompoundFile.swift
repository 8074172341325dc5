/// A read-only OLE2 compound file ([MS-CFB], "Compound File Binary File
/// Format"): the container of an `.xls` workbook.
///
/// Layout: a 512-byte header (signature `D0 CF 11 E0 A1 B1 1A E1`, sector
/// shift 9 for version 3 or 12 for version 4, mini sector shift 6, the first
/// 109 DIFAT entries); sector `n` starts at byte `(n + 1) << shift`. The FAT
/// (sector allocation table) is spread over the sectors the DIFAT lists
/// (the header's 109 entries, then a chain of DIFAT sectors whose last entry
/// points at the next); each FAT entry gives the next sector of a chain
/// (`0xFFFFFFFE` ends it). The directory is a chain of 128-byte entries
/// (UTF-16LE name, object type, start sector, size). Streams shorter than
/// the cutoff (4096 bytes) live in the mini stream (the root entry's chain),
/// in 64-byte mini sectors chained by the MiniFAT.
///
/// Every offset, index and length from the file is checked: chains stay
/// inside the file and inside their table, and a chain longer than its table
/// (a cycle) is an error. Allocations are bounded by the file's size.
struct CompoundFile {
    /// Why the container cannot be read (a reason; the caller adds the file name).
    struct Failure: Error, Sendable, Equatable {
        var reason: String
    }

    /// One directory entry.
    struct Entry: Sendable, Equatable {
        /// 1 storage, 2 stream, 5 root storage (0 unused).
        var type: UInt8
        var name: String
        var start: UInt32
        var size: Int
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF

    let bytes: [UInt8]
    let sectorShift: Int
    let miniSectorShift: Int
    let miniStreamCutoff: Int
    /// The FAT: next sector of each sector.
    let fat: [UInt32]
    /// The MiniFAT: next mini sector of each mini sector.
    let miniFAT: [UInt32]
    /// Directory entries in directory order (entry 0 is the root).
    let entries: [Entry]

    var sectorSize: Int { 1 << sectorShift }

    init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard bytes.count >= 512, Array(bytes[0..<8]) == Self.signature else {
            throw Failure(reason: "not an OLE2 compound file (signature or header missing)")
        }
        guard Self.u16(bytes, 28) == 0xFFFE else { throw Failure(reason: "the OLE2 header's byte order mark is wrong") }
        let shift = Int(Self.u16(bytes, 30))
        guard shift == 9 || shift == 12 else { throw Failure(reason: "the OLE2 header's sector size 2^\(shift) is neither 512 nor 4096") }
        let miniShift = Int(Self.u16(bytes, 32))
        guard miniShift == 6 else { throw Failure(reason: "the OLE2 header's mini sector size 2^\(miniShift) is not 64") }
        sectorShift = shift
        miniSectorShift = miniShift
        let cutoff = Self.u32(bytes, 56)
        guard cutoff == 4096 else { throw Failure(reason: "the OLE2 header's mini stream cutoff \(cutoff) is not 4096") }
        miniStreamCutoff = Int(cutoff)
        let sectorSize = 1 << shift
        // Sectors the file can hold at most (a partial last sector counts).
        let sectorsInFile = max(0, (bytes.count + sectorSize - 1) / sectorSize - 1)

        // FAT sectors: the header's DIFAT, then the DIFAT chain.
        let fatSectorCount = Int(Self.u32(bytes, 44))
        guard fatSectorCount <= sectorsInFile else {
            throw Failure(reason: "the OLE2 header declares \(fatSectorCount) FAT sectors, more than the file's \(sectorsInFile) sectors")
        }
        var fatSectors: [UInt32] = []
        fatSectors.reserveCapacity(fatSectorCount)
        for k in 0..<109 where fatSectors.count < fatSectorCount {
            fatSectors.append(Self.u32(bytes, 76 + 4 * k))
        }
        var difat = Self.u32(bytes, 68)
        var difatSteps = 0
        let perDIFAT = sectorSize / 4 - 1
        while fatSectors.count < fatSectorCount {
            guard difat < Self.endOfChain else {
                throw Failure(reason: "the OLE2 DIFAT chain ends after \(fatSectors.count) of \(fatSectorCount) FAT sectors")
            }
            difatSteps += 1
            guard difatSteps <= sectorsInFile else { throw Failure(reason: "the OLE2 DIFAT chain loops") }
            let base = try Self.sectorOffset(difat, shift: shift, fileCount: bytes.count, need: sectorSize)
            for k in 0..<perDIFAT where fatSectors.count < fatSectorCount {
                fatSectors.append(Self.u32(bytes, base + 4 * k))
            }
            difat = Self.u32(bytes, base + 4 * perDIFAT)
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectorCount * (sectorSize / 4))
        for s in fatSectors {
            let base = try Self.sectorOffset(s, shift: shift, fileCount: bytes.count, need: sectorSize)
            for k in 0..<(sectorSize / 4) { fat.append(Self.u32(bytes, base + 4 * k)) }
        }
        self.fat = fat

        // Directory.
        let directory = try Self.chainBytes(from: Self.u32(bytes, 48), table: fat, bytes: bytes, shift: shift, what: "directory")
        var entries: [Entry] = []
        entries.reserveCapacity(directory.count / 128)
        var at = 0
        while at + 128 <= directory.count {
            let nameBytes = min(Int(Self.u16(directory, at + 64)), 64)
            var units: [UInt16] = []
            var k = 0
            while k + 1 < nameBytes {
                let u = Self.u16(directory, at + k)
                if u == 0 { break }
                units.append(u)
                k += 2
            }
            let size = shift == 9 ? Int(Self.u32(directory, at + 120)) : Int(Self.u64Clamped(directory, at + 120))
            entries.append(Entry(type: directory[at + 66], name: String(decoding: units, as: UTF16.self),
                                 start: Self.u32(directory, at + 116), size: size))
            at += 128
        }
        guard let root = entries.first, root.type == 5 else { throw Failure(reason: "the OLE2 directory has no root entry") }
        self.entries = entries

        // MiniFAT (only read when a stream needs it: built here, it is small).
        let miniFATBytes = Self.u32(bytes, 60) >= Self.endOfChain ? []
            : try Self.chainBytes(from: Self.u32(bytes, 60), table: fat, bytes: bytes, shift: shift, what: "MiniFAT")
        var miniFAT: [UInt32] = []
        miniFAT.reserveCapacity(miniFATBytes.count / 4)
        var m = 0
        while m + 4 <= miniFATBytes.count {
            miniFAT.append(Self.u32(miniFATBytes, m))
            m += 4
        }
        self.miniFAT = miniFAT
    }

    /// The first stream entry whose name equals one of `names` (case-insensitive, in the order given).
    func stream(named names: [String]) -> Entry? {
        for name in names {
            let lower = name.lowercased()
            if let e = entries.first(where: { $0.type == 2 && $0.name.lowercased() == lower }) { return e }
        }
        return nil
    }

    /// The bytes of a stream entry (from the FAT, or from the mini stream below the cutoff).
    func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        guard entry.size > 0 else { return [] }
        guard entry.size <= bytes.count else {
            throw Failure(reason: "stream \"\(entry.name)\" declares \(entry.size) bytes, more than the file's \(bytes.count)")
        }
        if entry.size >= miniStreamCutoff {
            let data = try Self.chainBytes(from: entry.start, table: fat, bytes: bytes, shift: sectorShift, what: "stream \"\(entry.name)\"",
                                           limit: entry.size)
            guard data.count >= entry.size else {
                throw Failure(reason: "stream \"\(entry.name)\" is truncated: \(data.count) of \(entry.size) bytes")
            }
            return Array(data[0..<entry.size])
        }
        // The mini stream: the root entry's chain, read in 64-byte mini sectors.
        let root = entries[0]
        let ministream = try Self.chainBytes(from: root.start, table: fat, bytes: bytes, shift: sectorShift, what: "mini stream",
                                             limit: min(root.size, bytes.count))
        let mini = 1 << miniSectorShift
        var out: [UInt8] = []
        out.reserveCapacity(entry.size)
        var sector = entry.start
        var steps = 0
        while out.count < entry.size {
            guard sector < Self.endOfChain else {
                throw Failure(reason: "stream \"\(entry.name)\" is truncated: \(out.count) of \(entry.size) bytes in the mini stream")
            }
            guard Int(sector) < miniFAT.count else {
                throw Failure(reason: "stream \"\(entry.name)\": mini sector \(sector) is outside the MiniFAT (\(miniFAT.count) entries)")
            }
            steps += 1
            guard steps <= ministream.count / mini + 1 else { throw Failure(reason: "stream \"\(entry.name)\": the MiniFAT chain loops") }
            let start = Int(sector) * mini
            guard start + mini <= ministream.count else {
                throw Failure(reason: "stream \"\(entry.name)\": mini sector \(sector) is outside the mini stream (\(ministream.count) bytes)")
            }
            out.append(contentsOf: ministream[start..<(start + min(mini, entry.size - out.count))])
            sector = miniFAT[Int(sector)]
        }
        return out
    }

    /// The bytes of the FAT chain starting at `start` (at most `limit` bytes, whole sectors).
    static func chainBytes(from start: UInt32, table: [UInt32], bytes: [UInt8], shift: Int, what: String,
                           limit: Int = Int.max) throws(Failure) -> [UInt8] {
        let size = 1 << shift
        var out: [UInt8] = []
        var sector = start
        var steps = 0
        // A chain of distinct sectors inside the file has at most this many links; a longer one loops.
        let maxSteps = (bytes.count + size - 1) / size
        while sector != endOfChain, out.count < limit {
            guard Int(sector) < table.count else {
                throw Failure(reason: "\(what): sector \(sector == freeSector ? "FREE" : String(sector)) is not in the FAT (\(table.count) entries)")
            }
            steps += 1
            guard steps <= maxSteps else { throw Failure(reason: "\(what): the sector chain loops") }
            let offset = try sectorOffset(sector, shift: shift, fileCount: bytes.count, need: 1)
            out.append(contentsOf: bytes[offset..<min(offset + size, bytes.count)])
            sector = table[Int(sector)]
        }
        return out
    }

    /// The byte offset of sector `sector`, checked to leave `need` bytes in the file.
    static func sectorOffset(_ sector: UInt32, shift: Int, fileCount: Int, need: Int) throws(Failure) -> Int {
        let offset = (Int(sector) + 1) << shift
        guard sector < 0xFFFF_FFFA, offset + need <= fileCount else {
            throw Failure(reason: "sector \(sector) lies outside the file (\(fileCount) bytes)")
        }
        return offset
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
    /// A 64-bit little-endian size, clamped to `Int.max` (bounds checks follow).
    static func u64Clamped(_ b: [UInt8], _ i: Int) -> UInt64 {
        let v = UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
        return min(v, UInt64(Int.max))
    }
}
