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

    @OptionGroup var options: ARIMACommandOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Months ahead, 1…120 (default 12).", valueName: "H"),
            transform: OptionRange.parser(OptionRange.forecastHorizon))
    var horizon: Int = 12

    static let forecastOnly = true
}
