import Foundation

/// Turns the bytes of a release file into text, or says why it cannot.
///
/// UTF-8 (with or without a byte-order mark) is read as is. Bytes that are
/// not UTF-8 but decode as GB18030 (common for Chinese files saved on
/// Windows) are decoded as GB18030 and the result says so. ASCII text in the
/// HZ encoding (RFC 1843: GB2312 between `~{` and `~}`, as in old e-mail and
/// Usenet posts) is decoded likewise. Empty input,
/// binary input (NUL bytes, or more than 5% control bytes) and other
/// encodings are errors.
public enum IngestTextDecoder {
    /// The encoding the text was read in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
        case hz = "HZ"
    }

    /// GB18030-2000 as a Foundation string encoding (kCFStringEncodingGB_18030_2000 = 0x0632).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `data`; `source` names the input in error messages. The bytes are checked in
    /// place: memory is the text decoded (a copy of the bytes is made only for GB18030 and HZ).
    public static func decode(_ data: Data, source: String) throws(IngestError) -> (text: String, encoding: Encoding) {
        let result: Result<(text: String, encoding: Encoding), IngestError> = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: all[bom...])
            do throws(IngestError) {
                return .success(try decode(bytes, source: source))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws(IngestError)
        -> (text: String, encoding: Encoding)
    {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .emptyInput(source: source)
        }
        var control = 0
        for b in bytes {
            if b == 0 { throw .binaryInput(source: source) }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        if control * 20 > bytes.count { throw .binaryInput(source: source) }
        if let text = String(validating: bytes, as: UTF8.self) {
            if mayBeHZ(bytes), let hz = decodeHZ(Array(bytes)) { return (hz, .hz) }
            return (text, .utf8)
        }
        guard let text = String(data: Data(bytes), encoding: gb18030) else {
            throw .unknownEncoding(source: source)
        }
        // Anything decodes as *some* GB18030; accept it only if it reads as Chinese text.
        let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        let odd = text.unicodeScalars.filter { $0.value == 0xFFFD || (0xE000...0xF8FF).contains($0.value) }.count
        guard han > 0, odd == 0 else { throw .unknownEncoding(source: source) }
        return (text, .gb18030)
    }

    /// Whether ``decodeHZ(_:)`` can accept `bytes`: all ASCII, with a `~{`.
    private static func mayBeHZ(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawEscape = false
        var previous: UInt8 = 0
        for b in bytes {
            if b >= 0x80 { return false }
            if previous == 0x7E && b == 0x7B { sawEscape = true }
            previous = b
        }
        return sawEscape
    }
}

extension IngestTextDecoder {
    /// Decodes HZ (RFC 1843), or `nil` when `bytes` are not HZ text: not all
    /// ASCII, no `~{`, a malformed escape, or a GB2312 part that does not
    /// decode to Chinese. In GB mode each pair of bytes 0x21–0x7E is a GB2312
    /// character (EUC-CN with the high bits set); `~~` is `~` and `~` before a
    /// line break joins the lines.
    static func decodeHZ(_ bytes: [UInt8]) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }), bytes.count >= 4 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var gb = false
        var sawGB = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x7E, i + 1 < bytes.count {  // "~"
                switch bytes[i + 1] {
                case 0x7B: gb = true; sawGB = true; i += 2; continue  // "~{"
                case 0x7D: gb = false; i += 2; continue  // "~}"
                case 0x7E where !gb: out.append(0x7E); i += 2; continue  // "~~"
                case 0x0A where !gb: i += 2; continue  // "~\n"
                default: if gb { break } else { return nil }
                }
            }
            if gb {
                if b == 0x0A || b == 0x0D {  // a line break ends GB mode
                    gb = false
                    out.append(b)
                    i += 1
                    continue
                }
                guard i + 1 < bytes.count, (0x21...0x7E).contains(b), (0x21...0x7E).contains(bytes[i + 1]) else { return nil }
                out.append(b | 0x80)
                out.append(bytes[i + 1] | 0x80)
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        guard sawGB, let text = String(data: Data(out), encoding: gb18030) else { return nil }
        let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        let odd = text.unicodeScalars.filter { $0.value == 0xFFFD || (0xE000...0xF8FF).contains($0.value) }.count
        return han > 0 && odd == 0 ? text : nil
    }
}
