import CNFinLinearAlgebra
import CNFinSupport

/// Errors raised by regARIMA estimation and forecasting. Every case carries what was wrong
/// (counts, names, months as text) so that a caller can say which input to change.
public enum ARIMAError: Error, Equatable, Sendable, LocalizedMessage {
    /// An order is outside the supported range (`name` is `p`, `d`, `q`, `P`, `D`, `Q` or `period`).
    case orderOutOfRange(name: String, value: Int, allowed: String)
    /// The span has `count` observations; the model needs at least `required`
    /// (differencing + parameters + a year).
    case spanTooShort(count: Int, required: Int)
    /// A value is missing (NaN or infinite) at `month` (`YYYY-MM`): the span has a gap.
    case gap(month: String)
    /// A logarithm was requested but the value of `month` is zero or negative.
    case nonPositiveForLog(month: String, value: Double)
    /// A regressor has a length different from the span.
    case regressorLength(name: String, expected: Int, actual: Int)
    /// After differencing, the named regressors are (numerically) linear combinations of the
    /// others — e.g. a constant under `d = D = 1`, whose difference is zero.
    case collinearRegressors(names: [String])
    /// Two regressors have the same name.
    case duplicateRegressor(name: String)
    /// A starting value gives a non-stationary AR or non-invertible MA polynomial.
    case invalidStartingValues(polynomial: String)
    /// An outlier or break date is outside the span.
    case dateOutsideSpan(name: String, from: String, to: String)
    /// The optimiser did not converge: the iterations used and the gradient norm of the
    /// objective (in the ARMA parameters) at the last iterate.
    case noConvergence(iterations: Int, gradientNorm: Double)
    /// A parameter (tolerance, level, horizon…) is invalid.
    case invalidParameter(name: String, value: String, requirement: String)
    /// A regressor is not available for a forecast month (e.g. a user regressor without future values).
    case missingFutureRegressor(name: String, month: String)
    /// An explicitly chosen span crosses a registered definitional break (`breakID`, first month
    /// on the new basis `month`) and no break handling was chosen.
    case breakInSpan(breakID: String, month: String, series: String)
    /// The span of the current definition (from the last definitional break `breakID` of `series`,
    /// `from…to`, `count` months) is shorter than `method` needs (`required` months).
    case currentDefinitionTooShort(series: String, breakID: String, from: String, to: String, count: Int, required: Int, method: String)
    /// A linear-algebra failure not anticipated by the input checks.
    case linearAlgebra(LinearAlgebraError)

    public var description: String { message(in: .en) }

    /// The message in `language` (the Chinese one is built in `ARIMAError+Chinese.swift`).
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case let .orderOutOfRange(name, value, allowed):
            return "model order \(name) = \(value) is out of range (allowed: \(allowed))"
        case let .spanTooShort(count, required):
            return "the span has \(count) observations; the model needs at least \(required) (differencing + parameters + 12)"
        case let .gap(month):
            return "the value of \(month) is missing, NaN or infinite; regARIMA needs consecutive months without gaps"
        case let .nonPositiveForLog(month, value):
            return "cannot take logarithms: the value of \(month) is \(value) (≤ 0)"
        case let .regressorLength(name, expected, actual):
            return "regressor \(name) has \(actual) values; the span has \(expected)"
        case let .collinearRegressors(names):
            return "after differencing, regressor(s) \(names.joined(separator: ", ")) are linear combinations of the others (or vanish, like a constant under differencing)"
        case let .duplicateRegressor(name):
            return "regressor \(name) is given twice"
        case let .invalidStartingValues(polynomial):
            return "the starting values give a non-stationary or non-invertible \(polynomial) polynomial"
        case let .dateOutsideSpan(name, from, to):
            return "\(name) is outside the span \(from)…\(to)"
        case let .noConvergence(iterations, gradientNorm):
            return "the likelihood maximisation did not converge in \(iterations) iterations (last gradient norm \(gradientNorm))"
        case let .invalidParameter(name, value, requirement):
            return "invalid \(name) = \(value): \(requirement)"
        case let .missingFutureRegressor(name, month):
            return "regressor \(name) has no value for the forecast month \(month)"
        case let .breakInSpan(breakID, month, series):
            return "the span crosses the definitional break \(breakID) of \(series) at \(month): levels before and after do not mix — "
                + "model the span from \(month) on, estimate a level shift at the break, or model across it explicitly"
        case let .currentDefinitionTooShort(series, breakID, from, to, count, required, method):
            return "\(series): the span of its current definition (since the break \(breakID)), \(from)…\(to), has \(count) months; "
                + "\(method) needs at least \(required)"
        case let .linearAlgebra(e):
            return e.description
        }
    }
}
