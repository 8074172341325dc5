import ArgumentParser
import CNFin
import Foundation

/// `cnfin forecast`: the short form of `cnfin arima … --horizon H` that prints the forecasts.
struct ForecastCommand: ARIMAReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast a monthly series with a regARIMA model (airline model with Chinese New Year regressors).",
        discussion: """
        Equivalent to `cnfin arima ID --horizon H`, printing only the forecast table (all the \
        model options of cnfin arima apply). The model is the airline model unless --order / \
        --seasonal-order are given (or --auto: chosen as X-13's automdl). For a \
        log model the forecast is the conditional median. JSON and CSV are those of cnfin arima. Titles, \
        headers and notes follow --lang (zh by default).

        Examples:
          cnfin forecast loans_increase --horizon 12
          cnfin forecast loans_increase --horizon 12 --lang en
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

    @Option(help: "Output format (xlsx: a workbook, with --output FILE).")
    var format: TableFormatOption = .text

    @Option(help: "Language of the titles, headers and notes (CSV headers and JSON keys stay the machine keys).")
    var lang: DisplayLanguage = .zh

    static let horizonRange = OptionRange.forecastHorizon
    static let forecastOnly = true
}
