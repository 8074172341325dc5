import Foundation
import Testing
@testable import CNFinSeries
import CNFinSupport

/// ``MonthlyCSV`` reading months and numbers from the bytes (no `String` per field) against
/// the `CSVTable`-based reader it replaced (kept below as ``ReferenceMonthlyCSV``): the same
/// series bit for bit, or the same error, on random wide files.
@Suite struct MonthlyCSVBytesTests {
    static func describe(_ series: [MonthlySeries]) -> String {
        series.map { "\($0.id) \($0.start) \($0.unit) \($0.kind) \($0.values.map { $0.map { "\($0.bitPattern)" } ?? "-" })" }
            .joined(separator: "\n")
    }

    static func outcome(_ body: () throws(CSVError) -> [MonthlySeries]) -> String {
        do { return describe(try body()) } catch { return "error: \(error)" }
    }

    @Test func randomWideFilesAsBefore() {
        let months = ["2023-01", "2023-02", "2023-03", "202304", "2023-05-01", "2023-13", "x", "2023-03"]
        let cells = ["1", "-2.5", "3e4", "", "NA", "abc", " 7 ", "1e400", "\"8\"", "亿"]
        let units = ["亿元", "%", "pp", "bad"], kinds = ["stock", "flow", "rate", "x"]
        var generator = SplitMix64(seed: 20_261_208)
        var agreed = 0, rejected = 0
        for _ in 0..<1_500 {
            func pick(_ a: [String], _ p: UInt64 = 4) -> String {
                generator.next() % p == 0 ? a[Int(generator.next() % UInt64(a.count))] : a[0]
            }
            let columns = 1 + Int(generator.next() % 3)
            let first = generator.next() % 10 == 0 ? "when" : ["month", "date", " Month "][Int(generator.next() % 3)]
            var text = ([first] + (0..<columns).map { "s\($0)" }).joined(separator: ",") + "\n"
            if generator.next() % 3 == 0 { text += (["unit"] + (0..<columns).map { _ in pick(units, 6) }).joined(separator: ",") + "\n" }
            if generator.next() % 3 == 0 { text += (["kind"] + (0..<columns).map { _ in pick(kinds, 6) }).joined(separator: ",") + "\n" }
            var index = Int(generator.next() % 2)
            for _ in 0..<Int(generator.next() % 6) {
                let month = generator.next() % 8 == 0 ? pick(months, 1) : months[min(index, 4)]
                index += 1
                var fields = [month] + (0..<columns).map { _ in pick(cells, 5) }
                if generator.next() % 15 == 0 { fields.removeLast() }
                text += fields.joined(separator: ",") + (generator.next() % 3 == 0 ? "\r\n" : "\n")
            }
            let expected = Self.outcome { () throws(CSVError) in try ReferenceMonthlyCSV.parse(text: text, fileName: "w.csv").series }
            #expect(Self.outcome { () throws(CSVError) in try MonthlyCSV.parse(text: text, fileName: "w.csv").series } == expected,
                    "\(text.debugDescription)")
            for column in ["s0", "s1", "month", "zz"] {
                let dateColumn: String? = generator.next() % 4 == 0 ? "s1" : nil
                let old = Self.outcome { () throws(CSVError) in
                    [try ReferenceMonthlyCSV.readColumn(text: text, fileName: "w.csv", column: column, dateColumn: dateColumn)]
                }
                #expect(Self.outcome { () throws(CSVError) in
                    [try MonthlyCSV.readColumn(text: text, fileName: "w.csv", column: column, dateColumn: dateColumn)]
                } == old, "\(text.debugDescription) \(column)")
            }
            if expected.hasPrefix("error") { rejected += 1 } else { agreed += 1 }
        }
        #expect(agreed > 200 && rejected > 200, "agreed \(agreed), rejected \(rejected)")
    }
}

/// The wide-file readers before they read from bytes (on ``CSVTable``), kept verbatim as the
/// reference of the test above.
enum ReferenceMonthlyCSV {
    static func parse(text: String, fileName: String) throws(CSVError) -> MonthlyCSV.Contents {
        let table = try CSVTable(text: text, fileName: fileName)
        let header = table.header
        guard header.count >= 2 else {
            throw .badHeader(header.first?.location ?? CSVLocation(file: fileName, line: 1, column: 1),
                             reason: "expected 'month' followed by at least one series id")
        }
        let first = header[0].text.trimmingWhitespace().lowercased()
        guard first == "month" || first == "date" else {
            throw .badHeader(header[0].location, reason: "first column must be 'month', found \"\(header[0].text)\"")
        }
        let ids = table.columns.dropFirst().map { $0 }
        for (field, id) in zip(header.dropFirst(), ids) where id.isEmpty {
            throw .badHeader(field.location, reason: "empty series id")
        }
        var units = [SeriesUnit](repeating: .other(""), count: ids.count)
        var kinds = [SeriesKind](repeating: .stock, count: ids.count)
        var records = table.records[...]
        while let record = records.first {
            let label = record.fields[0].text.trimmingWhitespace().lowercased()
            if label == "unit" {
                for (j, field) in record.fields.dropFirst().enumerated() {
                    let symbol = field.text.trimmingWhitespace()
                    guard let unit = SeriesUnit(symbol: symbol) else { throw .unknownUnit(field.location, text: symbol) }
                    units[j] = unit
                }
            } else if label == "kind" {
                for (j, field) in record.fields.dropFirst().enumerated() {
                    let text = field.text.trimmingWhitespace().lowercased()
                    guard let kind = SeriesKind(rawValue: text) else {
                        throw .invalidValue(field.location, column: ids[j], text: text, expected: "stock, flow or rate")
                    }
                    kinds[j] = kind
                }
            } else {
                break
            }
            records = records.dropFirst()
        }
        var columns = [[Double?]](repeating: [], count: ids.count)
        var start: Month?
        var previous: (month: Month, line: Int)?
        for record in records {
            let monthField = record.fields[0]
            let month = try CSVTable.month(monthField)
            if let previous {
                if month == previous.month {
                    throw .duplicateMonth(monthField.location, key: "month \(month)", firstLine: previous.line)
                }
                if month < previous.month {
                    throw .outOfOrder(monthField.location, month: month, previous: previous.month)
                }
                if month != previous.month.advanced(by: 1) {
                    throw .gap(monthField.location, after: previous.month, before: month)
                }
            } else {
                start = month
            }
            previous = (month, record.line)
            for (j, field) in record.fields.dropFirst().enumerated() {
                columns[j].append(try CSVTable.number(field, column: ids[j]))
            }
        }
        let origin = start ?? Month(index: 2000 * 12)
        let series = ids.indices.map {
            MonthlySeries(id: ids[$0], start: origin, values: columns[$0], unit: units[$0], kind: kinds[$0])
        }
        return MonthlyCSV.Contents(ids: ids, series: series)
    }

    static func readColumn(text: String, fileName: String, column: String,
                           dateColumn: String? = nil) throws(CSVError) -> MonthlySeries {
        let table = try CSVTable(text: text, fileName: fileName)
        let names = table.columns
        let headerLocation = table.header.first?.location ?? CSVLocation(file: fileName, line: 1, column: 1)
        func absent(_ name: String, _ role: String) -> CSVError {
            let hint = CloseMatches.didYouMean(CloseMatches.suggestions(for: name, among: names))
            return .badHeader(headerLocation, reason: "no \(role) column '\(name)'\(hint) (columns: \(names.joined(separator: ", ")))")
        }
        guard names.contains(column) else { throw absent(column, "value") }
        let dateName: String
        if let dateColumn {
            guard names.contains(dateColumn) else { throw absent(dateColumn, "date") }
            dateName = dateColumn
        } else if let named = names.first(where: { ["month", "date"].contains($0.lowercased()) }) {
            dateName = named
        } else {
            dateName = names[0]
        }
        var series = MonthlySeries(id: column, start: Month(index: 2000 * 12), values: [], unit: .other(""), kind: .stock)
        var previous: (month: Month, line: Int)?
        for record in table.records {
            let month = try record.month(dateName)
            let value = try record.optionalNumber(column)
            if let previous {
                if month == previous.month {
                    throw .duplicateMonth(record.field(dateName).location, key: "month \(month)", firstLine: previous.line)
                }
                if month < previous.month {
                    throw .outOfOrder(record.field(dateName).location, month: month, previous: previous.month)
                }
            }
            previous = (month, record.line)
            series[month] = value   // extends the series; skipped months stay missing (nil)
        }
        return series
    }
}
