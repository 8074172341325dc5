import ArgumentParser
import CNFin
import Foundation

/// The one input group of the commands that analyse one series (`seasonal`, `filter`, `arima`,
/// `forecast`, `test`): a dataset id — the `ID` argument, or `--series ID` (the spelling `cnfin test`
/// documents; a hidden alias elsewhere) — read from the bundled data or the dataset directory `--data-dir DIR`
/// (or `--data DIR`),
/// optionally as `ID:TRANSFORM` or with `--transform`; or a column of a CSV file
/// (`--data FILE.csv --column COL [--date-column COL]`); restricted to `--from/--to`.
///
/// ``resolve()`` is the one resolver: it returns the library's ``MonthlySeries`` and where it came from
/// (``SeriesProvenance``).
struct SeriesInput: ParsableArguments {
    @Argument(help: "Dataset id (e.g. loans_increase; see cnfin data list; ID:TRANSFORM transforms it), or omit and use --data FILE.csv --column COL.",
              completion: seriesIDCompletion)
    var id: String?

    @Option(name: .customLong("series"), help: ArgumentHelp("The dataset id, as the ID argument.", valueName: "ID", visibility: .hidden),
            completion: seriesIDCompletion)
    var seriesOption: String?

    @Option(help: ArgumentHelp(
        "With an ID: a dataset directory (same files as the bundled Datasets/data/). Without: a CSV file with a header row (needs --column).",
        valueName: "PATH"))
    var data: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "With an ID: the dataset directory to read it from (as --data DIR; default: the bundled data and the user data directory).",
        valueName: "DIR"))
    var dataDirectory: String?

    @Option(help: "Value column of the --data CSV file.")
    var column: String?

    @Option(name: .customLong("date-column"), help: ArgumentHelp(
        "Date column of the CSV file: YYYY-MM or a full date YYYY-MM-DD (default: 'month' or 'date', else the first column).",
        valueName: "COL"))
    var dateColumn: String?

    @OptionGroup var sample: SeriesSampleOptions

    /// How a command reads a CSV column: as a monthly series (its date column gives the months, so
    /// `--from/--to` apply) or row by row (the tests: no date column needed).
    enum CSVReading {
        case monthly, rows
    }

    /// The dataset id as given (`ID` or `ID:TRANSFORM`), from the argument or `--series`.
    var seriesID: String? { id ?? seriesOption }

    func validate() throws {
        if id != nil, seriesOption != nil { throw usageError(en: "give the dataset id once: as the ID argument or as --series ID",
                                                               zh: "序列代码只能给出一次：作为 ID 参数或 --series ID") }
        if dataDirectory != nil, data != nil { throw usageError(en: "give the dataset directory once: --data-dir DIR (or --data DIR)",
                                                                   zh: "数据目录只能给出一次：--data-dir DIR（或 --data DIR）") }
        if let seriesID {
            if column != nil || dateColumn != nil {
                throw usageError(en: "give either a dataset ID or --data FILE.csv --column COL, not both",
                                 zh: "序列代码与 --data FILE.csv --column COL 只能给出其一")
            }
            _ = try SeriesSampleOptions.parseName(seriesID)
        } else if dataDirectory != nil {
            throw usageError(en: "--data-dir names a dataset directory for a dataset ID; for a CSV column give --data FILE.csv --column COL",
                             zh: "--data-dir 指定序列代码所在的数据目录；使用 CSV 文件的列请给出 --data FILE.csv --column COL")
        } else if column == nil {
            throw usageError(en: "give a dataset ID (e.g. loans_increase; see cnfin data list) or --data FILE.csv --column COL",
                             zh: "请给出序列代码（如 loans_increase，见 cnfin data list）或 --data FILE.csv --column COL")
        } else if data == nil {
            throw usageError(en: "--column \(column ?? "") needs --data FILE.csv", zh: "--column「\(column ?? "")」需要 --data FILE.csv")
        }
    }

    /// The usage checks of a command that reads a CSV column `reading`, in the command's `language`.
    func check(reading: CSVReading, language: DisplayLanguage) throws {
        guard seriesID == nil else { return }
        if sample.transform != nil {
            throw usageError(language, en: "--transform needs a dataset ID (a CSV column is used as it is)",
                             zh: "--transform 需要数据集序列代码（「CSV」列按原样使用）")
        }
        if reading == .rows {
            if sample.range.isSet {
                throw usageError(language, en: "--from and --to need a dataset ID (a CSV column is tested row by row)",
                                 zh: "--from 和 --to 需要数据集序列代码（「CSV」列逐行检验）")
            }
            if dateColumn != nil {
                throw usageError(language, en: "--date-column does not apply here: a CSV column is tested row by row",
                                 zh: "--date-column 在此不适用：「CSV」列逐行检验")
            }
        }
    }

    /// Where the series was read.
    var provenance: SeriesProvenance {
        if let seriesID { return .dataset(id: seriesID, directory: dataDirectory ?? data) }
        return .csv(file: data ?? "", column: column ?? "")
    }

    /// The series shown name: `ID`, `ID.TRANSFORM`, or the CSV column.
    var label: String { seriesID.map(sample.label) ?? column ?? "" }

    /// A resolved input: the series, its label (a dataset id with its Chinese catalog name, or the CSV column),
    /// the notes of its transform, and the status of the dataset it was read from (`nil` for a CSV column) —
    /// what the output's header needs, so that the dataset is loaded once per run.
    struct Resolved {
        var series: MonthlySeries
        var label: SeriesLabel
        var notes: [any LocalizedNote]
        var status: DataStatus?
    }

    /// The series: a dataset series (transformed with `--transform` or `ID:TRANSFORM`) or a CSV column read
    /// by month, with its label, transform notes and dataset status (``Resolved``). The one place the
    /// dataset is loaded.
    func resolve() throws -> Resolved {
        switch provenance {
        case let .dataset(id, directory):
            if let directory {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
                    throw usageError(en: "--data \(directory) is a file: with a dataset ID, --data names a dataset directory; "
                                         + "for a CSV file give --column COL instead of an ID",
                                     zh: "--data「\(directory)」是文件：与序列代码同用时，--data 指数据目录；"
                                         + "使用 CSV 文件请以 --column COL 代替序列代码")
                }
            }
            let dataset = try loadDataset(directory: directory)
            let (series, notes) = try sample.series(id, in: dataset)
            // A transformed series (`ID.TRANSFORM`) has no catalog name of its own.
            let label = SeriesLabel(id: series.id, nameZh: (try? dataset.entry(series.id))?.nameZh, unit: series.unit)
            let inSpan = notes.filter { $0.month >= (sample.from ?? $0.month) && $0.month <= (sample.to ?? $0.month) }
            return Resolved(series: series, label: label, notes: SeriesSampleOptions.localizedSentences(inSpan, dataset: dataset),
                            status: DataStatus(dataset: dataset))
        case let .csv(file, column):
            let series = try MonthlyCSV.readColumn(url: URL(fileURLWithPath: file), column: column, dateColumn: dateColumn)
            return Resolved(series: series, label: SeriesLabel(id: series.id, unit: series.unit), notes: [], status: nil)
        }
    }

    /// The input as named in error messages: the dataset id or the CSV file and column, and,
    /// when the span was chosen automatically around a gap, the note that says so.
    var inputLabel: BilingualText {
        let file = URL(fileURLWithPath: data ?? "").lastPathComponent
        let span = try? completeSpan()
        // In Chinese a dataset series is named by its catalog name, the id the user typed after it.
        let name = seriesID.map { id in
            BilingualText(en: id, zh: span?.label.nameZh.map { "\($0)（「\(id)」）" } ?? "「\(id)」")
        } ?? BilingualText(en: "\(file), column \(column ?? "")", zh: "「\(file)」的「\(column ?? "")」列")
        guard let note = span?.notes.first else { return name }
        return BilingualText(en: "\(name.en) (\(note.text(in: .en)))", zh: "\(name.zh)（\(note.text(in: .zh))）")
    }

    /// The series' gap-free span to analyse, with a note when it was chosen automatically.
    ///
    /// With `--from` or `--to`, exactly that span (trimmed of leading/trailing missing months)
    /// must be complete, else the error names the first missing months. Without them, a series
    /// with gaps is analysed over its longest gap-free run (the latest of equally long ones),
    /// and the note says so.
    func completeSpan() throws -> SeriesSpan {
        let resolved = try resolve()
        let s = resolved.series
        var notes = resolved.notes
        var lower = sample.from, upper = sample.to
        let whole = s.trimmed()
        if !sample.range.isSet, let longest = whole.longestCompleteRun(), longest != whole.start...(whole.end ?? whole.start) {
            lower = longest.lowerBound
            upper = longest.upperBound
            notes.insert(GapFreeSpanNote(series: s.id, missing: whole.months.filter { whole[$0] == nil }, span: longest), at: 0)
        }
        let span = try s.completeSpan(from: lower, to: upper)
        return SeriesSpan(label: resolved.label, start: span.start, values: span.values, kind: seriesID != nil ? s.kind : nil,
                          breaks: s.breaks, notes: notes, status: resolved.status)
    }

    /// The gap-free span under the library's break rule (``BreakPolicy/apply(seriesID:start:values:breaks:explicitSpan:)``),
    /// shared by `arima`, `forecast`, `seasonal` and `filter`. A CSV column has no registered breaks.
    ///
    /// `--from`/`--to` make the span explicit: a break inside it under `currentDefinition` is a
    /// usage error naming the break and the flags that allow crossing it (`allows`), in `language`.
    func breakSpan(policy: BreakPolicy, allows: BilingualText, language: DisplayLanguage) throws -> (span: SeriesSpan, rule: BreakSpan) {
        let span = try completeSpan()
        do {
            let rule = try policy.apply(seriesID: span.name, start: span.start, values: span.values, breaks: span.breaks,
                                        explicitSpan: sample.range.isSet)
            return (span, rule)
        } catch {
            guard case let .breakInSpan(breakID, month, series) = error else { throw error }
            throw usageError(
                language,
                en: "--from/--to cross the definitional break \(breakID) of \(series) at \(month): "
                    + "levels before and after do not mix. Start at \(month) or later" + (allows.en.isEmpty ? "" : ", or pass \(allows.en)"),
                zh: "--from/--to 跨越了\(Self.chineseName(span.label))在\(month)的统计口径变更「\(breakID)」：变更前后的水平值不可混用。"
                    + "请从\(month)或之后开始" + (allows.zh.isEmpty ? "" : "，或加 \(allows.zh)"))
        }
    }

    /// The usage error for a current-definition span shorter than `method` needs, in `language`.
    static func tooShortSinceBreak(_ span: SeriesSpan, _ rule: BreakSpan, minimum: Int, method: BilingualText, allows: BilingualText,
                                   language: DisplayLanguage) -> ValidationError {
        let breakID = rule.startBreak?.id ?? "?"
        return usageError(
            language,
            en: "\(span.name): the span of its current definition (since the break \(breakID)), "
                + "\(rule.start)…\(rule.end), has \(rule.values.count) months; \(method.en) needs at least \(minimum)."
                + (allows.en.isEmpty ? "" : " Pass \(allows.en)") + " (see cnfin data breaks)",
            zh: "\(chineseName(span.label))现行口径（自统计口径变更「\(breakID)」起）的区间\(rule.start)…\(rule.end)只有\(rule.values.count)个月；"
                + "\(method.zh)至少需要\(minimum)个月。" + (allows.zh.isEmpty ? "" : "可加 \(allows.zh)") + "（见「cnfin data breaks」）")
    }

    /// A series in a Chinese message: its catalog name with the id the user typed (`狭义货币（M1）余额（「m1」）`),
    /// or the id (a CSV column) in 「」.
    static func chineseName(_ label: SeriesLabel) -> String {
        label.nameZh.map { "\($0)（「\(label.id)」）" } ?? "「\(label.id)」"
    }

    /// The series and the `extra` ones as columns for a test: dataset series aligned by month on
    /// consecutive months (with the months used and the dataset's status, for the header), or CSV columns
    /// row by row (`dropMissing`: drop rows with an empty or `NA` cell).
    func columns(_ extra: [String] = [], dropMissing: Bool,
                 language: DisplayLanguage = .en) throws -> (columns: [[Double]], span: SampleSpan?, notes: [String], status: DataStatus?) {
        switch provenance {
        case let .dataset(id, directory):
            let dataset = try loadDataset(directory: directory)
            let (design, notes) = try sample.design(dataset: dataset, y: id, x: extra, language: language)
            try design.requireConsecutive()
            return ([design.y] + design.x, SampleSpan(design), notes, DataStatus(dataset: dataset))
        case let .csv(file, column):
            return (try Self.readColumns(file: file, [column] + extra, dropMissing: dropMissing).columns, nil, [], nil)
        }
    }

    /// The numeric `columns` of the CSV file `file`, row by row — the one CSV-column reader of the commands
    /// that take columns (`test`, `regress`): an empty or `NA` cell is an error with `--dropna` advice,
    /// unless `dropMissing` drops its row.
    static func readColumns(file: String, _ columns: [String], dropMissing: Bool) throws -> CSVNumericSelection {
        try withDropNAAdvice { () throws(CSVError) in
            try CSVNumericSelection.read(url: URL(fileURLWithPath: file), columns: columns, dropMissing: dropMissing)
        }
    }
}

/// Where a ``SeriesInput`` was read: a dataset series (bundled, or the dataset directory `directory`)
/// or a column of a CSV file.
enum SeriesProvenance: Equatable {
    case dataset(id: String, directory: String?)
    case csv(file: String, column: String)

    /// The input as named in messages: `series ID`, or `FILE, column COL`.
    var description: String {
        switch self {
        case .dataset(let id, _): return "series \(id)"
        case let .csv(file, column): return "\(URL(fileURLWithPath: file).lastPathComponent), column \(column)"
        }
    }

    /// The input as named in messages, in both languages: `series ID` / `序列「ID」`, or
    /// `FILE, column COL` / `「FILE」的「COL」列`.
    var label: BilingualText {
        switch self {
        case .dataset(let id, _): return BilingualText(en: description, zh: "序列「\(id)」")
        case let .csv(file, column):
            return BilingualText(en: description, zh: "「\(URL(fileURLWithPath: file).lastPathComponent)」的「\(column)」列")
        }
    }
}

/// A complete monthly span read by ``SeriesInput``.
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
    /// The registered definitional breaks of the series (none for a CSV column).
    var breaks: [DefinitionalBreak] = []
    /// Why this span was chosen, when it was not the whole series, and the transform's notes.
    var notes: [any LocalizedNote] = []
    /// The status of the dataset the series was read from (`nil` for a CSV column): the header's data currency.
    var status: DataStatus?

    /// `YYYY-MM…YYYY-MM`.
    var description: String { "\(start)…\(start.advanced(by: values.count - 1))" }
}
