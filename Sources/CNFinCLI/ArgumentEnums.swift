import ArgumentParser

/// An enumerated option value parsed by swift-argument-parser: its spellings are the raw values,
/// matched case-insensitively (`--cov hac`, `--lang EN`), and an invalid value is a usage error
/// (exit status 2) whose message lists ``allValueStrings`` — the parser's, never a hand-written check.
///
/// Conform an enum with `String` raw values and get both for free; ``aliases`` adds further
/// accepted spellings (old flag spellings kept working) that the help does not list.
protocol EnumeratedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// Extra accepted spellings (lower case) and the value each stands for.
    static var aliases: [String: Self] { get }
}

extension EnumeratedArgument {
    static var aliases: [String: Self] { [:] }

    /// The value spelled `argument` (any case), or an alias of one.
    static func parse(_ argument: String) -> Self? {
        let key = argument.lowercased()
        return allCases.first { $0.rawValue.lowercased() == key } ?? aliases[key]
    }

    init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }

    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    var defaultValueDescription: String { rawValue }
}
