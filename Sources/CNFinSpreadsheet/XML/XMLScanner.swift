import Foundation

/// One token of an XML document, as byte ranges into the scanned buffer.
enum XMLEvent {
    /// `<name attributes>` or `<name attributes/>` (`empty`).
    case start(name: Range<Int>, attributes: Range<Int>, empty: Bool)
    /// `</name>`.
    case end(name: Range<Int>)
    /// Character data between tags (entities not yet decoded).
    case text(Range<Int>)
    /// The content of a `<![CDATA[…]]>` section (taken literally).
    case cdata(Range<Int>)
}

/// A byte-level, non-validating XML tokenizer for the SpreadsheetML parts of
/// an `.xlsx` file. It never allocates per token: events are byte ranges,
/// names are compared by their local part (after any `prefix:`), and text is
/// decoded only when asked (``decodedText(_:)``). Processing instructions,
/// comments and DOCTYPE declarations are skipped; entities other than the
/// five predefined ones and numeric character references are not expanded
/// (so no external entity is ever fetched).
///
/// Use only inside `withUnsafeBufferPointer` of the bytes it scans.
struct XMLScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    struct Malformed: Error {
        var offset: Int
        var reason: String
    }

    /// The next event, or `nil` at the end of the document.
    mutating func next() throws(Malformed) -> XMLEvent? {
        let n = bytes.count
        guard position < n, let base = bytes.baseAddress else { return nil }
        if bytes[position] != UInt8(ascii: "<") {
            let start = position
            if let hit = memchr(base + position, Int32(UInt8(ascii: "<")), n - position) {
                position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            } else {
                position = n
            }
            return .text(start..<position)
        }
        guard position + 1 < n else { throw Malformed(offset: position, reason: "a '<' at the end of the document") }
        let c = bytes[position + 1]
        if c == UInt8(ascii: "/") {
            let nameStart = position + 2
            var p = nameStart
            while p < n, bytes[p] != UInt8(ascii: ">"), !XMLScanner.isSpace(bytes[p]) { p += 1 }
            let nameEnd = p
            while p < n, bytes[p] != UInt8(ascii: ">") { p += 1 }
            guard p < n else { throw Malformed(offset: position, reason: "an unterminated end tag") }
            position = p + 1
            return .end(name: nameStart..<nameEnd)
        }
        if c == UInt8(ascii: "?") {
            position = try skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: position + 2, what: "processing instruction")
            return try next()
        }
        if c == UInt8(ascii: "!") {
            if matches("<!--", at: position) {
                position = try skip(past: Array("-->".utf8), from: position + 4, what: "comment")
                return try next()
            }
            if matches("<![CDATA[", at: position) {
                let start = position + 9
                let end = try skip(past: Array("]]>".utf8), from: start, what: "CDATA section")
                position = end
                return .cdata(start..<(end - 3))
            }
            position = try skip(past: [UInt8(ascii: ">")], from: position + 2, what: "declaration")
            return try next()
        }
        let nameStart = position + 1
        var p = nameStart
        while p < n, !XMLScanner.isSpace(bytes[p]), bytes[p] != UInt8(ascii: ">"), bytes[p] != UInt8(ascii: "/") { p += 1 }
        let nameEnd = p
        guard nameEnd > nameStart else { throw Malformed(offset: position, reason: "a tag without a name") }
        let attributesStart = p
        var quote: UInt8 = 0
        while p < n {
            let b = bytes[p]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                break
            }
            p += 1
        }
        guard p < n else { throw Malformed(offset: position, reason: "an unterminated start tag") }
        let empty = p > attributesStart && bytes[p - 1] == UInt8(ascii: "/")
        position = p + 1
        return .start(name: nameStart..<nameEnd, attributes: attributesStart..<(empty ? p - 1 : p), empty: empty)
    }

    /// Skips the content of the element whose start tag was just read, up to and including its end tag.
    mutating func skipElement() throws(Malformed) {
        var depth = 1
        while depth > 0, let e = try next() {
            switch e {
            case .start(_, _, let empty): if !empty { depth += 1 }
            case .end: depth -= 1
            default: break
            }
        }
        if depth > 0 { throw Malformed(offset: position, reason: "an element is not closed") }
    }

    private func matches(_ literal: String, at p: Int) -> Bool {
        var k = p
        for b in literal.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private func skip(past terminator: [UInt8], from start: Int, what: String) throws(Malformed) -> Int {
        let n = bytes.count
        var p = start
        while p + terminator.count <= n {
            var hit = true
            for (k, b) in terminator.enumerated() where bytes[p + k] != b {
                hit = false
                break
            }
            if hit { return p + terminator.count }
            p += 1
        }
        throw Malformed(offset: start, reason: "an unterminated \(what)")
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Whether the local part of the name in `range` (after any `prefix:`) equals `name`.
    func isName(_ range: Range<Int>, _ name: StaticString) -> Bool {
        var start = range.lowerBound
        for k in range where bytes[k] == UInt8(ascii: ":") { start = k + 1 }
        let count = range.upperBound - start
        guard count == name.utf8CodeUnitCount else { return false }
        let literal = name.utf8Start
        for k in 0..<count where bytes[start + k] != literal[k] { return false }
        return true
    }

    /// The raw value range of the first attribute whose local name (after any `prefix:`) is `name`
    /// and that has a prefix — `r:id` whatever the relationships namespace is bound to.
    func prefixedAttribute(local name: StaticString, in attributes: Range<Int>) -> Range<Int>? {
        var p = attributes.lowerBound
        while let a = nextAttribute(&p, end: attributes.upperBound) {
            if a.colon > a.name.lowerBound, isName((a.colon + 1)..<a.name.upperBound, name) { return a.value }
        }
        return nil
    }

    /// The raw value range of attribute `name` (matched on its full qualified name) in `attributes`.
    func attribute(_ name: StaticString, in attributes: Range<Int>) -> Range<Int>? {
        var p = attributes.lowerBound
        let literal = name.utf8Start
        let length = name.utf8CodeUnitCount
        while let a = nextAttribute(&p, end: attributes.upperBound) {
            if a.name.count == length {
                var same = true
                for k in 0..<length where bytes[a.name.lowerBound + k] != literal[k] {
                    same = false
                    break
                }
                if same { return a.value }
            }
        }
        return nil
    }

    /// The attribute starting at `p` (after spaces) in an attribute list ending at `end`: its name's
    /// range, the position of the last `:` in the name (−1 without one) and its raw value's range;
    /// `p` moves past the closing quote. `nil` at the end of the list or when no value follows.
    @inline(__always)
    private func nextAttribute(_ p: inout Int, end: Int) -> (name: Range<Int>, colon: Int, value: Range<Int>)? {
        while p < end, XMLScanner.isSpace(bytes[p]) { p += 1 }
        guard p < end else { return nil }
        let nameStart = p
        var colon = -1
        while p < end, bytes[p] != UInt8(ascii: "="), !XMLScanner.isSpace(bytes[p]) {
            if bytes[p] == UInt8(ascii: ":") { colon = p }
            p += 1
        }
        let nameEnd = p
        while p < end, bytes[p] != UInt8(ascii: "\"") && bytes[p] != UInt8(ascii: "'") { p += 1 }
        guard p < end else { return nil }
        let quote = bytes[p]
        let valueStart = p + 1
        p = valueStart
        while p < end, bytes[p] != quote { p += 1 }
        let valueEnd = p
        p += 1
        return (nameStart..<nameEnd, colon, valueStart..<valueEnd)
    }

    /// The decoded text of `range`: the five predefined entities and numeric
    /// character references are replaced; an unknown entity is kept as written.
    func decodedText(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var p = range.lowerBound
        while p < range.upperBound {
            let b = bytes[p]
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                p += 1
                continue
            }
            var q = p + 1
            while q < range.upperBound, q - p < 12, bytes[q] != UInt8(ascii: ";") { q += 1 }
            guard q < range.upperBound, bytes[q] == UInt8(ascii: ";") else {
                out.append(b)
                p += 1
                continue
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: bytes[(p + 1)..<q]), as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst(1)).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                out.append(contentsOf: bytes[p...q])
            }
            p = q + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell reference such as `B12` read from the bytes of `range` (no `$`), or `nil`.
    func cellReference(_ range: Range<Int>) -> CellReference? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for k in range {
            let u = bytes[k]
            if u >= UInt8(ascii: "A") && u <= UInt8(ascii: "Z") {
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(u) - 64
                letters += 1
            } else if u >= UInt8(ascii: "0") && u <= UInt8(ascii: "9") {
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u) - 48
                digits += 1
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        return CellReference(row: row - 1, column: column - 1)
    }

    /// A non-negative decimal integer, or `nil`.
    func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count < 18 else { return nil }
        var v = 0
        for k in range {
            let d = Int(bytes[k]) - 48
            guard d >= 0, d <= 9 else { return nil }
            v = v * 10 + d
        }
        return v
    }

    /// A decimal floating-point number (`-1.5`, `2.5E-3`), or `nil` when the
    /// range is not one number in full.
    func double(_ range: Range<Int>) -> Double? {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, XMLScanner.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, XMLScanner.isSpace(bytes[hi - 1]) { hi -= 1 }
        guard hi > lo, hi - lo < 64 else { return nil }
        for k in lo..<hi {
            let b = bytes[k]
            let ok = (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            if !ok { return nil }
        }
        // A NUL-terminated copy on the stack for strtod.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: hi - lo + 1) { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            for k in 0..<(hi - lo) { base[k] = CChar(bitPattern: bytes[lo + k]) }
            base[hi - lo] = 0
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(base, &end)
            guard let end, base.distance(to: end) == hi - lo, v.isFinite else { return nil }
            return v
        }
    }
}
