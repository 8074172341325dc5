/// Coefficients of a multiplicative seasonal ARMA model in the Box–Jenkins / X-13 sign
/// convention: `φ(B) = 1 − Σφ_iB^i`, `Φ(B^s) = 1 − ΣΦ_iB^{si}`, `θ(B) = 1 − Σθ_iB^i`,
/// `Θ(B^s) = 1 − ΣΘ_iB^{si}`.
public struct ARMACoefficients: Sendable, Hashable {
    public var ar: [Double]
    public var seasonalAR: [Double]
    public var ma: [Double]
    public var seasonalMA: [Double]
    public let period: Int

    public init(ar: [Double] = [], seasonalAR: [Double] = [], ma: [Double] = [], seasonalMA: [Double] = [], period: Int = 12) {
        self.ar = ar; self.seasonalAR = seasonalAR; self.ma = ma; self.seasonalMA = seasonalMA
        self.period = period
    }

    /// Unpacks `[ar…, sar…, ma…, sma…]` for the given orders.
    init(vector x: [Double], order: ARIMAOrder) {
        var i = 0
        func take(_ k: Int) -> [Double] { defer { i += k }; return Array(x[i..<(i + k)]) }
        ar = take(order.p); seasonalAR = take(order.seasonalP); ma = take(order.q); seasonalMA = take(order.seasonalQ)
        period = order.period
    }

    /// `[ar…, sar…, ma…, sma…]`, the order of `ARIMAOrder.parameterNames`.
    public var vector: [Double] { ar + seasonalAR + ma + seasonalMA }

    /// Expanded AR polynomial `φ(B)Φ(B^s)` as lag coefficients `[1, c₁, c₂, …]`.
    var arPolynomial: [Double] {
        LagPolynomial.multiply(LagPolynomial.boxJenkins(ar, spacing: 1), LagPolynomial.boxJenkins(seasonalAR, spacing: period))
    }

    /// Expanded MA polynomial `θ(B)Θ(B^s)` as lag coefficients `[1, c₁, c₂, …]`.
    var maPolynomial: [Double] {
        LagPolynomial.multiply(LagPolynomial.boxJenkins(ma, spacing: 1), LagPolynomial.boxJenkins(seasonalMA, spacing: period))
    }

    /// Whether each AR factor is stationary and each MA factor invertible (all roots outside the unit circle).
    var isAdmissible: Bool { firstInadmissibleFactor == nil }

    /// Index ranges in `vector` of the four factors, each with its distance to the unit circle
    /// (`1 − max |reflection coefficient|`; 1 for an empty factor).
    var factorRanges: [(Range<Int>, Double)] {
        var out: [(Range<Int>, Double)] = []
        var i = 0
        for f in [ar, seasonalAR, ma, seasonalMA] {
            out.append((i..<(i + f.count), 1 - LagPolynomial.maxReflection(f)))
            i += f.count
        }
        return out
    }

    /// The smallest distance of a factor to the unit circle.
    package var boundaryDistance: Double { factorRanges.map(\.1).min() ?? 1 }

    /// The name of the first factor with a root on or inside the unit circle, if any.
    var firstInadmissibleFactor: String? {
        if !LagPolynomial.isStable(ar) { return "AR" }
        if !LagPolynomial.isStable(seasonalAR) { return "seasonal AR" }
        if !LagPolynomial.isStable(ma) { return "MA" }
        if !LagPolynomial.isStable(seasonalMA) { return "seasonal MA" }
        return nil
    }
}
