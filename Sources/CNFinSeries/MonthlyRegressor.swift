/// A regressor that builds its design columns for any span of consecutive months — past months
/// for estimation, future months for forecasting — so that one value serves both (JDemetra+'s
/// `ITsVariable`, statsmodels' `DeterministicTerm`).
///
/// Conformers: ``PolynomialTrend``, ``CentredMonthDummies`` and ``LaggedSeries`` here; the Chinese
/// New Year window shares (`ChineseNewYearRegressors`, CNFinCalendar); and every regARIMA regression
/// variable (CNFinARIMA's `RegressionVariable` refines this protocol: outliers, CNY, user variables).
/// A term may build several columns (the 11 month dummies); ``columnNames`` names them in order.
public protocol MonthlyRegressor: Sendable {
    /// What ``columns(start:count:)`` throws (`Never` for deterministic terms).
    associatedtype Failure: Error
    /// The names of the columns, in the order ``columns(start:count:)`` returns them.
    var columnNames: [String] { get }
    /// The design columns for `count` consecutive months from `start`, each `count` values long.
    func columns(start: Month, count: Int) throws(Failure) -> [[Double]]
}

extension Array where Element == any MonthlyRegressor {
    /// The columns of every term for `count` months from `start`, concatenated in order, with
    /// their names.
    public func design(start: Month, count: Int) throws -> (columns: [[Double]], names: [String]) {
        var columns: [[Double]] = [], names: [String] = []
        for term in self {
            columns += try term.columns(start: start, count: count)
            names += term.columnNames
        }
        return (columns, names)
    }
}
