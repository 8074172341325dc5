import ArgumentParser
import CNFin

/// `--lang zh|en` (any case): the one language enum of the library (`summary`, `decompose`, `indicators`,
/// `chart`, `regress`, `test`, `seasonal`, `filter`, `arima`, `forecast`, `report` and
/// `data show/list/status/breaks` all take it), parsed by swift-argument-parser.
extension DisplayLanguage: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
