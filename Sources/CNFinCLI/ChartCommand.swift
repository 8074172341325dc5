import ArgumentParser
import CNFin
import Foundation

/// `cnfin chart ID…`: any series or transform as an SVG line chart in the report's house style.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw series (optionally transformed) as an SVG line chart in the report's style.",
        discussion: """
        One line per series id over the months --from … --to (default: every month any of them has). \
        --transform applies the same transform as `cnfin data show` (yoy is break-aware and uses the \
        published rate across definitional breaks). The SVG goes to standard output, or to --out FILE.svg \
        (written atomically; an existing file is kept unless --force). Only SVG is written.

        Examples:
          cnfin chart m2_yoy m1_yoy loans_yoy --from 2019-01 --out growth.svg
          cnfin chart loans_increase --transform sum12 --from 2015-01 --out loans-12m.svg
          cnfin chart m2 --transform yoy --lang en > m2.svg
        """
    )

    @Argument(help: "Series ids (see `cnfin data list`).", completion: seriesIDCompletion)
    var ids: [String]

    @Option(help: ArgumentHelp("First month.", valueName: "YYYY-MM"))
    var from: String?

    @Option(help: ArgumentHelp("Last month.", valueName: "YYYY-MM"))
    var to: String?

    @Option(help: "Transform: yoy, mom, diff, ytd, flow or sum12.")
    var transform: SeriesTransformOption?

    @Option(help: ArgumentHelp("Write the SVG to FILE (.svg) instead of standard output.", valueName: "FILE"))
    var out: String?

    @Flag(help: "Overwrite an existing --out file.")
    var force = false

    @Option(help: "Language of titles and labels: zh or en.")
    var lang = "zh"

    @OptionGroup var data: DataDirectoryOption

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one series id") }
        _ = try parseLanguage(lang)
        let first = try parseMonth(from, option: "from"), last = try parseMonth(to, option: "to")
        if let first, let last, last < first { throw ValidationError("--to \(last) is before --from \(first)") }
        if let out, !out.lowercased().hasSuffix(".svg") {
            throw ValidationError("--out \(out): only SVG is written; give a file name ending in .svg")
        }
    }

    func run() throws {
        try reportingErrors {
            let svg = try chart(dataset: data.dataset()).svg()
            if let out {
                do throws(AtomicWriteError) {
                    try AtomicFileWriter(overwrite: force).write(svg, to: URL(fileURLWithPath: out))
                } catch {
                    if case .destinationExists(let path) = error { throw ChartCommandError.exists(path) }
                    throw error
                }
            } else {
                writeStandardOutput(svg)
            }
        }
    }

    /// The chart of the requested series in `dataset`.
    func chart(dataset: Dataset) throws -> Chart {
        let chinese = try parseLanguage(lang) == .zh
        var series: [(entry: CatalogEntry, values: MonthlySeries)] = []
        for id in ids {
            let entry = try dataset.entry(id)
            var s = try dataset.series(id)
            if let transform { s = transform.apply(to: s, in: dataset).series }
            series.append((entry, s))
        }
        let observed = series.flatMap { $0.values.observations.map(\.month) }
        guard let first = try parseMonth(from, option: "from") ?? observed.min(),
              let last = try parseMonth(to, option: "to") ?? observed.max(), first <= last else {
            throw ChartCommandError.noData(ids)
        }
        let months = Array(stride(from: first, through: last, by: 1))
        guard series.contains(where: { s in months.contains { s.values[$0] != nil } }) else {
            throw ChartCommandError.noData(ids)
        }
        let lines = series.map { s in
            LineSeries(name: (chinese ? s.entry.nameZh : s.entry.nameEn) + (transform.map { " (\($0.rawValue))" } ?? ""),
                       values: months.map { s.values[$0] })
        }
        let unit: String
        switch transform {
        case .yoy?, .mom?: unit = "%"
        default:
            let units = Set(series.map { $0.entry.unit.description })
            unit = units.count == 1 ? units.first ?? "" : (chinese ? "多种单位" : "mixed units")
        }
        let currency = DataStatus.currencyLine(DataStatus(dataset: dataset).currency, chinese: chinese)
        return Chart.lines(
            identifier: "chart-" + ids.joined(separator: "-"),
            title: lines.map(\.name).joined(separator: chinese ? "、" : ", "),
            subtitle: "\(first) – \(last); " + currency,
            axis: .months(firstIndex: first.index, count: months.count), yLabel: unit, lines: lines,
            source: chinese ? "数据来源：中国人民银行；cnfin" : "Source: People's Bank of China; cnfin")
    }
}

/// Runtime errors of `cnfin chart`.
enum ChartCommandError: Error, CustomStringConvertible {
    case noData([String])
    case exists(String)

    var description: String {
        switch self {
        case .exists(let path): return "\(path): file exists; nothing written (use --force to replace it)"
        case .noData(let ids): return "no values of \(ids.joined(separator: ", ")) in the requested months"
        }
    }
}
