import CNFinLinearAlgebra
import Foundation

/// The exact Gaussian likelihood of the differenced regression model
/// `w_t = (ΔX)_t β + u_t`, `u` ARMA, with `β` and `σ²` concentrated out (X-13ARIMA-SEATS'
/// definition: the regression is fitted to the differenced data `w = δ(B)y`, `ΔX = δ(B)X`).
///
/// For ARMA coefficients `ω`, with `Cov(u) = σ²LDLᵀ` from the innovations algorithm, the
/// GLS estimate is the least-squares fit of the standardised innovations of `w` on those of
/// the columns of `ΔX` (by QR), `S(ω)` its residual sum of squares, `σ̂² = S/N`, and
///
/// `ℓ(ω) = −(N/2)(log 2π + 1 + log(S/N)) − ½ Σ log r_t`.
///
/// Maximising `ℓ` is minimising `S·(Π r_t)^{1/N} = ‖f‖²` with `f = (Π r_t)^{1/(2N)}·ẽ`, a sum of
/// squares — the form X-13 minimises with Levenberg–Marquardt.
struct ConcentratedLikelihood: Sendable {
    let order: ARIMAOrder
    /// Differenced series `w` (length N).
    let w: [Double]
    /// Differenced regressors, one array per column (each length N).
    let columns: [[Double]]
    /// The first non-zero index of each column: the innovations filter starts there (the
    /// differenced AO, LS and TC columns are zero before their month, and so are their
    /// innovations — the same numbers as a pass over the whole column, at a fraction of the cost).
    let firstNonZero: [Int]

    init(order: ARIMAOrder, w: [Double], columns: [[Double]]) {
        self.order = order
        self.w = w
        self.columns = columns
        let first = columns.map { c in c.firstIndex { $0 != 0 } ?? c.count }
        firstNonZero = first
        pairOrder = first.indices.sorted { (first[$0], $0) < (first[$1], $1) }
    }

    /// Column indices by first non-zero index: the columns are filtered in pairs of neighbours.
    let pairOrder: [Int]

    var count: Int { w.count }

    struct Evaluation: Sendable {
        /// Scaled GLS residuals `f`.
        let scaledResiduals: [Double]
        /// `S`, the sum of squared standardised GLS residuals.
        let sumOfSquares: Double
        /// `Σ log r_t`.
        let logDeterminant: Double
        /// GLS coefficients.
        let beta: [Double]
        /// Standardised innovations of the regressors (for the GLS covariance).
        let whitenedColumns: [[Double]]
        /// Standardised GLS residuals `ẽ`.
        let residuals: [Double]
        let innovations: InnovationsAlgorithm

        /// The concentrated log-likelihood.
        func logLikelihood(count n: Int) -> Double {
            let nn = Double(n)
            return -0.5 * nn * (log(2 * Double.pi) + 1 + log(sumOfSquares / nn)) - 0.5 * logDeterminant
        }
    }

    func evaluate(_ x: [Double]) throws(LinearAlgebraError) -> Evaluation {
        let c = ARMACoefficients(vector: x, order: order)
        let alg = try InnovationsAlgorithm(process: ARMAProcess(c), count: count)
        // 1/√r_t once per evaluation (the series and every column are scaled by it).
        let invSqrtR = alg.r.map { 1 / $0.squareRoot() }
        var ew = alg.innovations(w)
        for i in 0..<ew.count { ew[i] *= invSqrtR[i] }
        var beta: [Double] = []
        var resid = ew
        var white: [[Double]] = []
        if !columns.isEmpty {
            // Columns in pairs of neighbouring first months (one pass per pair).
            white = [[Double]](repeating: [], count: columns.count)
            var k = 0
            while k < pairOrder.count {
                let i = pairOrder[k]
                if k + 1 < pairOrder.count {
                    let j = pairOrder[k + 1]
                    var (ei, ej) = alg.innovations(columns[i], from: firstNonZero[i], columns[j], from: firstNonZero[j])
                    for t in firstNonZero[i]..<ei.count { ei[t] *= invSqrtR[t] }
                    for t in firstNonZero[j]..<ej.count { ej[t] *= invSqrtR[t] }
                    white[i] = ei
                    white[j] = ej
                    k += 2
                } else {
                    var e = alg.innovations(columns[i], from: firstNonZero[i])
                    for t in firstNonZero[i]..<e.count { e[t] *= invSqrtR[t] }
                    white[i] = e
                    k += 1
                }
            }
            let a = try Matrix(columns: white)
            beta = try PivotedQR(a).solve(ew)
            for (j, col) in white.enumerated() {
                let b = beta[j]
                for t in 0..<resid.count { resid[t] -= b * col[t] }
            }
        }
        var s = 0.0
        for v in resid { s += v * v }
        let ld = alg.logDeterminant(count: count)
        let scale = exp(ld / (2 * Double(count)))
        return Evaluation(scaledResiduals: resid.map { $0 * scale }, sumOfSquares: s, logDeterminant: ld,
                          beta: beta, whitenedColumns: white, residuals: resid, innovations: alg)
    }
}
