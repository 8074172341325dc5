import Foundation

/// Turns the bytes of a release file into text, or says why it cannot.
///
/// UTF-8 (with or without a byte-order mark) is read as is. Bytes that are
/// not UTF-8 but decode as GB18030 (common for Chinese files saved on
/// Windows) are decoded as GB18030 and the result says so. Empty input,
/// binary input (NUL bytes, or more than 5% control bytes) and other
/// encodings are errors.
public enum IngestTextDecoder {
    /// The encoding the text was read in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// GB18030-2000 as a Foundation string encoding (kCFStringEncodingGB_18030_2000 = 0x0632).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Decodes `data`; `source` names the input in error messages.
    public static func decode(_ data: Data, source: String) throws(IngestError) -> (text: String, encoding: Encoding) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .emptyInput(source: source)
        }
        var control = 0
        for b in bytes {
            if b == 0 { throw .binaryInput(source: source) }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        if control * 20 > bytes.count { throw .binaryInput(source: source) }
        if let text = String(strictUTF8: bytes) {
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
}

extension String {
    /// Strict UTF-8 decoding of a byte array (`nil` if any sequence is invalid).
    init?(strictUTF8 bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: self = String(scalars); return
            case .error: return nil
            }
        }
    }
}
