import CNFinDatasets
import CNFinOutput
import CNFinSeries
import CNFinSupport

/// One month's release summary computed from the data: the release paragraph
/// in the PBoC's wording (``ReleaseParagraph``), the figures behind it with
/// their sources, and the tables analysts build beside it.
public struct MonthlySummary: Sendable {
    /// The release month.
    public let month: Month
    /// The language of the text and the table labels.
    public let language: DisplayLanguage
    /// The figures, stocks then flows (``ReleaseFigureCatalog``).
    public let figures: [ReleaseFigure]
    /// The release paragraph.
    public let paragraph: ReleaseParagraph
    /// Headline table, M1–M2 gap, loan structure, TSF structure.
    public var tables: [Table]

    /// The paragraph text.
    public var text: String { paragraph.text }
    /// Ids (or `id.measure`) the paragraph would state but the data do not hold.
    public var missing: [String] { paragraph.missing }

    /// The summary of `month` (default: ``ReleaseData/latestReleaseMonth``).
    ///
    /// Throws when the month lies outside the months of the data, or when
    /// the data hold none of its release figures; the error gives the range.
    public init(data: ReleaseData, month requested: Month? = nil, language: DisplayLanguage) throws(ReleaseError) {
        guard let range = data.availableMonths, let latest = data.latestReleaseMonth else { throw .noData }
        let month = requested ?? latest
        if month > range.upperBound { throw .afterLatest(month: month, available: range) }
        if month < range.lowerBound { throw .beforeFirst(month: month, available: range) }
        let builder = ReleaseFigureBuilder(data: data)
        let specs = ReleaseFigureCatalog.stocks + ReleaseFigureCatalog.flows
        let figures = specs.map { builder.figure($0, month: month) }
        let input = ReleaseFigures(year: month.year, month: month.month, figures: figures)
        let paragraph = ReleaseParagraph(input, language: language)
        if paragraph.text.isEmpty { throw .noFigures(month: month, available: range) }
        self.month = month
        self.language = language
        self.figures = figures
        self.paragraph = paragraph
        let tables = SummaryTables(data: data, builder: builder, month: month, language: language, figures: figures)
        self.tables = [tables.headline(), tables.scissorsGap(), tables.loanStructure(), tables.tsfStructure()]
    }
}
