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
        try seriesAndLabel(id: id).series
    }

    /// The series to analyse and its label (a dataset id with its Chinese catalog name, or the CSV column).
    func seriesAndLabel(id: String?) throws -> (series: MonthlySeries, label: SeriesLabel) {
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
            let series = try dataset.series(id)
            return (series, SeriesLabel(id: series.id, nameZh: (try? dataset.entry(series.id))?.nameZh))
        }
        guard let data, let column else { throw ValidationError("--data FILE.csv needs --column COL") }
        let series = try MonthlyCSV.readColumn(url: URL(fileURLWithPath: data), column: column, dateColumn: dateColumn)
        return (series, SeriesLabel(id: series.id))
    }

    /// The input as named in error messages: the dataset id or the CSV file and column, and,
    /// when the span was chosen automatically around a gap, the note that says so.
    func inputLabel(id: String?) -> String {
        let name = id ?? "\(URL(fileURLWithPath: data ?? "").lastPathComponent), column \(column ?? "")"
        guard let note = (try? completeSpan(id: id))?.notes.first else { return name }
        return "\(name) (\(note.text(in: .en)))"
    }

    /// The series' gap-free span to analyse, with a note when it was chosen automatically.
    ///
    /// With `--from` or `--to`, exactly that span (trimmed of leading/trailing missing months)
    /// must be complete, else the error names the first missing months. Without them, a series
    /// with gaps is analysed over its longest gap-free run (the latest of equally long ones),
    /// and the note says so.
    func completeSpan(id: String?) throws -> SeriesSpan {
        let (s, label) = try seriesAndLabel(id: id)
        let first = from, last = to
        var notes: [any LocalizedNote] = []
        var lower = first, upper = last
        let whole = s.trimmed()
        if first == nil, last == nil, let longest = whole.longestCompleteRun(), longest != whole.start...(whole.end ?? whole.start) {
            lower = longest.lowerBound
            upper = longest.upperBound
            notes.append(GapFreeSpanNote(series: s.id, missing: whole.months.filter { whole[$0] == nil }, span: longest))
        }
        let span = try s.completeSpan(from: lower, to: upper)
        return SeriesSpan(label: label, start: span.start, values: span.values, kind: id != nil ? s.kind : nil, notes: notes)
    }
}

/// A complete monthly span read by ``SeriesSourceOptions``.
struct SeriesSpan {
    /// The series id or CSV column, with its Chinese catalog name.
    var label: SeriesLabel
    /// The series id or CSV column.
    var name: String { label.id }
    /// The first month.
    var start: Month
    /// The values, one per month.
    var values: [Double]
    /// What the series measures: the catalog kind for a dataset id; `nil` for a CSV column
    /// (its kind is not known from the file).
    var kind: SeriesKind?
    /// Why this span was chosen, when it was not the whole series.
    var notes: [any LocalizedNote] = []

    /// `YYYY-MM…YYYY-MM`.
    var description: String { "\(start)…\(start.advanced(by: values.count - 1))" }
}
