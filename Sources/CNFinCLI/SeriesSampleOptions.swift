import ArgumentParser
import CNFin
import Foundation

/// The options `cnfin regress --series` and `cnfin test … --series` share: how bundled series are
/// transformed and which months are used. The transforms are those of `cnfin data show --transform`
/// (``SeriesTransformOption``); a single name may carry its own as `ID:TRANSFORM`.
struct SeriesSampleOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "With --series: transform every series first (yoy, mom, diff, ytd, flow, sum12), as in `cnfin data show`; ID:TRANSFORM sets one series' transform."))
    var transform: SeriesTransformOption?

    @Option(help: ArgumentHelp("With --series: first month of the sample.", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var from: Month?

    @Option(help: ArgumentHelp("With --series: last month of the sample.", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var to: Month?

    /// True when an option that only makes sense with bundled series was given.
    var isSet: Bool { transform != nil || from != nil || to != nil }

    func validate() throws {
        if let first = from, let last = to, last < first {
            throw ValidationError("--to \(last) is before --from \(first)")
        }
    }

    /// Splits `ID[:TRANSFORM]`, or throws a usage error for an unknown transform.
    static func parseName(_ name: String) throws -> (id: String, transform: SeriesTransformOption?) {
        guard let colon = name.firstIndex(of: ":") else { return (name, nil) }
        let suffix = String(name[name.index(after: colon)...])
        guard let transform = SeriesTransformOption(rawValue: suffix) else {
            throw ValidationError("unknown transform '\(suffix)' in '\(name)'; use one of: "
                + SeriesTransformOption.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return (String(name[..<colon]), transform)
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
        return (series, result.notes)
    }

    /// `y` regressed on `x` (lags 0…`lags` of each), aligned by month on the common calendar:
    /// only months where every series has a value, within --from/--to.
    /// - Returns: the design and the transform notes for the sample's months.
    func design(dataset: Dataset, y: String, x: [String], lags: Int = 0,
                language: DisplayLanguage = .en) throws -> (design: MonthlyDesign, notes: [String]) {
        let first = from, last = to
        let dependent = try series(y, in: dataset)
        let regressors = try x.map { try series($0, in: dataset) }
        let design = try MonthlyDesign(y: dependent.series, x: regressors.map(\.series), lags: lags, from: first, to: last)
        let months = Set(design.months)
        // One note per series and break (months as runs), not one per month.
        let chinese = language == .zh
        let descriptions = Dictionary(dataset.breaks.map { ($0.id, $0.readerDescription(chinese: chinese)) }, uniquingKeysWith: { a, _ in a })
        let notes = GrowthNote.grouped(([dependent.notes] + regressors.map(\.notes)).flatMap { $0 }.filter { months.contains($0.month) },
                                       language: language,
                                       name: { id in (try? dataset.entry(String(id.prefix { $0 != "." })))?.nameZh },
                                       describe: { descriptions[$0] })
        return (design, notes)
    }
}
