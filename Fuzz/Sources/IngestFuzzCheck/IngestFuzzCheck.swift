import CNFinIngest
import CNFinSeries
import Foundation
import FuzzSupport

/// The body shared by the Chinese and English ingest targets: parse the bytes
/// as `cnfin ingest` does and check every figure against the text.
///
/// Input: the bytes of a release text. When the first byte is odd the parse
/// is given `--month 2023-05` (texts without a year need it), else no month.
/// Invariants, beyond "no crash":
/// - the bytes decode (`IngestTextDecoder`) whenever the parse gets past decoding;
/// - every figure's and unparsed clause's span lies inside the decoded text
///   (Unicode-scalar offsets, 0 ≤ start < end ≤ count) and its `text` is exactly
///   that slice;
/// - every figure's value parses back from its span: some number printed in
///   the span (ASCII or full-width digits, `,` thousands separators, `.`/`．`
///   point) times the scale of a unit (1 for 亿元 / % / 个百分点, 10⁴ for
///   万亿 / trillion, 10 for billion, 10⁻² for million) equals |value| to
///   1e-9 relative, and the figure's resolution is that number's last-digit
///   step times the same scale; a value of 0 (持平, "unchanged") needs no number;
/// - values and resolutions are finite, resolutions positive, and with
///   `--month` every figure is for that month.
public func checkIngest(_ bytes: [UInt8]) {
    let given: Month? = (bytes.first ?? 0) & 1 == 1 ? Month(year: 2023, month: 5) : nil
    let data = Data(bytes)
    let result: IngestParseResult
    do {
        result = try IngestParser.parse(data: data, source: "fuzz.txt", month: given)
    } catch {
        return
    }
    guard let (text, _) = try? IngestTextDecoder.decode(data, source: "fuzz.txt") else {
        fuzzCheck(false, "a text that does not decode was parsed")
        return
    }
    let scalars = Array(text.unicodeScalars)
    func checkSpan(_ span: IngestSpan, _ what: @autoclosure () -> String) -> ArraySlice<Unicode.Scalar> {
        fuzzCheck(span.start >= 0 && span.start < span.end && span.end <= scalars.count,
                  "\(what()) span \(span.start)..<\(span.end) outside the text of \(scalars.count) scalars")
        let slice = scalars[span.start..<span.end]
        fuzzCheck(span.text.unicodeScalars.elementsEqual(slice),
                  "\(what()) span text \(span.text.debugDescription) is not the text at \(span.start)..<\(span.end)")
        return slice
    }
    for figure in result.figures {
        let slice = checkSpan(figure.span, "figure \(figure.id)")
        fuzzCheck(figure.value.isFinite && figure.resolution.isFinite && figure.resolution > 0,
                  "figure \(figure.id) value \(figure.value) resolution \(figure.resolution)")
        if let given { fuzzCheck(figure.month == given, "figure \(figure.id) for \(figure.month) despite --month \(given)") }
        if figure.value == 0 { continue }
        let numbers = printedNumbers(slice)
        let scales: [Double] = [1, 1e4, 10, 1e-2]
        let found = numbers.contains { n in
            scales.contains { scale in
                let v = n.value * scale
                return abs(v - abs(figure.value)) <= 1e-9 * max(1, abs(v))
                    && abs(n.step * scale - figure.resolution) <= 1e-9 * max(1e-12, n.step * scale)
            }
        }
        fuzzCheck(found, "figure \(figure.id) = \(figure.value) (resolution \(figure.resolution)) does not parse back from its span \(figure.span.text.debugDescription) (numbers: \(numbers))")
    }
    for u in result.unparsed {
        _ = checkSpan(u.span, "unparsed clause")
    }
}

/// The numbers printed in `scalars`: runs of digits with `,` between digits
/// and at most one decimal point, with their last-digit step.
func printedNumbers(_ scalars: ArraySlice<Unicode.Scalar>) -> [(value: Double, step: Double)] {
    func digit(_ c: Unicode.Scalar) -> Int? {
        if (0x30...0x39).contains(c.value) { return Int(c.value - 0x30) }
        if (0xFF10...0xFF19).contains(c.value) { return Int(c.value - 0xFF10) }
        return nil
    }
    func isPoint(_ c: Unicode.Scalar) -> Bool { c == "." || c == "\u{FF0E}" }
    var out: [(value: Double, step: Double)] = []
    var i = scalars.startIndex
    while i < scalars.endIndex {
        guard digit(scalars[i]) != nil else { i += 1; continue }
        var digits = ""
        var decimals = 0
        var seenPoint = false
        while i < scalars.endIndex {
            let c = scalars[i]
            if let d = digit(c) {
                digits.append(Character(String(d)))
                if seenPoint { decimals += 1 }
                i += 1
            } else if c == ",", i + 1 < scalars.endIndex, digit(scalars[i + 1]) != nil, !seenPoint {
                i += 1
            } else if isPoint(c), !seenPoint, i + 1 < scalars.endIndex, digit(scalars[i + 1]) != nil {
                seenPoint = true
                i += 1
            } else {
                break
            }
        }
        if let mantissa = Double(digits) {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            out.append((mantissa / scale, 1 / scale))
        }
    }
    return out
}
