import ArgumentParser
import CNFin
import Foundation

/// `cnfin arima`: a regARIMA model (X-13ARIMA-SEATS' regARIMA) with Chinese New Year regressors.
struct ArimaCommand: ARIMAReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "arima",
        abstract: "Fit a seasonal ARIMA model with regression effects (regARIMA, as X-13ARIMA-SEATS) and forecast.",
        discussion: """
        The model is f(y_t) = X_tβ + z_t with z a seasonal ARIMA (p,d,q)(P,D,Q)_12 process \
        (default the airline model (0,1,1)(0,1,1)) and f the identity or the log. Estimation \
        maximises the exact Gaussian likelihood of the differenced data, with β by GLS — the \
        estimates, log-likelihood and AICc agree with X-13's to 1e-5 or better on the bundled \
        series. MA coefficients are written 1 − θB (X-13's sign; statsmodels and R print −θ).

        Regressors: Chinese New Year split windows cny_pre [−5,−1] and cny_post [0,+20] by \
        default (--cny-split B,A, --cny-window B,A for one window, --no-cny), in flow form for \
        flows and stock form (share of the window elapsed by month end) for stocks; fixed \
        outliers with --outlier (AO, LS, TC with δ=0.7, RP ramps). The transform is chosen as \
        X-13's automatic test does unless --log/--no-log is given. Automatic outliers \
        (--outliers, default ao,ls; none to switch off) follow X-13's procedure — forward \
        addition with robust t-statistics, backward deletion — at X-13's default critical value \
        for the series length (--critical-value C to override); on the bundled reference series \
        the sets equal X-13's.

        Definitional breaks: a dataset series with a registered break in its span is modelled on \
        the span of its current definition (a note says so); --break-regressors models the \
        whole span with a level shift at each break, --ignore-breaks across them as if there \
        were none. An explicit --from/--to that crosses a break needs one of these flags.

        Automatic model selection (--auto) follows X-13's automdl: differencing orders from \
        unit-root fits, then (p,q)(P,Q) ≤ (3,3)(1,1) by BIC, with the airline model as the \
        benchmark; the candidates and criteria are in the notes.

        Output: estimates, fit statistics and diagnostics (Ljung–Box at 24 lags with \
        24 − (p+q+P+Q) degrees of freedom, skewness, kurtosis), and with --horizon the \
        forecasts with standard errors and intervals (for a log model the forecast is the \
        median, exp of the log-scale forecast). CSV: the forecasts (month,mean,std_error,lower,\
        upper) with --horizon, else the estimates (name,estimate,std_error,t). JSON keys: \
        series, span, nobs, effective_nobs, model, arma, regression, outliers, sigma2, loglik, \
        loglik_adjusted, aic, aicc, bic, hq, diagnostics, forecast (with --horizon), notes. Titles, \
        headers and notes follow --lang (zh by default); CSV headers and JSON keys do not.

        Examples:
          cnfin arima loans_increase
          cnfin arima m0 --log --horizon 12
          cnfin arima m0 --log --horizon 12 --lang en
          cnfin arima m1 --break-regressors --format json
          cnfin arima tsf_increase --order 1,1,1 --seasonal-order 0,1,1 --cny-split 10,7
          cnfin arima m2 --order '2,1,0(0,1,1)' --horizon 12
          cnfin arima loans_increase --outliers none --outlier LS2020-03,AO2015-07 --horizon 6 --level 0.9
          cnfin arima m2 --outliers ao,ls,tc --critical-value 3.5
          cnfin arima --data series.csv --column value --no-log --no-cny
        """
    )

    @OptionGroup var options: ARIMACommandOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Forecast this many months ahead, 0…120 (default 0: none).", valueName: "H"),
            transform: OptionRange.parser(OptionRange.arimaHorizon))
    var horizon: Int = 0

    static let forecastOnly = false
}
