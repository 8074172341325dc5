import ArgumentParser
import CNFin

// The library's own enums, parsed from the command line as they are (their raw values are the
// spellings), so that an option and the library never disagree about the valid values. The parsing,
// the listed values and the help's default come from ``EnumeratedArgument``.

/// `--lang zh|en` (any case): the one language enum of the library.
extension DisplayLanguage: EnumeratedArgument {}

/// `decompose --basis yoy|mom|ytd|sum12`.
extension DecompositionBasis: EnumeratedArgument {}

/// `--transform yoy|mom|diff|ytd|flow|sum12` and the `:TRANSFORM` of `ID:TRANSFORM`.
extension SeriesTransform: EnumeratedArgument {}

/// `seasonal --kind stock|flow|rate` (for a CSV column, whose kind the catalog does not give).
extension SeriesKind: EnumeratedArgument {}

/// `summary --units yi|release`.
extension SummaryUnits: EnumeratedArgument {}

/// `arima/forecast/seasonal --cny-form flow|stock`.
extension ChineseNewYearRegressor.Form: EnumeratedArgument {}

/// `test adf --regression n|c|ct`.
extension ADFRegression: EnumeratedArgument {}

/// `test kpss --regression c|ct`.
extension KPSSRegression: EnumeratedArgument {}

/// `--format text|markdown|csv|json|latex` of the commands that print text only; `txt`, `plain`, `md`
/// and `tex` are accepted as aliases (``OutputFormat/init(parsing:)``).
extension OutputFormat: EnumeratedArgument {
    public static var aliases: [String: Self] { ["txt": .text, "plain": .text, "md": .markdown, "tex": .latex] }
}
