import Foundation
import Testing
@testable import CNFinSeries

/// ``LongFormatCSV/forEachRow(url:csvError:_:)``, the row-at-a-time reader behind the dataset
/// loader: it passes exactly the rows ``LongFormatCSV/parse(text:fileName:)`` returns (and the
/// whole-text reader it replaced, ``ReferenceLongFormat``), or throws the same error, whatever the
/// chunk size; and the file's error comes before the consumer's.
@Suite struct LongFormatRowVisitorTests {
    /// What the consumer of these tests throws, and the CSV error as text.
    enum Outcome: Error, Equatable {
        case csv(String)
        case consumer(line: Int)
    }

    /// The rows passed for `text` read in chunks of `chunk` bytes, `step` bytes per read (as
    /// ``LongFormatStreamingTests/describe(_:)``), or the error.
    static func visited(_ text: String, chunk: Int, step: Int = .max) -> String {
        let bytes = Array(text.utf8)
        var rows: [LongFormatCSV.Row] = []
        do {
            try LongFormatCSV.forEachRow(source: { CSVByteSlices(bytes: bytes, step: step) }, file: "l.csv", chunkSize: chunk,
                                         csvError: { $0 }) { (row: LongFormatCSV.Row) throws(CSVError) in rows.append(row) }
        } catch {
            return "error: \(error)"
        }
        return LongFormatStreamingTests.describe(rows)
    }

    /// Every chunk size from the minimum (4) to the whole text, and 1-byte reads.
    static func checkEveryBoundary(_ text: String) {
        let expected = LongFormatStreamingTests.parsed(text)
        #expect(expected == LongFormatStreamingTests.reference(text), "\(text.debugDescription)")
        for chunk in 4...max(4, text.utf8.count + 1) {
            #expect(visited(text, chunk: chunk) == expected, "chunk \(chunk): \(text.debugDescription)")
        }
        #expect(visited(text, chunk: 4, step: 1) == expected, "1-byte reads: \(text.debugDescription)")
    }

    @Test(arguments: LongFormatStreamingTests.texts)
    func sameRowsAtEveryChunkBoundary(text: String) {
        Self.checkEveryBoundary(text)
    }

    /// More ids than the interned values kept (8), interleaved; ids and sources too long for an
    /// inline `String`; a duplicate whose first row lies many rows and distinct ids back, behind
    /// quoted fields with line breaks (its first line is found by a second pass).
    @Test func internedValuesAndDuplicates() {
        var rows = "id,month,value,source,note\r\n"
        for i in 0..<40 {
            let id = i % 3 == 0 ? "a-series-id-longer-than-15-bytes-\(i % 11)" : "s\(i % 11)"
            rows += "\(id),\(Month(index: 2020 * 12 + i / 11)),\(i).5,\(i % 2 == 0 ? "pboc" : "a-source-longer-than-15-bytes"),\"x\r\n\(i)\"\r\n"
        }
        Self.checkEveryBoundary(rows)
        Self.checkEveryBoundary(rows + "s2,2020-01,1,pboc,n\r\n")
        Self.checkEveryBoundary(rows + "\"s\"\"2\",2020-01,1,pboc,n\r\n\"s\"\"2\",2020-01,2,pboc,n\r\n")
    }

    @Test func randomFilesInRandomChunks() {
        let ids = ["m2", "m1", " m0 ", "\"m2\"", "", "亿", "s3", "s4", "s5", "s6", "s7", "s8", "s9"]
        let values = ["1", "-2.5", "3e4", "", "NA", " 7 "]
        var generator = SplitMix64(seed: 20_261_206)
        for _ in 0..<400 {
            var text = generator.next() % 4 == 0 ? "\u{FEFF}id,month,value,source\r\n" : "id,month,value,source\n"
            for _ in 0..<Int(generator.next() % 30) {
                func pick(_ a: [String]) -> String { a[Int(generator.next() % UInt64(a.count))] }
                let value = generator.next() % 20 == 0 ? pick(values) : "1"
                text += [pick(ids), "\(Month(index: 2023 * 12 + Int(generator.next() % 40)))", value, "pboc"].joined(separator: ",")
                text += generator.next() % 3 == 0 ? "\r\n" : "\n"
            }
            let expected = LongFormatStreamingTests.reference(text)
            let chunk = 4 + Int(generator.next() % UInt64(text.utf8.count + 1))
            #expect(Self.visited(text, chunk: chunk) == expected, "chunk \(chunk): \(text.debugDescription)")
        }
    }

    @Test func bundledFiles() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/data")
        for name in ["money.csv", "loans.csv", "deposits.csv", "tsf.csv"] {
            let url = directory.appendingPathComponent(name)
            let text = try CSVTable.readText(url)
            var rows: [LongFormatCSV.Row] = []
            try LongFormatCSV.forEachRow(url: url) { (row: LongFormatCSV.Row) throws(CSVError) in rows.append(row) }
            #expect(rows.count > 100, "\(name)")
            #expect(LongFormatStreamingTests.describe(rows) == LongFormatStreamingTests.parsed(text), "\(name)")
            #expect(LongFormatStreamingTests.describe(rows) == LongFormatStreamingTests.reference(text), "\(name)")
        }
    }

    /// Runs the visitor on `text` with a consumer that throws on line `throwAt`; returns the outcome
    /// and the lines the consumer saw.
    static func consume(_ text: String, throwAt: Int) -> (outcome: Outcome?, lines: [Int]) {
        let bytes = Array(text.utf8)
        var lines: [Int] = []
        do throws(Outcome) {
            try LongFormatCSV.forEachRow(source: { CSVBytes(bytes) }, file: "l.csv", chunkSize: 8,
                                         csvError: { Outcome.csv("\($0)") }) { (row: LongFormatCSV.Row) throws(Outcome) in
                lines.append(row.line)
                if row.line == throwAt { throw .consumer(line: row.line) }
            }
        } catch {
            return (error, lines)
        }
        return (nil, lines)
    }

    @Test func fileErrorsComeBeforeTheConsumers() {
        let good = "id,month,value,source\nm2,2023-05,1,p\nm2,2023-06,2,p\nm2,2023-07,3,p\n"
        // No CSV error: the consumer's, and no row after it.
        #expect(Self.consume(good, throwAt: 3) == (.consumer(line: 3), [2, 3]))
        #expect(Self.consume(good, throwAt: 0) == (nil, [2, 3, 4]))
        // A bad row, a wrong field count or a duplicate after the consumer threw: the file's error.
        for (tail, message) in [("m2,2023-13,1,p\n", "l.csv:5:4"), ("m2,2023-08,1\n", "l.csv:5:1"),
                                ("m2,2023-05,9,p\n", "l.csv:5:4: duplicate id 'm2' month 2023-05 (first on line 2)"),
                                ("\"m2,2023-08\n", "l.csv:5:1")] {
            let (outcome, lines) = Self.consume(good + tail, throwAt: 2)
            guard case .csv(let text) = outcome else {
                Issue.record("\(tail.debugDescription): \(String(describing: outcome))")
                continue
            }
            #expect(text.hasPrefix(message), "\(text)")
            #expect(lines == [2])
        }
    }
}
