import ArgumentParser
import CNFin
import Foundation

/// `cnfin forecast`: the short form of `cnfin arima … --horizon H` that prints the forecasts.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast a monthly series with a regARIMA model (airline model with Chinese New Year regressors).",
        discussion: """
        Equivalent to `cnfin arima ID --horizon H`, printing only the forecast table (all the \
        model options of cnfin arima apply). The model is the airline model unless --order / \
        --seasonal-order are given (automatic model selection is not implemented yet). For a \
        log model the forecast is the conditional median. JSON and CSV are those of cnfin arima.

        Examples:
          cnfin forecast loans_increase --horizon 12
          cnfin forecast m2 --horizon 6 --level 0.8
          cnfin forecast tsf_increase --horizon 12 --format csv
        """
    )

    @Argument(help: "Dataset id, or omit and use --data FILE.csv --column COL.")
    var id: String?

    @OptionGroup var source: SeriesSourceOptions
    @OptionGroup var model: ARIMAOptions

    @Option(help: ArgumentHelp("Months ahead.", valueName: "H"))
    var horizon: Int = 12

    @OptionGroup var destination: OutputOptions

    @Option(help: "Output format: text, markdown, csv, json, latex, or xlsx (the tables, with --output FILE).")
    var format: String = "text"

    func validate() throws {
        try source.check(id: id)
        _ = try destination.tableFormat(format, allowed: OutputFormat.allCases)
        guard (1...120).contains(horizon) else { throw ValidationError("--horizon must be 1…120 (got \(horizon))") }
    }

    func run() throws {
        try reportingErrors {
            if try destination.tableFormat(format, allowed: OutputFormat.allCases) == .xlsx {
                let report = try model.report(source: source, id: id, horizon: horizon)
                try destination.emitWorkbook([report.tables.last].compactMap { $0 })
            } else {
                try destination.emit(try render())
            }
        }
    }

    func render() throws -> String {
        let report = try model.report(source: source, id: id, horizon: horizon)
        return ARIMAOptions.render(report, format: try parseFormat(format, allowed: OutputFormat.allCases), forecastOnly: true)
    }
}
