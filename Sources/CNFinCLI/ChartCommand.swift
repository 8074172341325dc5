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
        --transform applies the same transform as `cnfin data show` to every series, ID:TRANSFORM to one \
        (yoy is break-aware and uses the published rate across definitional breaks). The SVG goes to standard output, or to --output FILE.svg \
        (written atomically; an existing file is kept unless --force; --out is accepted too). Only SVG is written.

        Examples:
          cnfin chart m2_yoy m1_yoy loans_yoy --from 2019-01 --output growth.svg
          cnfin chart loans_increase --transform sum12 --from 2015-01 --output loans-12m.svg
          cnfin chart m2 --transform yoy --lang en > m2.svg
          cnfin chart m2:yoy m1_yoy --from 2015-01 --output m2-m1.svg
        """
    )

    @Argument(help: "Series ids (see `cnfin data list`); ID:TRANSFORM transforms one (as --transform does all).",
              completion: seriesIDCompletion)
    var ids: [String]

    @OptionGroup var sample: SeriesSampleOptions

    @OptionGroup var destination: OutputOptions

    @Option(help: ArgumentHelp("The SVG file, as --output FILE (the older spelling).", valueName: "FILE", visibility: .hidden))
    var out: String?

    @Option(help: "Language of titles and labels.")
    var lang: DisplayLanguage = .zh

    @OptionGroup var data: DataDirectoryOption

    func validate() throws {
        if ids.isEmpty { throw usageError(lang, en: "give at least one series id", zh: "请至少给出一个序列代码") }
        for name in ids { _ = try SeriesSampleOptions.parseName(name) }
        if out != nil, destination.output != nil { throw usageError(lang, en: "give the SVG file once: --output FILE (or --out FILE)", zh: "「SVG」文件只需给出一次：--output 文件（或 --out 文件）") }
        if let path, path != "-", !path.lowercased().hasSuffix(".svg") {
            throw usageError(lang, en: "--output \(path): only SVG is written; give a file name ending in .svg", zh: "--output 「\(path)」：只能写出「SVG」；请给出以「.svg」结尾的文件名")
        }
        if destination.bom { throw usageError(lang, en: "--bom is for CSV text; cnfin chart writes SVG", zh: "--bom 只用于「CSV」文本；图表命令写出的是「SVG」") }
    }

    /// The SVG file (`--output` or `--out`); `nil` or `-` for standard output.
    var path: String? { destination.output ?? out }

    func run() throws {
        try reportingErrors(language: lang) {
            try writeOutput(Data(try chart(dataset: data.dataset()).svg().utf8), to: path, overwrite: destination.force)
        }
    }

    /// The chart of the requested series in `dataset` (the library's ``SeriesChart``).
    func chart(dataset: Dataset) throws -> Chart {
        let requests = try ids.map { name -> SeriesChartRequest in
            let (id, own) = try SeriesSampleOptions.parseName(name)
            return SeriesChartRequest(name: name, id: id, transform: own ?? sample.transform)
        }
        return try SeriesChart.lines(requests, in: dataset, from: sample.from, to: sample.to, language: lang)
    }
}
