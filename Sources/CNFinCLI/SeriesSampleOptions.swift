import ArgumentParser
import CNFin
import Foundation

/// `--from YYYY-MM --to YYYY-MM`: the months a command uses — the one declaration of the pair, shared by
/// every command that restricts its input to a span (``SeriesSampleOptions``, `indicators`).
struct MonthRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First month (default: the first with data).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var from: Month?

    @Option(help: ArgumentHelp("Last month (default: the last with data).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var to: Month?

    /// True when either bound was given.
    var isSet: Bool { from != nil || to != nil }

    func validate() throws {
        if let first = from, let last = to, last < first {
            throw usageError(en: "--to \(last) is before --from \(first)", zh: "--to \(last) 早于 --from \(first)")
        }
    }
}

/// How dataset series are transformed and which months are used: `--transform` and `--from/--to`, shared
/// by every command that reads dataset series (``SeriesInput``, `regress` on dataset series, `data show`, `chart`).
/// The transforms are those of `cnfin data show --transform` (``SeriesTransform``); a single name
/// may carry its own as `ID:TRANSFORM`.
struct SeriesSampleOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Transform dataset series first, as in `cnfin data show` (where a command names series one by one — an ID argument, --series, --y/--x — ID:TRANSFORM sets one series' transform)."))
    var transform: SeriesTransform?

    @OptionGroup var range: MonthRangeOptions

    /// The first month asked for (`--from`).
    var from: Month? { range.from }
    /// The last month asked for (`--to`).
    var to: Month? { range.to }

    /// True when an option that only makes sense with dataset series was given.
    var isSet: Bool { transform != nil || range.isSet }

    /// Splits `ID[:TRANSFORM]`, or throws a usage error for an unknown transform.
    static func parseName(_ name: String) throws -> (id: String, transform: SeriesTransform?) {
        guard let colon = name.firstIndex(of: ":") else { return (name, nil) }
        let suffix = String(name[name.index(after: colon)...])
        guard let transform = SeriesTransform.parse(suffix) else {
            let known = SeriesTransform.allCases.map(\.rawValue)
            throw usageError(en: "unknown transform '\(suffix)' in '\(name)'; use one of: " + known.joined(separator: ", "),
                             zh: "「\(name)」中的变换「\(suffix)」未知；可用：" + known.joined(separator: "、"))
        }
        return (String(name[..<colon]), transform)
    }

    /// The name a series is shown under: `ID`, or `ID.TRANSFORM` when transformed (as in `cnfin data show`).
    func label(_ name: String) -> String {
        guard let (id, own) = try? Self.parseName(name) else { return name }
        return (own ?? transform).map { "\(id).\($0.rawValue)" } ?? id
    }

    /// The series `name` (`ID` or `ID:TRANSFORM`) from `dataset`, transformed; a transformed series is
    /// renamed `ID.TRANSFORM` as in `cnfin data show`. Notes explain months left missing or taken
    /// from published rates.
    func series(_ name: String, in dataset: Dataset) throws -> (series: MonthlySeries, notes: [GrowthNote]) {
        let (id, own) = try Self.parseName(name)
        var series = try dataset.series(id)
        guard let transform = own ?? transform else { return (series, []) }
        let result = transform.apply(to: series, in: dataset)
        series = result.series
        series.id = "\(id).\(transform.rawValue)"
        series.kind = transform.resultKind(of: series.kind)
        return (series, result.notes)
    }

    /// Transform notes as sentences in `language`, one per series and break (months as runs), not one per
    /// month; in Chinese the series by their catalog names and the breaks by their Chinese descriptions.
    static func sentences(_ notes: [GrowthNote], dataset: Dataset, language: DisplayLanguage = .en) -> [String] {
        dataset.growthNoteSentences(notes, language: language)
    }

    /// The transform notes in both languages, as one note per sentence.
    static func localizedSentences(_ notes: [GrowthNote], dataset: Dataset) -> [any LocalizedNote] {
        let zh = sentences(notes, dataset: dataset, language: .zh), en = sentences(notes, dataset: dataset, language: .en)
        guard zh.count == en.count else { return [BilingualNote(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))] }
        return zip(zh, en).map { BilingualNote(zh: $0, en: $1) }
    }

    /// `y` regressed on `x` (lags 0…`lags` of each), aligned by month on the common calendar:
    /// only months where every series has a value, within --from/--to.
    /// - Returns: the design and the transform notes for the sample's months.
    func design(dataset: Dataset, y: String, x: [String], lags: Int = 0,
                language: DisplayLanguage = .en) throws -> (design: MonthlyDesign, notes: [String]) {
        let dependent = try series(y, in: dataset)
        let regressors = try x.map { try series($0, in: dataset) }
        let design = try MonthlyDesign(y: dependent.series, x: regressors.map(\.series), lags: lags, from: from, to: to)
        let months = Set(design.months)
        let notes = ([dependent.notes] + regressors.map(\.notes)).flatMap { $0 }.filter { months.contains($0.month) }
        return (design, Self.sentences(notes, dataset: dataset, language: language))
    }
}
