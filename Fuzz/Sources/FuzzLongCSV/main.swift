// Fuzz target: the long-format dataset CSV (`id,month,value,source[,extra…]`)
// read by `LongFormatCSV` from the tokenizer's byte ranges (fast paths for
// months, numbers and repeated ids).
//
// Invariants, beyond "no crash":
// - differential: every row equals what the general `CSVTable` path reads from
//   the same record (trimmed id and source, `Month.parse` of the month cell,
//   the number of the value cell, the extra columns);
// - (id, month) pairs are unique, values finite;
// - write → read round trip: the rows written back (values as Swift's
//   shortest round-trip text) parse to the same rows, bit for bit;
// - `LongFormatCSV.series(from:)` holds every row's value at its month.
import CNFinOutput
import CNFinSeries
import FuzzSupport

struct Key: Hashable { var id: String; var month: Month }

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let rows: [LongFormatCSV.Row]
    do {
        rows = try LongFormatCSV.parse(text: text, fileName: "fuzz.csv")
    } catch {
        return 0
    }
    guard let table = try? CSVTable(text: text, fileName: "fuzz.csv", requiredColumns: LongFormatCSV.requiredColumns) else {
        fuzzCheck(false, "LongFormatCSV accepted a file CSVTable rejects")
        return 0
    }
    fuzzCheck(rows.count == table.records.count, "\(rows.count) rows vs \(table.records.count) records")
    var seen = Set<Key>()
    let extraNames = table.columns.filter { !LongFormatCSV.requiredColumns.contains($0) }
    for (row, record) in zip(rows, table.records) {
        fuzzCheck(row.id == record.string("id"), "id \(row.id.debugDescription) vs \(record.string("id").debugDescription)")
        fuzzCheck(row.source == record.string("source"), "source \(row.source.debugDescription)")
        fuzzCheck(row.line == record.line, "line \(row.line) vs \(record.line)")
        fuzzCheck((try? record.month("month")) == row.month, "month \(row.month) vs \(record.field("month").text.debugDescription)")
        let number = try? record.number("value")
        fuzzCheck(number.map { $0.bitPattern == row.value.bitPattern } ?? false,
                  "value \(row.value) vs \(record.field("value").text.debugDescription)")
        fuzzCheck(row.value.isFinite, "non-finite value")
        for name in extraNames {
            fuzzCheck(row.extra[name] == record.string(name), "extra column \(name)")
        }
        fuzzCheck(seen.insert(Key(id: row.id, month: row.month)).inserted, "duplicate \(row.id) \(row.month) accepted")
    }
    // Round trip.
    let header = LongFormatCSV.requiredColumns + extraNames
    var written = CSVRenderer.line(header) + "\n"
    for row in rows {
        written += CSVRenderer.line([row.id, row.month.description, "\(row.value)", row.source] + extraNames.map { row.extra[$0] ?? "" }) + "\n"
    }
    do {
        let reread = try LongFormatCSV.parse(text: written, fileName: "rewritten.csv")
        fuzzCheck(reread.count == rows.count, "round trip: \(reread.count) rows vs \(rows.count)")
        for (a, b) in zip(rows, reread) {
            fuzzCheck(a.id == b.id && a.month == b.month && a.value.bitPattern == b.value.bitPattern && a.source == b.source
                      && a.extra == b.extra, "round trip changed \(a) into \(b)")
        }
    } catch {
        fuzzCheck(false, "the written long CSV does not parse: \(error) — \(written.debugDescription)")
    }
    // Grouping into series.
    let series = Dictionary(LongFormatCSV.series(from: rows).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for row in rows {
        fuzzCheck(series[row.id]?[row.month].map { $0.bitPattern == row.value.bitPattern } ?? false,
                  "series \(row.id) lost \(row.month)")
    }
    return 0
}
