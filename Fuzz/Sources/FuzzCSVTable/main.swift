// Fuzz target: the generic CSV stack — `CSVTable` (RFC 4180 tokenizer
// `CSVScanner` underneath) and the CSV writer `CSVRenderer`.
//
// Input: the bytes of a CSV file (invalid UTF-8 is replaced, as a decoder would).
// Invariants, beyond "no crash":
// - every record has as many fields as the header, lines increase, and every
//   location points inside the text (line ≥ 1, column ≥ 1);
// - write → read round trip: the header and records written back with
//   `CSVRenderer.line` (LF and CRLF line endings) parse to the same field texts;
// - an error names a location inside the text (line ≤ number of lines + 1).
import CNFinOutput
import CNFinSeries
import FuzzSupport

func fieldTexts(_ table: CSVTable) -> [[String]] {
    [table.header.map(\.text)] + table.records.map { $0.fields.map(\.text) }
}

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let lineCount = text.utf8.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 } + text.count
    let table: CSVTable
    do {
        table = try CSVTable(text: text, fileName: "fuzz.csv")
    } catch let error as CSVError {
        if let location = error.location {
            fuzzCheck(location.line >= 1 && location.column >= 1 && location.line <= lineCount,
                      "error location \(location) outside the text: \(error)")
        }
        return 0
    } catch {
        fuzzCheck(false, "CSVTable threw a non-CSV error: \(error)")
        return 0
    }
    var previousLine = 0
    for record in table.records {
        fuzzCheck(record.fields.count == table.header.count, "record on line \(record.line) has \(record.fields.count) fields")
        fuzzCheck(record.line > previousLine, "record lines do not increase: \(record.line) after \(previousLine)")
        previousLine = record.line
        for field in record.fields {
            fuzzCheck(field.location.line >= record.line && field.location.column >= 1, "field location \(field.location)")
        }
    }
    let original = fieldTexts(table)
    for ending in ["\n", "\r\n"] {
        let written = original.map { CSVRenderer.line($0) + ending }.joined()
        do {
            let reread = try CSVTable(text: written, fileName: "rewritten.csv")
            fuzzCheck(fieldTexts(reread) == original,
                      "round trip changed the fields: \(original) -> \(fieldTexts(reread)) via \(written.debugDescription)")
        } catch {
            fuzzCheck(false, "the written CSV does not parse: \(error) — \(written.debugDescription)")
        }
    }
    return 0
}
