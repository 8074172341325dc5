import CNFinARIMA
import CNFinX11

/// The settings of an X-13-style adjustment (``X13Adjustment``). The defaults are X-13ARIMA-SEATS'
/// defaults for a monthly series with a Chinese New Year effect: airline model, automatic
/// log/none transform, CNY windows chosen by AICc among ``ChineseNewYearSpec/candidates``,
/// automatic AO and LS outliers, one year of forecasts, X-11 with automatic filters.
public struct X13Options: Sendable {
    /// The decomposition mode; `automatic` follows the transform (log → multiplicative,
    /// none → additive), as X-13's `x11{}` with `transform{function=auto}`.
    public enum ModeChoice: String, Sendable, Hashable {
        case automatic, additive, multiplicative, logAdditive
    }

    /// Outlier regressors beyond the fixed ones.
    public enum OutlierSearch: Sendable, Hashable {
        /// No automatic search.
        case none
        /// X-13's `outlier{}` search (addone) over these types at the default critical value.
        case automatic([OutlierRegressor.Kind])
    }

    public var mode: ModeChoice
    public var holiday: ChineseNewYearSpec
    /// Flow for monthly increments, stock for month-end balances (the caller knows the series kind).
    public var holidayForm: ChineseNewYearRegressor.Form
    public var outliers: OutlierSearch
    /// Outliers given by the user (`--outlier LS2020-03`) and level shifts at registered breaks.
    public var fixedRegressors: [OutlierRegressor]
    public var order: ARIMAOrder
    /// regARIMA estimation tolerance (X-13 `estimate{tol}`; its default is 1e-5, the fixtures use 1e-12).
    public var tolerance: Double
    /// Months of forecasts that extend the series before X-11 (X-13's default: one year).
    public var forecastMonths: Int
    public var seasonalFilter: X11Options.SeasonalFilterChoice
    public var henderson: X11Options.HendersonChoice
    public var lowerSigma: Double
    public var upperSigma: Double

    public init(mode: ModeChoice = .automatic, holiday: ChineseNewYearSpec = .automatic(ChineseNewYearSpec.candidates),
                holidayForm: ChineseNewYearRegressor.Form = .flow,
                outliers: OutlierSearch = .automatic([.additive, .levelShift]), fixedRegressors: [OutlierRegressor] = [],
                order: ARIMAOrder = .airline, tolerance: Double = 1e-9, forecastMonths: Int = 12,
                seasonalFilter: X11Options.SeasonalFilterChoice = .automatic,
                henderson: X11Options.HendersonChoice = .automatic, lowerSigma: Double = 1.5, upperSigma: Double = 2.5) {
        self.mode = mode
        self.holiday = holiday
        self.holidayForm = holidayForm
        self.outliers = outliers
        self.fixedRegressors = fixedRegressors
        self.order = order
        self.tolerance = tolerance
        self.forecastMonths = forecastMonths
        self.seasonalFilter = seasonalFilter
        self.henderson = henderson
        self.lowerSigma = lowerSigma
        self.upperSigma = upperSigma
    }
}
