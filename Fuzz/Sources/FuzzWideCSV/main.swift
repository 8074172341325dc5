// Fuzz target: the wide monthly CSV (`month,id1,id2…` with optional `unit` and
// `kind` rows) read by `MonthlyCSV.parse` and `MonthlyCSV.readColumn`.
//
// Invariants, beyond "no crash":
// - every series has one value per month from the first to the last row, and
//   all values are finite;
// - differential: without unit/kind rows, `readColumn` of each id gives the
//   same start and values as `parse`;
// - write → read round trip: the contents written back (month column, unit
//   and kind rows, values as shortest round-trip text) parse to the same series.
import CNFinOutput
import CNFinSeries
import FuzzSupport

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let contents: MonthlyCSV.Contents
    do {
        contents = try MonthlyCSV.parse(text: text, fileName: "fuzz.csv")
    } catch {
        return 0
    }
    fuzzCheck(contents.ids == contents.series.map(\.id), "ids \(contents.ids) vs series")
    let lengths = Set(contents.series.map(\.count))
    fuzzCheck(lengths.count <= 1, "series of different lengths \(lengths)")
    for s in contents.series {
        fuzzCheck(s.values.allSatisfy { $0?.isFinite ?? true }, "non-finite value in \(s.id)")
    }
    // Differential against readColumn when the file has no unit/kind rows.
    let hasAttributeRows = contents.series.contains { s in
        if case .other = s.unit { return s.kind != .stock }
        return true
    }
    if !hasAttributeRows, let table = try? CSVTable(text: text, fileName: "fuzz.csv"),
       let first = table.records.first?.fields.first?.text.lowercased(), !["unit", "kind"].contains(first.trimmingCharacters(in: .whitespacesAndNewlines))
    {
        for s in contents.series {
            do {
                let column = try MonthlyCSV.readColumn(text: text, fileName: "fuzz.csv", column: s.id)
                fuzzCheck(column.values == s.values && (s.values.isEmpty || column.start == s.start),
                          "readColumn(\(s.id)) differs from parse")
            } catch {
                fuzzCheck(false, "readColumn(\(s.id)) failed on a file parse accepts: \(error)")
            }
        }
    }
    // Round trip.
    let ids = contents.ids
    let monthName = (try? CSVTable(text: text, fileName: "fuzz.csv"))?.header.first?.text ?? "month"
    var lines = [CSVRenderer.line([monthName] + ids)]
    if let unit = contents.series.first?.unit, case .other = unit {} else if !ids.isEmpty {
        lines.append(CSVRenderer.line(["unit"] + contents.series.map(\.unit.description)))
    }
    lines.append(CSVRenderer.line(["kind"] + contents.series.map(\.kind.rawValue)))
    if let first = contents.series.first {
        for i in 0..<first.count {
            lines.append(CSVRenderer.line([first.start.advanced(by: i).description]
                + contents.series.map { $0.values[i].map { "\($0)" } ?? "" }))
        }
    }
    let written = lines.joined(separator: "\n") + "\n"
    do {
        let reread = try MonthlyCSV.parse(text: written, fileName: "rewritten.csv")
        fuzzCheck(reread.ids == contents.ids, "round trip changed the ids")
        for (a, b) in zip(contents.series, reread.series) {
            fuzzCheck(a.unit == b.unit && a.kind == b.kind && a.values == b.values && (a.values.isEmpty || a.start == b.start),
                      "round trip changed series \(a.id): \(a) -> \(b)")
        }
    } catch {
        fuzzCheck(false, "the written wide CSV does not parse: \(error) — \(written.debugDescription)")
    }
    return 0
}
