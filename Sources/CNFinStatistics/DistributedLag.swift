/// Distributed-lag design helpers.
public enum DistributedLag {
    /// Builds the regressors `x_{t}, x_{t−1}, …, x_{t−L}` for each column (lags 0…L), dropping the
    /// first `L` observations so that every row is complete.
    /// - Parameters:
    ///   - columns: regressor series, all of the same length n.
    ///   - names: their names; lagged columns are named `name.L1`, `name.L2`, … (lag 0 keeps `name`).
    ///   - lags: the highest lag L ≥ 0.
    /// - Returns: the lagged columns (each n − L long, aligned with observations L…n−1) and their names.
    /// - Throws: ``StatisticsError`` for mismatched lengths or `L ≥ n`.
    public static func design(columns: [[Double]], names: [String], lags: Int) throws(StatisticsError) -> (columns: [[Double]], names: [String]) {
        guard names.count == columns.count else { throw .lengthMismatch(what: "column names", expected: columns.count, actual: names.count) }
        guard lags >= 0 else { throw .invalidArgument("the number of lags must be non-negative, got \(lags)") }
        guard let n = columns.first?.count else { return ([], []) }
        for (j, c) in columns.enumerated() where c.count != n {
            throw .lengthMismatch(what: "column '\(names[j])'", expected: n, actual: c.count)
        }
        guard lags < n else { throw .tooFewObservations(what: "\(lags) lags", needed: saturatingSum(lags, 1), available: n) }
        try StatisticsLimits.checkDesign(rows: n - lags, columns: saturatingProduct(columns.count, lags + 1),
                                         what: "a distributed-lag design with \(lags) lags of \(columns.count) column(s)")
        var out: [[Double]] = [], outNames: [String] = []
        for (j, c) in columns.enumerated() {
            for l in 0...lags {
                out.append(Array(c[(lags - l)..<(n - l)]))
                outNames.append(l == 0 ? names[j] : "\(names[j]).L\(l)")
            }
        }
        return (out, outNames)
    }

    /// Aligns a series with the rows of ``design(columns:names:lags:)``: drops the first `lags` values.
    public static func trim(_ y: [Double], lags: Int) -> [Double] { Array(y.dropFirst(lags)) }
}
