import Foundation
import Testing
@testable import CNFinSeries

/// ``LongFormatCSV``, now read record by record (``CSVStreamReader``), against the whole-text
/// reader it replaced (kept below as ``ReferenceLongFormat``): the same rows, or the same
/// error, on hand-picked and random texts, and on a file of several chunks.
@Suite struct LongFormatStreamingTests {
    static func reference(_ text: String) -> String {
        do {
            return describe(try ReferenceLongFormat.parse(CSVScanner(text: text, file: "l.csv")))
        } catch {
            return "error: \(error)"
        }
    }

    static func parsed(_ text: String) -> String {
        do { return describe(try LongFormatCSV.parse(text: text, fileName: "l.csv")) } catch { return "error: \(error)" }
    }

    static func describe(_ rows: [LongFormatCSV.Row]) -> String {
        rows.map { "\($0.line) \($0.id) \($0.month) \($0.value.bitPattern) \($0.source) \($0.extra.sorted { $0.key < $1.key })" }
            .joined(separator: "\n")
    }

    /// Hand-picked texts: CRLF, a BOM, quoted fields with doubled quotes and line breaks, extra
    /// columns, duplicates, bad months, values and headers, an unterminated quote.
    static let texts = [
        "id,month,value,source\nm2,2023-05,2820504.68,pboc\n", "id,month,value,source,note\r\nm2,2023-05,1,p,\"a,b\"\r\nm1,202306,2,p,\r\n",
        "id,month,value,source\nm2,2023-05,1,p\nm2,2023-05,2,p\n", "id,month,value,source\nm2,2023-13,1,p\n",
        "id,month,value,source\n,2023-05,1,p\n", "id,month,value,source\nm2,2023-05,,p\n", "id,month,value,source\nm2,2023-05,NA,p\n",
        "id,month,value\nm2,2023-05,1\n", "id,id,month,value,source\n", "id,month,value,source\nm2,2023-05,x,p\nm2,2023-06,1\n",
        "", "\u{FEFF}id,month,value,source\n\"m\"\"2\",2023-05-01,1e3,\"p\"\n", "id,month,value,source\nm2,2023-05,1,p\nm1,2023-05,1,p\nm2,2023-05,1,p\n",
        "id,month,value,source\nm2,2023-05,inf,p\n", "id,month,value,source\nm2,2023-05,1,p\n\"m2,2023-06,1,p\n",
    ]

    @Test(arguments: texts)
    func asBefore(text: String) {
        #expect(Self.parsed(text) == Self.reference(text), "\(text.debugDescription)")
    }

    @Test func randomFilesAsBefore() throws {
        let ids = ["m2", "m1", " m0 ", "\"m2\"", "", "亿"], months = ["2023-05", "2023-06", "202307", "2023-13", "x", " 2023-08 "]
        let values = ["1", "-2.5", "3e4", "", "NA", "abc", " 7 ", "1e400"]
        var generator = SplitMix64(seed: 20_261_207)
        var agreed = 0, rejected = 0
        for _ in 0..<1_500 {
            let extra = generator.next() % 3 == 0
            var text = "id,month,value,source" + (extra ? ",note" : "") + "\n"
            for _ in 0..<Int(generator.next() % 6) {
                func pick(_ a: [String]) -> String { generator.next() % 4 == 0 ? a[Int(generator.next() % UInt64(a.count))] : a[0] }
                var fields = [pick(ids), months[Int(generator.next() % 3)], pick(values), "pboc"]
                if generator.next() % 5 == 0 { fields[1] = pick(months) }
                if extra { fields.append(generator.next() % 2 == 0 ? "n" : "\"a,\r\nb\"") }
                if generator.next() % 12 == 0 { fields.removeLast() }
                text += fields.joined(separator: ",") + (generator.next() % 3 == 0 ? "\r\n" : "\n")
            }
            let expected = Self.reference(text)
            #expect(Self.parsed(text) == expected, "\(text.debugDescription)")
            if expected.hasPrefix("error") { rejected += 1 } else { agreed += 1 }
        }
        #expect(agreed > 200 && rejected > 200, "agreed \(agreed), rejected \(rejected)")
    }

    /// From a file of many chunks: the rows of the whole text.
    @Test func fileInChunks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = "id,month,value,source,note\n"
        for i in 0..<60_000 {
            let month = Month(index: 2000 * 12 + i % 3000)
            text += "s\(i / 3000),\(month),\(Double(i) / 7),pboc,\"n\r\n\(i)\"\n"
        }
        let url = directory.appendingPathComponent("long.csv")
        try Data(text.utf8).write(to: url)
        #expect(Self.describe(try LongFormatCSV.read(url: url)) == Self.reference(text))
    }
}

/// The whole-text reader of ``LongFormatCSV`` before it streamed (on ``CSVScanner``), kept
/// verbatim as the reference of the tests above.
enum ReferenceLongFormat {
    static func parse(_ scanner: CSVScanner) throws(CSVError) -> [LongFormatCSV.Row] {
        let requiredColumns = LongFormatCSV.requiredColumns
        let index = try CSVTable.checkedColumnIndex(scanner, requiredColumns: requiredColumns)
        let header = scanner.rows[0]
        let columns = (0..<header.count).map { scanner.trimmedText(scanner.spans[header.first + $0]) }
        let extraColumns = columns.filter { !requiredColumns.contains($0) }.map { (name: $0, position: index[$0, default: 0]) }
        let idColumn = index["id", default: 0], monthColumn = index["month", default: 0]
        let valueColumn = index["value", default: 0], sourceColumn = index["source", default: 0]

        var ids = InternedStrings()
        var sources = InternedStrings()
        var idNumbers: [String: Int] = [:]
        var lastIDNumber = -1
        var seen: [Int: Int] = [:]
        var rows: [LongFormatCSV.Row] = []
        for record in scanner.rows.dropFirst() {
            let idSpan = scanner.spans[record.first + idColumn]
            let (id, idChanged) = ids.text(of: idSpan, in: scanner)
            guard !id.isEmpty else { throw .emptyCell(scanner.location(idSpan), column: "id") }
            let month = try scanner.month(scanner.spans[record.first + monthColumn])
            let valueSpan = scanner.spans[record.first + valueColumn]
            let value: Double
            if let plain = scanner.plainNumber(valueSpan) {
                value = plain
            } else {
                let valueText = scanner.trimmedText(valueSpan)
                guard let parsed = try CSVTable.number(trimmed: valueText, column: "value", at: scanner.location(valueSpan)) else {
                    if valueText.isEmpty { throw .emptyCell(scanner.location(valueSpan), column: "value") }
                    throw .missingValue(scanner.location(valueSpan), column: "value", text: valueText)
                }
                value = parsed
            }
            if idChanged || lastIDNumber < 0 {
                if let number = idNumbers[id] {
                    lastIDNumber = number
                } else {
                    lastIDNumber = idNumbers.count
                    idNumbers[id] = lastIDNumber
                }
            }
            let key = lastIDNumber &* 120_000 &+ month.index
            if let firstLine = seen.updateValue(record.line, forKey: key) {
                throw .duplicateMonth(scanner.location(scanner.spans[record.first + monthColumn]),
                                      key: "id '\(id)' month \(month)", firstLine: firstLine)
            }
            var extra: [String: String] = [:]
            for column in extraColumns { extra[column.name] = scanner.trimmedText(scanner.spans[record.first + column.position]) }
            let source = sources.text(of: scanner.spans[record.first + sourceColumn], in: scanner).text
            rows.append(LongFormatCSV.Row(id: id, month: month, value: value, source: source, extra: extra, line: record.line))
        }
        return rows
    }

    struct InternedStrings {
        var previous: CSVScanner.Span?
        var previousText = ""

        mutating func text(of span: CSVScanner.Span, in scanner: CSVScanner) -> (text: String, changed: Bool) {
            if let previous, scanner.sameBytes(previous, span) { return (previousText, false) }
            previous = span
            previousText = scanner.trimmedText(span)
            return (previousText, true)
        }
    }
}
