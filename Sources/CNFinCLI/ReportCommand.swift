import ArgumentParser
import CNFin
import CNFinRelease
import CNFinReport
import CNFinSeries
import Foundation

/// `cnfin report`: the monthly review as Markdown, self-contained HTML and a Jupyter notebook.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the monthly review: report.md (+ SVG charts), report.html and report.ipynb.",
        discussion: """
            Builds the month's review (金融数据点评) from the data: the release summary, growth of M2, M1, \
            loans and TSF with the M1–M2 gap, new loans by sector and maturity and the TSF components against \
            the same month a year earlier, raw and seasonally adjusted flows (STL), and contributions to loan \
            growth. Writes report.md with the SVG charts beside it, report.html (one self-contained file, no \
            network) and report.ipynb (nbformat 4.5, outputs embedded; each result follows the cnfin command \
            that reproduces it).

            The files are written into a temporary directory next to --out and then moved into place, so a \
            failure leaves nothing half-written. An existing non-empty --out is refused unless --force, which \
            overwrites only the report's own files and never deletes other files.

            With --section, prints one section to standard output instead (--format svg for its chart, \
            markdown or html for its text and tables); this is what the notebook's cells run.

            With --format xlsx (and no --section), the report's tables are also written as one workbook \
            (a sheet per table, the month and data currency in each title row, notes in a Notes sheet): to \
            --output FILE if given, else to tables.xlsx beside report.md in --out.

            Examples:
              cnfin report --month 2023-05 --out report-2023-05
              cnfin report --month 2023-05 --lang en --out report-2023-05-en --force
              cnfin report --out latest                   latest month with the headline series
              cnfin report --month 2023-05 --section yoy --format svg > yoy.svg
              cnfin report --month 2023-05 --out report-2023-05 --format xlsx     (+ report-2023-05/tables.xlsx)
              cnfin report --month 2023-05 --format xlsx --output tables-2023-05.xlsx
            """
    )

    @OptionGroup var release: ReleaseOptions

    @Option(name: .long, help: "Output directory (required unless --section).")
    var out: String?

    @Flag(name: .long, help: "Write into an existing non-empty --out, replacing only the report's own files.")
    var force = false

    @Option(name: .long, help: "Print one section to standard output.")
    var section: ReportSectionOption?

    @Option(name: .long, help: "Format of --section (svg, markdown or html); without --section, xlsx writes the report's tables as a workbook.")
    var format: ReportFormatOption = .markdown

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
        "With --format xlsx: write the tables' workbook to FILE (atomically; an existing FILE is kept unless --force).",
        valueName: "FILE"))
    var output: String?


    func validate() throws {
        if section == nil, out == nil, !(tablesWorkbook && output != nil) {
            throw usageError(release.lang, en: "--out DIR is required (or --section to print one section, or --format xlsx --output FILE)", zh: "须给出 --out 目录（或用 --section 输出一个部分，或用 --format 「xlsx」 --output 文件）")
        }
        if tablesWorkbook, output == "-", isatty(STDOUT_FILENO) != 0 {
            throw usageError(release.lang, en: "--format xlsx: refusing to write a binary workbook to a terminal; give --output FILE.xlsx", zh: "--format 「xlsx」：不向终端写出二进制工作簿；请用 --output 给出「.xlsx」文件")
        }
        if section == nil, output != nil, !tablesWorkbook { throw usageError(release.lang, en: "--output is for --format xlsx (the report goes to --out DIR)", zh: "--output 只用于 --format 「xlsx」（报告写入 --out 目录）") }
        if section != nil, out != nil { throw usageError(release.lang, en: "use either --out or --section, not both", zh: "--out 与 --section 只能用其一") }
        if section != nil, format.section == nil {
            throw usageError(release.lang, en: "--format xlsx writes the whole report's tables; --section prints svg, markdown or html", zh: "--format 「xlsx」写出整份报告的表格；--section 输出「svg」、「markdown」或「html」")
        }
        if let out, out.isEmpty { throw usageError(release.lang, en: "--out: empty path", zh: "--out：路径为空") }
    }


    func run() throws {
        let language = release.lang
        let requested = release.month
        var workbookReport: MonthlyReport?
        do throws(ReportError) {
            let releaseData: ReleaseData
            do {
                releaseData = try release.releaseData()
            } catch {
                throw .release(error)
            }
            let report = try MonthlyReport(data: releaseData, month: requested, language: language,
                                           invocation: ReportInvocation(dataDirectory: release.data, outDirectory: out))
            if let section {
                print(try report.sectionOutput(section.rawValue, format: format.section ?? .markdown), terminator: "")
                return
            }
            if let out {
                let written = try ReportWriter(force: force).write(report, to: URL(fileURLWithPath: out))
                for url in written where url.pathExtension != "svg" { print(url.path) }
            }
            workbookReport = report
        } catch {
            printError(error, in: language)
            throw ExitCode(1)
        }
        guard tablesWorkbook, let report = workbookReport else { return }
        try reportingErrors(language: language) {
            let beside = out.map { URL(fileURLWithPath: $0).appendingPathComponent("tables.xlsx").path }
            guard let path = output ?? beside else { return }
            let data = try workbookData(report.sections.flatMap(\.tables), currency: report.dataCurrency,
                                        month: report.month, chinese: language == .zh)
            try writeOutput(data, to: path, overwrite: force)
            if output == nil { print(path) }
        }
    }

    /// `--format xlsx` without `--section`: the report's tables as a workbook.
    var tablesWorkbook: Bool { section == nil && format == .xlsx }
}
