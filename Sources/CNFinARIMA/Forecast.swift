import CNFinLinearAlgebra
import CNFinSeries
import CNFinStatistics
import Foundation

/// One forecast month.
public struct ForecastPoint: Sendable, Hashable {
    public let month: Month
    /// Point forecast on the scale of the data: the conditional mean without a transform;
    /// with the log transform `exp` of the log-scale mean, i.e. the conditional **median**
    /// (X-13 reports the same).
    public let mean: Double
    /// Standard error on the transformed scale (log scale under the log transform).
    public let standardError: Double
    public let lower: Double
    public let upper: Double
    /// Forecast on the transformed scale (`= mean` without a transform).
    public let transformedMean: Double
}

/// h-step forecasts of a fitted regARIMA model.
///
/// With `z = f(y) − Xβ̂` and `δ(B)z = w` ARMA, the forecast of `z_{n+h}` is
/// `P_n z_{n+h} = P_n w_{N+h} + Σ_j δ*_j P_n z_{n+h−j}` (`δ(B) = 1 − Σδ*_jB^j`), where
/// `P_n w` is the exact finite-sample ARMA predictor from the innovations algorithm
/// (Brockwell and Davis, ITSF §3.3: `P_N w_{N+h} = Σφ_iP_N w_{N+h−i} + Σ_{j≥h} θ_{N+h−1,j}(w_{N+h−j} − ŵ_{N+h−j})`),
/// and the mean squared error is (ITSF eq. 6.4.12)
///
/// `σ²_n(h) = σ² Σ_{j=0}^{h−1} (Σ_{r=0}^{j} χ_r θ_{N+h−r−1, j−r})² r_{N+h−j−1}`, `χ(z) = 1/(φ(z)δ(z))`,
///
/// under the usual assumption that the first `d + sD` values are uncorrelated with the
/// differenced series (Bell 1984, as X-13). The estimation error of β is added as X-13 does:
/// `a_hᵀ Cov(β̂) a_h` with `a_h` the regressors at `n+h` minus their own ARIMA forecasts
/// (the ARMA coefficients are treated as known). Intervals are `f⁻¹(mean ± z_{(1+level)/2}·se)`.
extension RegARIMAFit {
    public func forecast(horizon h: Int, level: Double = 0.95) throws(ARIMAError) -> [ForecastPoint] {
        guard h >= 1, h <= 1200 else { throw .invalidParameter(name: "horizon", value: "\(h)", requirement: "must be 1…1200") }
        guard level > 0, level < 1 else { throw .invalidParameter(name: "level", value: "\(level)", requirement: "must be in (0, 1)") }
        let n = observations.count
        let future = start.advanced(by: n)
        // Regression effects over the span and the horizon.
        var xbPast = [Double](repeating: 0, count: n)
        var xbFuture = [Double](repeating: 0, count: h)
        for (j, r) in model.regressors.enumerated() {
            let b = regression[j].estimate
            let fv = try r.values(start: future, count: h)
            for t in 0..<n { xbPast[t] += b * design[j][t] }
            for t in 0..<h { xbFuture[t] += b * fv[t] }
        }
        let z = zip(transformed, xbPast).map { $0 - $1 }
        let (zf, mse) = try Self.arimaForecast(z, coefficients: coefficients, order: order, horizon: h)
        // Estimation error of β: the forecast error gains a_hᵀ(β − β̂), a_{h,j} = x_{j,n+h} minus
        // the ARIMA forecast of regressor j from its own past (the same linear predictor).
        var regVar = [Double](repeating: 0, count: h)
        if !model.regressors.isEmpty {
            var a: [[Double]] = []
            for (j, r) in model.regressors.enumerated() {
                let fv = try r.values(start: future, count: h)
                let pred = try Self.arimaForecast(design[j], coefficients: coefficients, order: order, horizon: h).forecast
                a.append((0..<h).map { fv[$0] - pred[$0] })
            }
            for k in 0..<h {
                var s = 0.0
                for i in 0..<a.count { for j in 0..<a.count { s += a[i][k] * regressionCovariance[i][j] * a[j][k] } }
                regVar[k] = s
            }
        }
        let q = Normal.quantile(0.5 + level / 2)
        return (0..<h).map { k in
            let m = zf[k] + xbFuture[k]
            let se = (sigma2 * mse[k] + regVar[k]).squareRoot()
            let back: (Double) -> Double = model.transform == .log ? { Foundation.exp($0) } : { $0 }
            return ForecastPoint(month: future.advanced(by: k), mean: back(m), standardError: se,
                                 lower: back(m - q * se), upper: back(m + q * se), transformedMean: m)
        }
    }

    /// Forecasts of an ARIMA series `z` (no regression) and their MSE in units of σ².
    static func arimaForecast(_ z: [Double], coefficients c: ARMACoefficients, order: ARIMAOrder,
                              horizon h: Int) throws(ARIMAError) -> (forecast: [Double], mse: [Double]) {
        let delta = LagPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        let w = LagPolynomial.apply(delta, to: z)
        let nW = w.count
        let process = ARMAProcess(c)
        let alg: InnovationsAlgorithm
        do { alg = try InnovationsAlgorithm(process: process, count: nW + h) } catch { throw .linearAlgebra(error) }
        let e = alg.innovations(w)
        // ARMA forecasts of w.
        var wx = w + [Double](repeating: 0, count: h)
        for k in 1...h {
            let t = nW + k - 1            // index of w_{N+k} (0-based)
            var s = 0.0
            if t >= alg.m { for i in 0..<process.p { s += process.phi[i] * wx[t - 1 - i] } }
            let len = alg.lengths[t]
            if len >= k {
                for j in k...len { s += alg.theta(t, j) * e[t - j] }   // only observed innovations
            }
            wx[t] = s
        }
        // Integrate: z_{n+k} = w_{N+k} + Σ δ*_j z_{n+k−j}.
        var zx = z
        let dstar = delta.dropFirst().map { -$0 }
        for k in 0..<h {
            var s = wx[nW + k]
            for (j, dj) in dstar.enumerated() where dj != 0 { s += dj * zx[zx.count - 1 - j] }
            zx.append(s)
        }
        // MSE: χ = 1/(φ(z)δ(z)) and the innovation coefficients of the future steps.
        let phiStar = LagPolynomial.multiply(LagPolynomial.multiply(
            LagPolynomial.boxJenkins(c.ar, spacing: 1), LagPolynomial.boxJenkins(c.seasonalAR, spacing: c.period)), delta)
        var chi = [Double](repeating: 0, count: h)
        chi[0] = 1
        for r in stride(from: 1, to: h, by: 1) {
            var s = 0.0
            for j in 1..<min(phiStar.count, r + 1) { s -= phiStar[j] * chi[r - j] }
            chi[r] = s
        }
        func theta(_ n: Int, _ j: Int) -> Double {
            if j == 0 { return 1 }
            return j <= alg.lengths[n] ? alg.theta(n, j) : 0
        }
        var mse = [Double](repeating: 0, count: h)
        for hh in 1...h {
            var s = 0.0
            for j in 0..<hh {
                var inner = 0.0
                for r in 0...j { inner += chi[r] * theta(nW + hh - r - 1, j - r) }
                s += inner * inner * alg.r[nW + hh - j - 1]
            }
            mse[hh - 1] = s
        }
        return (Array(zx.suffix(h)), mse)
    }
}
