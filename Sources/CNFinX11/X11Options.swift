/// Settings of an X-11 run; the defaults are X-13ARIMA-SEATS' `x11{}` defaults.
public struct X11Options: Sendable, Equatable {
    /// How the final seasonal filter (D10) is chosen.
    public enum SeasonalFilterChoice: Sendable, Equatable {
        /// By the global moving-seasonality ratio (X-13's default, `seasonalma=msr`).
        case automatic
        /// One filter for every month (X-13 `seasonalma=s3x5` etc.).
        case fixed(SeasonalFilter)
    }

    /// How the Henderson trend filters are chosen.
    public enum HendersonChoice: Sendable, Equatable {
        /// By the I/C ratio in B7, C7, D7 and D12 (X-13's default).
        case automatic
        /// One odd length for every trend step (X-13 `trendma=N`).
        case fixed(Int)
    }

    public var mode: X11Mode
    public var seasonalFilter: SeasonalFilterChoice
    public var henderson: HendersonChoice
    /// Sigma limits for extreme values (X-13 `sigmalim`), default 1.5 and 2.5.
    public var lowerSigma: Double
    public var upperSigma: Double
    /// Number of trailing values that are forecasts (X-13's one-year extension). They are
    /// decomposed like data; the diagnostics exclude them.
    public var forecastMonths: Int

    public init(mode: X11Mode = .multiplicative, seasonalFilter: SeasonalFilterChoice = .automatic,
                henderson: HendersonChoice = .automatic, lowerSigma: Double = 1.5, upperSigma: Double = 2.5,
                forecastMonths: Int = 0) {
        self.mode = mode
        self.seasonalFilter = seasonalFilter
        self.henderson = henderson
        self.lowerSigma = lowerSigma
        self.upperSigma = upperSigma
        self.forecastMonths = forecastMonths
    }
}
