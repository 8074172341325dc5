import ArgumentParser
import CNFinSupport

/// An enumerated option value parsed by swift-argument-parser: its spellings are the raw values,
/// matched case-insensitively (`--cov hac`, `--lang EN`), and an invalid value is a usage error
/// (exit status 2) whose message lists ``allValueStrings`` — the parser's, never a hand-written check.
///
/// Conform an enum with `String` raw values and get both for free — the library's own enums too
/// (`extension DisplayLanguage: EnumeratedArgument {}`): the protocol and its defaults are public so that
/// they can witness `ExpressibleByArgument` for a public type. ``aliases`` adds further accepted
/// spellings (old flag spellings kept working) that the help does not list.
public protocol EnumeratedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// Extra accepted spellings (lower case) and the value each stands for.
    static var aliases: [String: Self] { get }
}

extension EnumeratedArgument {
    public static var aliases: [String: Self] { [:] }

    /// The value spelled `argument` (any case), or an alias of one.
    public static func parse(_ argument: String) -> Self? {
        let key = argument.lowercased()
        return allCases.first { $0.rawValue.lowercased() == key } ?? aliases[key]
    }

    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
