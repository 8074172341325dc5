import CNFinLinearAlgebra
import CNFinStatistics

extension LinearModel {
    /// Fits `y` on a constant plus `columns` by CNFinStatistics' OLS (pivoted QR of the
    /// equilibrated design with iterative refinement; conventional covariance), translating
    /// its errors into ``SeasonalError`` for this module's callers (CNY pre-adjustment,
    /// Hamilton filter, residual-seasonality F-test).
    ///
    /// - Parameters:
    ///   - names: the names of `columns`; the constant is called `const`.
    ///   - method: the caller, named in errors.
    static func seasonalFit(y: [Double], columns: [[Double]], names: [String],
                            method: String) throws(SeasonalError) -> RegressionResults {
        do {
            let model = try LinearModel(y: y, x: columns, names: names, intercept: true)
            return try model.fit()
        } catch {
            throw SeasonalError(error, method: method)
        }
    }
}

extension SeasonalError {
    /// The ``SeasonalError`` for a ``StatisticsError`` raised while fitting `method`'s regression.
    init(_ error: StatisticsError, method: String) {
        switch error {
        case let .rankDeficient(_, _, dependent, _):
            self = .rankDeficient(columns: dependent)
        case let .tooFewObservations(_, needed, available):
            self = .tooShort(method: method, count: available, required: needed)
        case let .nonFinite(_, index):
            self = .nonFinite(method: method, index: index)
        case let .constantColumn(name):
            self = .rankDeficient(columns: [name])
        case let .linearAlgebra(e):
            self = .linearAlgebra(e)
        default:
            self = .statistics(error)
        }
    }
}
