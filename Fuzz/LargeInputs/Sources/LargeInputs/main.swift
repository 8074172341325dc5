// Runs one parser on one large input and prints "seconds=… items=…" (peak
// memory is measured outside, by /usr/bin/time -v). Used by Fuzz/large-inputs.sh.
//
//   LargeInputs csv-table FILE   CSVTable (the generic reader)
//   LargeInputs long FILE        LongFormatCSV.forEachRow, rows counted (dataset series files)
//   LargeInputs long-rows FILE   LongFormatCSV.read: every row returned
//   LargeInputs wide FILE        MonthlyCSV.parse (user wide files)
//   LargeInputs numeric FILE     CSVNumericSelection of y,x1..x4 (regress/test input, streamed)
//   LargeInputs ingest FILE      IngestParser.parse(data:) (cnfin ingest)
//   LargeInputs dataset DIR      Dataset.load(directory:) (--data DIR)
import CNFinDatasets
import CNFinIngest
import CNFinSeries
import CNFinStatistics
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: LargeInputs csv-table|long|long-rows|wide|numeric|ingest|dataset PATH\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[2])
let clock = ContinuousClock()
let start = clock.now
var items = 0
/// The result, held to the end so that the resident set at the end includes it.
var kept: Any?
var outcome = "ok"
do {
    switch arguments[1] {
    case "csv-table": items = try CSVTable(url: url).records.count
    case "long": try LongFormatCSV.forEachRow(url: url) { (_: LongFormatCSV.Row) throws(CSVError) in items += 1 }
    case "long-rows":
        let rows = try LongFormatCSV.read(url: url)
        items = rows.count
        kept = rows
    case "wide": items = try MonthlyCSV.read(url: url).series.count
    case "numeric": items = try CSVNumericSelection.read(url: url, columns: ["y", "x1", "x2", "x3", "x4"]).rowCount
    case "ingest":
        let result = try IngestParser.parse(data: try Data(contentsOf: url), source: url.lastPathComponent, month: Month(year: 2023, month: 5))
        items = result.figures.count + result.unparsed.count
    case "dataset":
        let dataset = try Dataset.load(directory: url)
        items = dataset.seriesByID.count
        kept = dataset
    default:
        FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
        exit(2)
    }
} catch {
    // An error is a valid outcome for adversarial inputs; its time still counts.
    outcome = "error: \(String(describing: error).prefix(120))"
}
let elapsed = start.duration(to: clock.now)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
// The resident set at the end, while the result is still held (`VmRSS`; freed memory that the
// allocator keeps counts too): for `dataset`, about what the loaded dataset takes.
let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let residentKB = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
    .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") } ?? 0
print("seconds=\(seconds) items=\(items) end_rss_MB=\(residentKB / 1024) outcome=\(outcome)")
withExtendedLifetime(kept) {}
