import Testing
@testable import CNFinSeries

/// `CSVWriter` against the dialect's reader: what is written reads back as the same fields.
@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatTheReaderWouldChange() {
        #expect(CSVWriter.field("m2") == "m2")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\r") == "\"cr\r\"")
        #expect(CSVWriter.field(" padded") == "\" padded\"")
        #expect(CSVWriter.field("亿元") == "亿元")
    }

    /// Random records over an alphabet rich in the dialect's special characters round-trip
    /// through `CSVTable.rawRecords` (fixed seed).
    @Test func randomRecordsRoundTrip() throws {
        var generator = SplitMix64(seed: 4180)
        let alphabet: [Character] = ["a", "亿", " ", ",", "\"", "\n", "\r\n", "\t", "1", "."]
        for _ in 0..<2000 {
            let fields = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            }
            let text = "h\n" + CSVWriter.record(fields) + "\n"
            let records = try CSVTable.rawRecords(text: text, fileName: "t.csv")
            // A record that is one blank unquoted field is a blank line to the reader.
            if fields.count == 1, !CSVWriter.needsQuotes(fields[0]), fields[0].allSatisfy({ $0 == "\t" || $0 == " " }) { continue }
            #expect(records.count == 2 && records[1].fields == fields, "\(fields)")
        }
    }
}
