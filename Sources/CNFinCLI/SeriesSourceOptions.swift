import ArgumentParser
import CNFin
import Foundation

/// Where `cnfin seasonal` and `cnfin filter` read their series: a dataset id (bundled data,
/// or a dataset directory given with `--data DIR`) or a column of a CSV file
/// (`--data FILE.csv --column COL [--date-column COL]`), restricted to `--from/--to`.
struct SeriesSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "With an ID: a dataset directory (same files as the bundled Datasets/data/). Without: a CSV file with a header row (needs --column).",
        valueName: "PATH"))
    var data: String?

    @Option(help: "Value column of the --data CSV file.")
    var column: String?

    @Option(name: .customLong("date-column"), help: ArgumentHelp(
        "Date column of the CSV file: YYYY-MM or a full date YYYY-MM-DD (default: 'month' or 'date', else the first column).",
        valueName: "COL"))
    var dateColumn: String?

    @Option(help: ArgumentHelp("First month to use (default: the first with data).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var from: Month?

    @Option(help: ArgumentHelp("Last month to use (default: the last with data).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var to: Month?

    /// The usage checks, given the command's optional dataset `id`.
    func check(id: String?) throws {
        if id != nil {
            if column != nil || dateColumn != nil {
                throw ValidationError("give either a dataset ID or --data FILE.csv --column COL, not both")
            }
        } else if data == nil || column == nil {
            throw ValidationError("give a dataset ID (e.g. loans_increase; see cnfin data list) or --data FILE.csv --column COL")
        }
        if let first = from, let last = to, first > last {
            throw ValidationError("--from \(first) is after --to \(last)")
        }
    }

    /// The series to analyse.
    func series(id: String?) throws -> MonthlySeries {
        if let id {
            let dataset: Dataset
            if let data {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), !isDirectory.boolValue {
                    throw ValidationError("--data \(data) is a file: with a dataset ID, --data names a dataset directory; "
                        + "for a CSV file give --column COL instead of an ID")
                }
                dataset = try loadDataset(directory: data)
            } else {
                dataset = try loadDataset(directory: nil)
            }
            return try dataset.series(id)
        }
        guard let data, let column else { throw ValidationError("--data FILE.csv needs --column COL") }
        return try MonthlyCSV.readColumn(url: URL(fileURLWithPath: data), column: column, dateColumn: dateColumn)
    }

    /// The input as named in error messages: the dataset id or the CSV file and column, and,
    /// when the span was chosen automatically around a gap, the note that says so.
    func inputLabel(id: String?) -> String {
        let name = id ?? "\(URL(fileURLWithPath: data ?? "").lastPathComponent), column \(column ?? "")"
        guard let note = (try? completeSpan(id: id))?.note else { return name }
        return "\(name) (\(note))"
    }

    /// The series' gap-free span to analyse, with a note when it was chosen automatically.
    ///
    /// With `--from` or `--to`, exactly that span (trimmed of leading/trailing missing months)
    /// must be complete, else the error names the first missing months. Without them, a series
    /// with gaps is analysed over its longest gap-free run (the latest of equally long ones),
    /// and the note says so.
    func completeSpan(id: String?) throws -> SeriesSpan {
        let s = try series(id: id)
        let first = from, last = to
        var note: String?
        var lower = first, upper = last
        let whole = s.trimmed()
        if first == nil, last == nil, let longest = whole.longestCompleteRun(), longest != whole.start...(whole.end ?? whole.start) {
            lower = longest.lowerBound
            upper = longest.upperBound
            let missing = whole.months.filter { whole[$0] == nil }
            let shown = missing.prefix(6).map(\.description).joined(separator: ", ") + (missing.count > 6 ? ", …" : "")
            note = "\(s.id) has no data for \(shown); using its longest gap-free span \(longest.lowerBound)…\(longest.upperBound) "
                + "(choose another with --from/--to)"
        }
        let span = try s.completeSpan(from: lower, to: upper)
        return SeriesSpan(name: s.id, start: span.start, values: span.values, kind: id != nil ? s.kind : nil, note: note)
    }
}

/// A complete monthly span read by ``SeriesSourceOptions``.
struct SeriesSpan {
    /// The series id or CSV column.
    var name: String
    /// The first month.
    var start: Month
    /// The values, one per month.
    var values: [Double]
    /// What the series measures: the catalog kind for a dataset id; `nil` for a CSV column
    /// (its kind is not known from the file).
    var kind: SeriesKind?
    /// Why this span was chosen, when it was not the whole series.
    var note: String?

    /// `YYYY-MM…YYYY-MM`.
    var description: String { "\(start)…\(start.advanced(by: values.count - 1))" }
}
