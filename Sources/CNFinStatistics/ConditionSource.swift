import CNFinLinearAlgebra

/// The source of a regression's condition number: the exact value, or the pivoted QR of the
/// column-equilibrated design to compute it from on access.
enum ConditionSource: Sendable {
    case value(Double)
    case qr(PivotedQR)

    /// `κ₂(R) = σ_max/σ_min` of the leading k × k upper triangle of the QR factors (the singular
    /// values of R equal those of the scaled design, since Q is orthogonal).
    static func conditionNumber(of qr: PivotedQR) throws(LinearAlgebraError) -> Double {
        let k = qr.columns
        var r = Matrix(rows: k, columns: k)
        for j in 0..<k { for i in 0...j { r[i, j] = qr.factors[i, j] } }
        return try SingularValues.conditionNumber(r)
    }

    /// Whether `policy` refines a full-rank design, deciding from cheap two-sided bounds on
    /// `κ₂ = ‖R‖₂‖R⁻¹‖₂` when they settle it, else from the exact value (`exact()`):
    /// `U = ‖R‖_F‖R⁻¹‖_F ≥ κ₂` and `L = max(‖R‖_F‖R⁻¹‖_F / k, maxⱼ‖Reⱼ‖·maxⱼ‖R⁻¹eⱼ‖) ≤ κ₂`
    /// (`‖A‖_F/√k ≤ ‖A‖₂` and every column norm is ≤ `‖A‖₂`). The policies are monotone in κ,
    /// so the decision equals `policy.refines(conditionNumber: κ₂)`.
    static func refines(_ policy: RefinementPolicy, r factors: Matrix, rInverse: Matrix, order k: Int,
                        exact: () throws(StatisticsError) -> Double) throws(StatisticsError) -> Bool {
        var rF = 0.0, rInvF = 0.0, rCol = 0.0, rInvCol = 0.0
        for j in 0..<k {
            var a = 0.0, b = 0.0
            for i in 0...j {
                let u = factors[i, j], v = rInverse[i, j]
                a += u * u
                b += v * v
            }
            rF += a; rInvF += b
            rCol = max(rCol, a); rInvCol = max(rInvCol, b)
        }
        let upper = (rF * rInvF).squareRoot()
        let lower = max(upper / Double(k), (rCol * rInvCol).squareRoot())
        if upper.isFinite, !policy.refines(conditionNumber: upper) { return false }
        if lower.isFinite, lower > 0, policy.refines(conditionNumber: lower) { return true }
        return policy.refines(conditionNumber: try exact())
    }
}
