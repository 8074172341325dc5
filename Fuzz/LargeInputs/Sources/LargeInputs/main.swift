// Runs one parser on one large input and prints "seconds=… items=…" (peak
// memory is measured outside, by /usr/bin/time -v). Used by Fuzz/large-inputs.sh.
//
//   LargeInputs csv-table FILE   CSVTable (the generic reader)
//   LargeInputs long FILE        LongFormatCSV (dataset series files)
//   LargeInputs wide FILE        MonthlyCSV.parse (user wide files)
//   LargeInputs numeric FILE     CSVNumericTable (regress/test input)
//   LargeInputs ingest FILE      IngestParser.parse(data:) (cnfin ingest)
//   LargeInputs dataset DIR      Dataset.load(directory:) (--data DIR)
import CNFinDatasets
import CNFinIngest
import CNFinSeries
import CNFinStatistics
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: LargeInputs csv-table|long|wide|numeric|ingest|dataset PATH\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[2])
let clock = ContinuousClock()
let start = clock.now
var items = 0
var outcome = "ok"
do {
    switch arguments[1] {
    case "csv-table": items = try CSVTable(url: url).records.count
    case "long": items = try LongFormatCSV.read(url: url).count
    case "wide": items = try MonthlyCSV.read(url: url).series.count
    case "numeric": items = try CSVNumericTable(url: url).rowCount
    case "ingest":
        let result = try IngestParser.parse(data: try Data(contentsOf: url), source: url.lastPathComponent, month: Month(year: 2023, month: 5))
        items = result.figures.count + result.unparsed.count
    case "dataset": items = try Dataset.load(directory: url).seriesByID.count
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
print("seconds=\(seconds) items=\(items) outcome=\(outcome)")
