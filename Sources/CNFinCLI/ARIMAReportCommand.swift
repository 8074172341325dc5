import ArgumentParser
import CNFin

/// What `cnfin arima` and `cnfin forecast` share: the series source, the model options, the
/// horizon, the output. The two commands differ only in their horizon range and in whether
/// the whole report or its forecast table is written.
protocol ARIMAReportCommand: ParsableCommand {
    var id: String? { get }
    var source: SeriesSourceOptions { get }
    var model: ARIMAOptions { get }
    var horizon: Int { get }
    var destination: OutputOptions { get }
    var format: TableFormatOption { get }
    /// `--lang`: the language of titles, headers and notes.
    var lang: DisplayLanguage { get }
    /// The accepted `--horizon` values.
    static var horizonRange: ClosedRange<Int> { get }
    /// Write only the forecast table (text/markdown/latex/xlsx).
    static var forecastOnly: Bool { get }
}

extension ARIMAReportCommand {
    func validate() throws {
        try source.check(id: id)
        try destination.check(format)
        try OptionRange.check(horizon, "--horizon", in: Self.horizonRange)
    }

    func run() throws {
        try reportingErrors {
            if format == .xlsx {
                let report = try model.report(source: source, id: id, horizon: horizon)
                try destination.emitWorkbook(Self.forecastOnly ? [report.tables(language: lang).last].compactMap { $0 } : report.tables(language: lang))
            } else {
                try destination.emit(try render())
            }
        }
    }

    func render() throws -> String {
        let report = try model.report(source: source, id: id, horizon: horizon)
        return try source.header(id: id, language: lang, format: format.textFormat)
            + ARIMAOptions.render(report, format: format.textFormat, forecastOnly: Self.forecastOnly, language: lang)
    }
}
