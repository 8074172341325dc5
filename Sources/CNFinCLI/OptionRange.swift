import ArgumentParser
import CNFinSupport
import Foundation

/// The ranges of the integer options, in one place, checked while parsing (``parser(_:)``) or in
/// `validate()` before any arithmetic: an option such as `--lags 9223372036854775807` is a usage error naming the
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

    /// A parser for `@Option(transform:)`: a whole number in `range`. Anything else is a usage error
    /// (exit status 2) that names the flag and the value, and says the range
    /// ("The value '-3' is invalid for '--maxlag <N>': must be a whole number in 0…10000").
    static func parser(_ range: ClosedRange<Int>) -> @Sendable (String) throws -> Int {
        { text in
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                throw OptionValueError(en: "must be a whole number in \(range.lowerBound)…\(range.upperBound)",
                                       zh: "须为 \(range.lowerBound)…\(range.upperBound) 之间的整数")
            }
            return value
        }
    }
}

extension OptionRange {
    /// A parser for `@Option(transform:)`: a finite number strictly between 0 and 1 (a coverage or confidence
    /// level, a relative tolerance); anything else is a usage error naming the flag and the value.
    static let unitInterval: @Sendable (String) throws -> Double = { text in
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value < 1 else {
            throw OptionValueError(en: "must be a number strictly between 0 and 1, e.g. 0.95", zh: "须为严格介于 0 与 1 之间的数，如 0.95")
        }
        return value
    }

    /// A parser for `@Option(transform:)`: a finite positive number (a smoothing parameter, a critical value).
    static let positive: @Sendable (String) throws -> Double = { text in
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite else {
            throw OptionValueError(en: "must be a finite positive number", zh: "须为有限的正数")
        }
        return value
    }
}

/// Why an option's value was refused, for swift-argument-parser's message "The value 'V' is invalid for
/// '--flag <VALUE>': REASON" (a usage error, exit status 2).
///
/// The reason is in the language of the command line being parsed (``ArgumentLanguage/current``),
/// chosen when the value is refused: ArgumentParser keeps only the text.
struct OptionValueError: Error, CustomStringConvertible {
    let description: String
    init(en: String, zh: String) { description = ArgumentLanguage.current == .zh ? zh : en }
    /// The reason a library parser gave (``LocalizedMessage`` when it has one).
    init(_ error: any Error) { description = localizedMessage(of: error, in: ArgumentLanguage.current) }
}
