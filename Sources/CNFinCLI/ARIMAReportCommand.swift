import ArgumentParser
import CNFin

/// The options `cnfin arima` and `cnfin forecast` share: the series (``SeriesInput``), the model
/// (``ARIMAOptions``) and the output.
struct ARIMACommandOptions: ParsableArguments {
    @OptionGroup var source: SeriesInput
    @OptionGroup var model: ARIMAOptions
    @OptionGroup var tableOutput: TableOutputOptions

    @Option(help: "Language of the titles, headers and notes (CSV headers and JSON keys stay the machine keys).")
    var lang: DisplayLanguage = .zh

    func validate() throws {
        try source.check(reading: .monthly, language: lang)
    }
}

/// What `cnfin arima` and `cnfin forecast` share: the options, the fit and the output. The two commands
/// differ only in their `--horizon` (default and range) and in whether the whole report or its forecast
/// table is written.
protocol ARIMAReportCommand: ParsableCommand, TableOutputCommand {
    var options: ARIMACommandOptions { get }
    /// Months to forecast, range-checked by its parser.
    var horizon: Int { get }
    /// Write only the forecast table (text/markdown/latex/xlsx).
    static var forecastOnly: Bool { get }
}

extension ARIMAReportCommand {
    var tableOutput: TableOutputOptions { options.tableOutput }

    func run() throws {
        try reportingErrors(language: options.lang) {
            if format == .xlsx {
                let (report, input) = try options.model.report(source: options.source, horizon: horizon, language: options.lang)
                let tables = report.tables(language: options.lang)
                try destination.emitWorkbook(Self.forecastOnly ? [tables.last].compactMap { $0 } : tables,
                                             currency: input.workbookCurrency, chinese: options.lang == .zh)
            } else {
                try destination.emit(try render())
            }
        }
    }

    func render() throws -> String {
        let (report, input) = try options.model.report(source: options.source, horizon: horizon, language: options.lang)
        return input.header(language: options.lang, format: format.textFormat)
            + ARIMAOptions.render(report, format: format.textFormat, forecastOnly: Self.forecastOnly, language: options.lang)
    }
}
