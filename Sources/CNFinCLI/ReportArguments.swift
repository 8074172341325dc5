import ArgumentParser
import CNFin

/// `report --section`: one section of the monthly report, by its id (``ReportSection/id``), in the
/// report's order. `ReportCommandTests` checks that these are exactly the sections a report has.
enum ReportSectionOption: String, EnumeratedArgument {
    case summary, yoy, newLoans = "new-loans", tsf, seasonalLoans = "seasonal-loans", seasonalTSF = "seasonal-tsf"
    case contributions, notes
}

/// `report --format svg|markdown|html` of one `--section`.
extension ReportSectionFormat: EnumeratedArgument {
    public init?(argument: String) {
        guard let value = Self.parse(argument) else { return nil }
        self = value
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public var defaultValueDescription: String { rawValue }
}
