import ArgumentParser

/// The ranges of the integer options, in one place, checked in `validate()` before any
/// arithmetic: an option such as `--lags 9223372036854775807` is a usage error naming the
/// flag (exit code 2), never an overflow trap or a multi-gigabyte allocation.
///
/// The bounds are generous for monthly data (10 000 lags is 833 years) and far below the
/// values where counts derived from them (`lags + 1`, `3·lags + 2`, rows × columns) could
/// overflow; work sized from the data is further limited in the library
/// (`StatisticsLimits.maximumDesignCells`).
enum OptionRange {
    /// Lag counts: `--lags`, `--maxlag`, `--maxlags`, `--nlags`, `--model-df`.
    static let lags = 0...10_000
    /// Lag counts that must be at least one (Granger, Ljung–Box, Hamilton).
    static let positiveLags = 1...10_000
    /// Observation counts: `--rolling`, `--min-nobs`.
    static let observations = 1...100_000_000
    /// A seasonal period in observations.
    static let period = 2...1_200
    /// A Hamilton-filter horizon in months.
    static let horizon = 1...1_200
    /// Forecast months of `cnfin arima` (0: none) and `cnfin forecast`.
    static let arimaHorizon = 0...120
    static let forecastHorizon = 1...120
    /// Days before or after the Chinese New Year (`--cny-window B,A`).
    static let holidayDays = 0...366

    /// Checks `value` (when given) against `range`; the error names `flag`.
    static func check(_ value: Int?, _ flag: String, in range: ClosedRange<Int>) throws {
        guard let value else { return }
        guard range.contains(value) else {
            throw ValidationError("\(flag) must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
    }
}
