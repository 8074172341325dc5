// Fuzz target: `Month` — parsing (`YYYY-MM`, `YYYY-MM-DD`, `YYYYMM`) and month arithmetic.
//
// Input: 16 bytes → two Int64 offsets for `advanced(by:)` / `Month(index:)`,
// the rest → the text given to `Month.parse`.
// Invariants: parse succeeds exactly when an independent scalar-level
// reference accepts the text, and then agrees with it; the description parses
// back to the same month; arithmetic never traps, is exact within ±Month.maximumOffset and saturates beyond.
import CNFinSeries
import FuzzSupport

/// The reference: whitespace-trimmed text of 6, 7 or 10 scalars in one of the three forms.
func referenceMonth(_ text: String) -> (year: Int, month: Int)? {
    let spaces: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029, 0xFEFF]
    var s = Array(text.unicodeScalars.map(\.value))
    while let f = s.first, spaces.contains(f) { s.removeFirst() }
    while let l = s.last, spaces.contains(l) { s.removeLast() }
    func digits(_ r: Range<Int>) -> Int? {
        var v = 0
        for i in r {
            guard (0x30...0x39).contains(s[i]) else { return nil }
            v = v * 10 + Int(s[i] - 0x30)
        }
        return v
    }
    let y: Int?, m: Int?
    var d: Int?
    switch s.count {
    case 6: y = digits(0..<4); m = digits(4..<6)
    case 7 where s[4] == 0x2D: y = digits(0..<4); m = digits(5..<7)
    case 10 where s[4] == 0x2D && s[7] == 0x2D:
        y = digits(0..<4); m = digits(5..<7)
        guard let day = digits(8..<10) else { return nil }
        d = day
    default: return nil
    }
    guard let y, let m, (1000...9999).contains(y), (1...12).contains(m) else { return nil }
    if let d {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
    }
    return (y, m)
}

func int64(_ bytes: ArraySlice<UInt8>) -> Int {
    var v: UInt64 = 0
    for b in bytes { v = v << 8 | UInt64(b) }
    return Int(truncatingIfNeeded: v)
}

runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    let text = String(decoding: bytes.dropFirst(min(16, bytes.count)), as: UTF8.self)
    let parsed = try? Month.parse(text)
    let reference = referenceMonth(text)
    fuzzCheck((parsed == nil) == (reference == nil),
              "Month.parse(\(text.debugDescription)) = \(String(describing: parsed)), reference \(String(describing: reference))")
    if let m = parsed, let reference {
        fuzzCheck(m.year == reference.year && m.month == reference.month, "\(m) vs \(reference)")
        fuzzCheck((try? Month.parse(m.description)) == m, "description \(m.description) does not parse back")
        fuzzCheck(Month(index: m.index) == m, "index round trip of \(m)")
    }
    if bytes.count >= 16 {
        // Month arithmetic is exact for offsets and results within ±Month.maximumOffset months and
        // saturates there beyond (so a loop to 9999-12 ends, and no Int arithmetic can trap).
        let a = int64(bytes[0..<8]), b = int64(bytes[8..<16])
        let limit = Month.maximumOffset
        let base = parsed ?? Month(index: a)
        fuzzCheck(abs(base.index) <= limit, "Month(index: \(a)) = \(base.index) beyond ±maximumOffset")
        let moved = base.advanced(by: b)
        fuzzCheck(abs(moved.index) <= limit, "\(base).advanced(by: \(b)) = \(moved.index) beyond ±maximumOffset")
        let (target, overflow) = base.index.addingReportingOverflow(b)
        if !overflow, b.magnitude <= UInt(limit), abs(target) <= limit {
            fuzzCheck(base.distance(to: moved) == b, "\(base).advanced(by: \(b)) is \(base.distance(to: moved)) months away")
        }
        fuzzCheck((b >= 0) == (moved >= base) || moved == base, "advanced(by: \(b)) moved the wrong way")
    }
    return 0
}
