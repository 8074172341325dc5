// Fuzz target: the streaming CSV reader (`CSVStreamReader`, the path of
// `LongFormatCSV.read(url:)` and `CSVNumericSelection`, 1 MiB chunks in use)
// against the whole-text tokenizer (`CSVScanner`) on the same bytes.
// Input: 3 bytes that choose the chunk size (1 + a 12-bit number: boundaries
// fall anywhere in short texts; the reader raises it to its minimum of 4) and
// how many bytes the source hands out per read (1 … 256), then the CSV bytes.
// Invariants, beyond "no crash":
// - valid UTF-8: the streamed records equal the whole-text records — per record
//   its line, its bytes as written, and per field its line, column and text
//   (quotes undoubled) — and the streamed error equals the whole-text error;
// - not UTF-8: the streaming reader says so (`unreadable`), whatever else is wrong.
// Builds with `-enable-testing` (run.sh) for `@testable import`: both readers are internal.
@testable import CNFinSeries
import FuzzSupport

// Both sides rendered by the library's one helper (`CSVRecordDebugRendering`, as CSVStreamReaderTests).
func whole(_ bytes: [UInt8]) -> [String] {
    CSVRecordDebugRendering.whole(bytes)
}

func streamed(_ bytes: [UInt8], chunk: Int, step: Int) -> [String] {
    var source = CSVByteSlices(bytes: bytes, step: step)
    return CSVRecordDebugRendering.streamed(&source, chunkSize: chunk)
}

runFuzzer { data, size in
    let input = fuzzBytes(data, size)
    guard input.count >= 3 else { return 0 }
    let chunk = 1 + (Int(input[0]) | Int(input[1] & 0x0F) << 8)
    let step = 1 + Int(input[2])
    let bytes = Array(input[3...])
    let stream = streamed(bytes, chunk: chunk, step: step)
    if String(validating: bytes, as: UTF8.self) == nil {
        fuzzCheck(stream.count == 1 && stream[0].hasPrefix("error: ") && stream[0].contains("UTF-8"),
                  "not UTF-8, streamed (chunk \(chunk), step \(step)): \(stream.prefix(3))")
        return 0
    }
    let expected = whole(bytes)
    if stream != expected {
        let k = (0..<min(stream.count, expected.count)).first { stream[$0] != expected[$0] } ?? min(stream.count, expected.count)
        fuzzCheck(false, "chunk \(chunk), step \(step): record \(k) streamed \(k < stream.count ? stream[k] : "none") vs whole \(k < expected.count ? expected[k] : "none") (\(stream.count) vs \(expected.count) records)")
    }
    return 0
}
