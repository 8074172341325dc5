import CNFinLinearAlgebra

/// The weighted, column-equilibrated least-squares problem every solver path starts from:
/// `√w·y` and `diag(√w)·X·D` with `D` scaling each column to unit 2-norm, and the Householder QR
/// with column pivoting (`dgeqp3`) of the scaled design, `X·D·P = Q·R`.
struct ScaledLeastSquaresProblem: Sendable {
    /// `√wᵢ`, or nil for OLS.
    let sqrtWeights: [Double]?
    /// `√w·y`.
    let weightedY: [Double]
    /// The diagonal of `D` (`1/‖Xⱼ‖`, 1 for a zero column).
    let scale: [Double]
    /// `diag(√w)·X·D`.
    let scaledDesign: Matrix
    /// Pivoted QR of ``scaledDesign``.
    let qr: PivotedQR

    var rows: Int { scaledDesign.rows }
    var columns: Int { scaledDesign.columns }
}

/// How the covariance sandwich is formed once the residuals are known.
enum SandwichForm: Sendable {
    /// Rows of `X(XᵀX)⁻¹` (refined or from the SVD); sandwiches in extended precision.
    case rows(Matrix)
    /// Thin-QR form: `Cov = D·P·R⁻¹·(Σ ωᵢ qᵢqᵢᵀ)·R⁻ᵀ·Pᵀ·D` with `qᵢ` the rows of `Q₁`.
    case thinQR(rInverse: Matrix)
}

/// What every solver path (direct QR, refined augmented system, minimum-norm SVD) returns:
/// the coefficients and residuals of the weighted problem and what the covariance step needs.
struct LeastSquaresSolution: Sendable {
    /// `β̂` in model order.
    var beta: [Double]
    /// `√w·(y − Xβ̂)`.
    var weightedResiduals: [Double]
    /// `(XᵀX)⁻¹` of the weighted design, or the pseudo-inverse for a minimum-norm solution.
    var normalizedCovariance: Matrix
    /// Numerical rank of the design.
    var rank: Int
    /// Leverages, or the QR to compute them from.
    var leverageSource: LeverageSource
    /// How robust covariances are formed.
    var sandwich: SandwichForm
    /// Refinement steps on the augmented system (0 on the other paths).
    var refinementIterations: Int
    /// The exact condition number when a decision needed it, else the QR to compute it from.
    var conditionSource: ConditionSource
    /// The problem solved.
    let problem: ScaledLeastSquaresProblem

    /// `Σ uᵢ²` of the weighted residuals, accumulated in extended precision.
    var ssr: Double {
        var s: ExtendedReal = 0
        for u in weightedResiduals { s += ExtendedReal(u) * ExtendedReal(u) }
        return Double(s)
    }
}
