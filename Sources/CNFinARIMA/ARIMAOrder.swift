/// The orders of a multiplicative seasonal ARIMA model `(p,d,q)(P,D,Q)_s`:
///
/// `φ(B) Φ(B^s) (1−B)^d (1−B^s)^D z_t = θ(B) Θ(B^s) a_t`,
///
/// with `φ(B) = 1 − φ₁B − … − φ_pB^p`, `Φ(B^s) = 1 − Φ₁B^s − … − Φ_PB^{sP}`, and the moving
/// average written with the **Box–Jenkins / X-13 sign**, `θ(B) = 1 − θ₁B − … − θ_qB^q`,
/// `Θ(B^s) = 1 − Θ₁B^s − …`. (statsmodels and R write `1 + θ₁B`: their MA estimates are the
/// negatives of these.)
public struct ARIMAOrder: Sendable, Hashable, CustomStringConvertible {
    public let p: Int, d: Int, q: Int
    public let seasonalP: Int, seasonalD: Int, seasonalQ: Int
    /// Seasonal period `s` (12 for monthly data).
    public let period: Int

    /// Validates the orders: `p, q ≤ 6`, `P, Q ≤ 2`, `d ≤ 2`, `D ≤ 1`, `2 ≤ period ≤ 12` (X-13's
    /// limits for monthly models are of this size; larger orders are not identifiable on
    /// series of a few hundred months).
    public init(p: Int = 0, d: Int = 1, q: Int = 1, seasonalP: Int = 0, seasonalD: Int = 1, seasonalQ: Int = 1,
                period: Int = 12) throws(ARIMAError) {
        for (name, v, hi) in [("p", p, 6), ("d", d, 2), ("q", q, 6), ("P", seasonalP, 2), ("D", seasonalD, 1), ("Q", seasonalQ, 2)]
            where v < 0 || v > hi {
            throw .orderOutOfRange(name: name, value: v, allowed: "0…\(hi)")
        }
        guard (2...12).contains(period) else { throw .orderOutOfRange(name: "period", value: period, allowed: "2…12") }
        self.p = p; self.d = d; self.q = q
        self.seasonalP = seasonalP; self.seasonalD = seasonalD; self.seasonalQ = seasonalQ
        self.period = period
    }

    /// The airline model `(0,1,1)(0,1,1)_12` (Box and Jenkins 1970), X-13's default.
    public static let airline = ARIMAOrder(uncheckedP: 0, d: 1, q: 1, P: 0, D: 1, Q: 1, period: 12)

    init(uncheckedP p: Int, d: Int, q: Int, P: Int, D: Int, Q: Int, period: Int) {
        self.p = p; self.d = d; self.q = q
        self.seasonalP = P; self.seasonalD = D; self.seasonalQ = Q
        self.period = period
    }

    /// Number of ARMA coefficients `p + q + P + Q`.
    public var armaCount: Int { p + q + seasonalP + seasonalQ }
    /// Observations lost to differencing, `d + sD`.
    public var differencingLength: Int { d + period * seasonalD }

    /// `(p,d,q)(P,D,Q)`.
    public var description: String { "(\(p),\(d),\(q))(\(seasonalP),\(seasonalD),\(seasonalQ))" }

    /// Parameter names in the order of `ARMACoefficients.vector`: `ar1…`, `sar1…`, `ma1…`, `sma1…`.
    public var parameterNames: [String] {
        (0..<p).map { "ar\($0 + 1)" } + (0..<seasonalP).map { "sar\($0 + 1)" }
            + (0..<q).map { "ma\($0 + 1)" } + (0..<seasonalQ).map { "sma\($0 + 1)" }
    }
}
