import ArgumentParser
import CNFin

// The library's own enums, parsed from the command line as they are (their raw values are the
// spellings), so that an option and the library never disagree about the valid values.

/// `decompose --basis yoy|mom|ytd|sum12`.
extension DecompositionBasis: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// `seasonal --kind stock|flow|rate` (for a CSV column, whose kind the catalog does not give).
extension SeriesKind: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// `summary --units yi|release`.
extension SummaryUnits: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// `arima/forecast/seasonal --cny-form flow|stock`.
extension ChineseNewYearRegressor.Form: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}

/// `--format text|markdown|csv|json|latex` of the commands that print text only; `txt`, `plain`, `md`
/// and `tex` are accepted as aliases (``OutputFormat/init(parsing:)``).
extension OutputFormat: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
    static var aliases: [String: Self] { ["txt": .text, "plain": .text, "md": .markdown, "tex": .latex] }
}
