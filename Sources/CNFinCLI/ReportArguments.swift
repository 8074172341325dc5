import ArgumentParser
import CNFin

/// `report --section`: one section of the monthly report, by its id (``ReportSection/id``), in the
/// report's order. `ReportCommandTests` checks that these are exactly the sections a report has.
enum ReportSectionOption: String, EnumeratedArgument {
    case summary, yoy, newLoans = "new-loans", tsf, seasonalLoans = "seasonal-loans", seasonalTSF = "seasonal-tsf"
    case contributions, notes
}

/// `report --format`: a `--section`'s format (svg, markdown, html), or `xlsx` for the whole report's
/// tables as a workbook.
enum ReportFormatOption: String, EnumeratedArgument {
    case markdown, html, svg, xlsx

    static var aliases: [String: Self] { ["md": .markdown] }

    /// The section format; `nil` for xlsx.
    var section: ReportSectionFormat? { ReportSectionFormat(rawValue: rawValue) }
}
