import CNFinCharts
import CNFinDatasets
import CNFinDecomposition
import CNFinOutput
import CNFinRelease
import CNFinSeasonal
import CNFinSeries
import Foundation
import CNFinSupport

/// A monthly review (金融数据点评) of one release month: the summary, the M1–M2
/// gap and growth of money and credit, the structure of new loans and of the TSF
/// increment against the same month a year earlier, seasonally adjusted flows
/// and contributions to loan growth — as sections with tables and SVG charts.
///
/// Render with ``markdown()``, ``html()`` and ``notebook()``; write all with
/// ``ReportWriter``.
public struct MonthlyReport: Sendable {
    public let month: Month
    public let language: DisplayLanguage
    /// The release summary the report starts with (identical to `cnfin summary`).
    public let summary: MonthlySummary
    public let sections: [ReportSection]
    /// The latest month of any headline series in the data (``DataStatus/currency``), printed in the header.
    public let dataCurrency: Month?

    /// Months shown by the time-series charts (five years).
    public static let chartMonths = 60
    /// Months shown by the contribution chart (three years).
    public static let contributionMonths = 36

    /// Builds the report of `month` (default: the latest release month in the data).
    ///
    /// `invocation` (the `--data` and `--out` given to `cnfin report`) goes into every "reproduce" command.
    public init(data: ReleaseData, month requested: Month? = nil, language: DisplayLanguage,
                invocation: ReportInvocation = ReportInvocation()) throws(ReportError) {
        let summary: MonthlySummary
        do {
            summary = try MonthlySummary(data: data, month: requested, language: language)
        } catch {
            throw .release(error)
        }
        let builder = ReportSectionBuilder(data: data, month: summary.month, language: language, invocation: invocation)
        self.invocation = invocation
        self.month = summary.month
        self.language = language
        self.summary = summary
        self.sections = try builder.sections(summary: summary)
        self.dataCurrency = DataStatus(dataset: data.dataset).currency
    }

    /// "数据截至2026年8月" / "data current to 2026-08".
    public var currencyLine: String { DataStatus.currencyLine(dataCurrency, chinese: language == .zh) }

    /// The report's title.
    public var title: String {
        let t = ReportText(language: language)
        return t("\(month.year)年\(month.month)月金融数据点评", "Monthly review of financial statistics, \(ReleaseParagraph.englishMonthName(month.month)) \(month.year)")
    }

    /// The section with `id`.
    public func section(_ id: String) throws(ReportError) -> ReportSection {
        guard let s = sections.first(where: { $0.id == id }) else {
            throw .unknownSection(id, available: sections.map(\.id))
        }
        return s
    }

    /// The command that writes this report: its `--data` and its real `--out` (default `report-MONTH-LANG`).
    public var command: String {
        let out = ReportInvocation.shellQuoted(invocation.outDirectory ?? "report-\(month)-\(language)")
        return "cnfin report --month \(month) --lang \(language)\(invocation.dataArguments) --out \(out)"
    }

    /// How the report was invoked (for its reproduce commands).
    public let invocation: ReportInvocation
}
