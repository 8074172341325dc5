import CNFinSeries

/// X-13's trend constant (`const` in the `regression` spec): the column whose difference
/// under the model's differencing is 1 from the origin on,
/// `c_t = (1−B)^{−d}(1−B^s)^{−D} I(t ≥ t₀)` (Findley et al. 1998, §2; Reference Manual
/// Table 4.1). Under `d = D = 0` it is the mean; under `D = 1` alone, a drift per year; under
/// `d = 1` a linear trend. Its values depend on the origin `t₀` (the first month of the fit),
/// so one instance serves the span and its forecast months alike.
public struct TrendConstantRegressor: RegressionVariable {
    public let origin: Month
    public let d: Int
    public let seasonalD: Int
    public let period: Int

    public init(origin: Month, order: ARIMAOrder) {
        self.origin = origin
        self.d = order.d
        self.seasonalD = order.seasonalD
        self.period = order.period
    }

    public var name: String { "const" }

    /// The integrated indicator: start from `I(t ≥ t₀)` and cumulate `D` times at lag `s`
    /// and `d` times at lag 1 (zero before the origin).
    public func values(start: Month, count: Int) throws(ARIMAError) -> [Double] {
        let offset = origin.distance(to: start)
        let last = offset + count
        guard last > 0 else { return [Double](repeating: 0, count: count) }
        var c = [Double](repeating: 1, count: last)
        for _ in 0..<seasonalD { for t in period..<max(period, last) { c[t] += c[t - period] } }
        for _ in 0..<d { for t in 1..<max(1, last) { c[t] += c[t - 1] } }
        return (offset..<last).map { $0 >= 0 ? c[$0] : 0 }
    }
}
