import CNFinLinearAlgebra
import CNFinSeries
import Foundation

/// A regARIMA model (X-13ARIMA-SEATS, Findley et al. 1998): `f(y_t) = X_tβ + z_t` with `z`
/// following the seasonal ARIMA model `order` and `f` the identity or the natural log.
///
/// Estimation (`fit`) maximises the exact Gaussian likelihood of the differenced model
/// `δ(B)f(y) = δ(B)Xβ + u` (``ConcentratedLikelihood``) over the ARMA coefficients by
/// Levenberg–Marquardt, with `β` by GLS and `σ²` concentrated out at every evaluation.
public struct RegARIMAModel: Sendable {
    public enum Transform: String, Sendable, Hashable { case none, log }

    public var order: ARIMAOrder
    public var transform: Transform
    public var regressors: [any RegressionVariable]
    /// Convergence tolerance of the optimiser: the last Levenberg–Marquardt step relative to
    /// the parameter vector. Gauss–Newton converges quadratically near the optimum, so the
    /// default 1e-9 leaves the ARMA estimates within ~1e-9 of it.
    public var tolerance: Double
    public var maxIterations: Int
    /// Optional second stopping rule, off at 0: the search also ends when an accepted step
    /// raises the concentrated log-likelihood by less than this (absolute; `Δℓ ≈ (N/2)·Δ‖f‖²/‖f‖²`).
    /// For fits whose likelihood, not location, matters (the candidates of
    /// ``AutomaticModelSelection``); the ARMA estimates are then only as close to the optimum as
    /// the flatness of the likelihood allows.
    public var likelihoodTolerance: Double = 0
    /// `false` only inside the module: the unit-root fits of ``AutomaticModelSelection`` use the
    /// last iterate when the maximum lies on the boundary of the stationarity region (a unit
    /// root that the constrained optimiser can approach but not reach).
    var requiresConvergence = true
    /// `false` for fits whose ARMA standard errors nobody reads (the intermediate re-estimations of
    /// ``OutlierDetection``, the candidates compared by a criterion): skips their 2k-evaluation
    /// Jacobian; ``RegARIMAFit/armaStandardErrors`` is then NaN.
    package var computesARMAStandardErrors = true
    /// Starting ARMA values `[ar…, sar…, ma…, sma…]`; `nil` starts every coefficient at 0.1.
    public var startingValues: [Double]?

    public init(order: ARIMAOrder = .airline, transform: Transform = .none, regressors: [any RegressionVariable] = [],
                tolerance: Double = 1e-9, maxIterations: Int = 500, startingValues: [Double]? = nil) {
        self.order = order
        self.transform = transform
        self.regressors = regressors
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.startingValues = startingValues
    }

    /// The minimum span: differencing + ARMA parameters + regressors + one year.
    public var minimumObservations: Int { order.differencingLength + order.armaCount + regressors.count + 12 }

    /// The values and differenced values of the leading regressors of a model, computed once for
    /// a search that fits many models sharing them (``OutlierDetection``: the CNY and fixed
    /// regressors stay while outliers come and go).
    struct DesignPrefix: Sendable {
        let names: [String]
        let values: [[Double]]
        let differenced: [[Double]]
    }

    /// The ``DesignPrefix`` of this model's regressors for `count` months from `start`.
    func designPrefix(start: Month, count: Int) throws(ARIMAError) -> DesignPrefix {
        let delta = LagPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        let values = try regressors.map { (r) throws(ARIMAError) -> [Double] in
            let v = try r.values(start: start, count: count)
            guard v.count == count else { throw .regressorLength(name: r.name, expected: count, actual: v.count) }
            return v
        }
        return DesignPrefix(names: regressors.map(\.name), values: values, differenced: values.map { LagPolynomial.apply(delta, to: $0) })
    }

    /// Fits the model to `y` (one value per month from `start`).
    public func fit(_ y: [Double], start: Month) throws(ARIMAError) -> RegARIMAFit {
        try fit(y, start: start, prefix: nil)
    }

    /// Fits the model, taking the columns of its leading regressors from `prefix` when their
    /// names match (the same numbers the regressors would give).
    func fit(_ y: [Double], start: Month, prefix: DesignPrefix?) throws(ARIMAError) -> RegARIMAFit {
        guard tolerance > 0, tolerance < 1 else {
            throw .invalidParameter(name: "tolerance", value: "\(tolerance)", requirement: "must be in (0, 1)")
        }
        guard maxIterations >= 1 else {
            throw .invalidParameter(name: "maximum iterations", value: "\(maxIterations)", requirement: "must be ≥ 1")
        }
        for (i, v) in y.enumerated() where !v.isFinite { throw .gap(month: start.advanced(by: i).description) }
        guard y.count >= minimumObservations else { throw .spanTooShort(count: y.count, required: minimumObservations) }
        var names = Set<String>()
        for r in regressors where !names.insert(r.name).inserted { throw .duplicateRegressor(name: r.name) }

        let z: [Double]
        var jacobian = 0.0
        switch transform {
        case .none: z = y
        case .log:
            for (i, v) in y.enumerated() where v <= 0 { throw .nonPositiveForLog(month: start.advanced(by: i).description, value: v) }
            z = y.map { Foundation.log($0) }
        }
        let delta = LagPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: order.period)
        var xcols: [[Double]] = []
        var dx: [[Double]] = []
        xcols.reserveCapacity(regressors.count)
        dx.reserveCapacity(regressors.count)
        for (j, r) in regressors.enumerated() {
            if let prefix, j < prefix.names.count, prefix.names[j] == r.name, prefix.values[j].count == y.count {
                xcols.append(prefix.values[j])
                dx.append(prefix.differenced[j])
                continue
            }
            let v = try r.values(start: start, count: y.count)
            guard v.count == y.count else { throw .regressorLength(name: r.name, expected: y.count, actual: v.count) }
            xcols.append(v)
            dx.append(LagPolynomial.apply(delta, to: v))
        }
        let w = LagPolynomial.apply(delta, to: z)
        try Self.checkCollinearity(dx, names: regressors.map(\.name))
        if transform == .log {
            // X-13 adjusts the likelihood by the log Jacobian of the transform over the
            // observations that enter the differenced likelihood.
            for v in y.dropFirst(order.differencingLength) { jacobian -= Foundation.log(v) }
        }

        let lik = ConcentratedLikelihood(order: order, w: w, columns: dx)
        let k = order.armaCount
        let x0 = startingValues ?? [Double](repeating: 0.1, count: k)
        guard x0.count == k else {
            throw .invalidParameter(name: "starting values", value: "\(x0.count) values", requirement: "give \(k) values (\(order.parameterNames.joined(separator: ", ")))")
        }
        if let bad = ARMACoefficients(vector: x0, order: order).firstInadmissibleFactor { throw .invalidStartingValues(polynomial: bad) }

        guard likelihoodTolerance >= 0, likelihoodTolerance.isFinite else {
            throw .invalidParameter(name: "likelihood tolerance", value: "\(likelihoodTolerance)", requirement: "must be ≥ 0")
        }
        var lm = LevenbergMarquardt(tolerance: tolerance, maxIterations: maxIterations)
        lm.objectiveTolerance = 2 * likelihoodTolerance / Double(max(w.count, 1))
        let armaOrder = order
        lm.boundaryDistance = { ARMACoefficients(vector: $0, order: armaOrder).boundaryDistance }
        func optimize(_ start: [Double]) throws(ARIMAError) -> LevenbergMarquardt.Result {
            do {
                return try lm.minimize(start: start) { x in
                    guard ARMACoefficients(vector: x, order: order).isAdmissible else { return nil }
                    return try? lik.evaluate(x).scaledResiduals
                }
            } catch { throw .linearAlgebra(error) }
        }
        var result = try optimize(x0)
        // The profile likelihood of an MA factor often has a second, lower maximum at the
        // unit circle (e.g. a seasonal MA → 1); a path from the default start can end there.
        // When a factor ends within 0.01 of the unit circle, restart with that factor's
        // coefficients at 0.5 and with all at 0.5, and keep the highest likelihood.
        if startingValues == nil, ARMACoefficients(vector: result.x, order: order).boundaryDistance < 0.01 {
            var alt = result.x
            let c = ARMACoefficients(vector: result.x, order: order)
            for (range, d) in c.factorRanges where d < 0.01 { for i in range { alt[i] = 0.5 * (alt[i] < 0 ? -1 : 1) / Double(range.count) } }
            for start in [alt, [Double](repeating: 0.5 / Double(max(1, order.q)), count: k)] {
                let r = try optimize(start)
                if r.converged && r.objective < result.objective { result = r }
            }
        }
        guard result.converged || !requiresConvergence else { throw .noConvergence(iterations: result.iterations, gradientNorm: result.gradientNorm) }

        let ev: ConcentratedLikelihood.Evaluation
        do { ev = try lik.evaluate(result.x) } catch { throw .linearAlgebra(error) }
        let n = lik.count
        let sigma2 = ev.sumOfSquares / Double(n)
        let logLik = ev.logLikelihood(count: n)

        // GLS covariance σ̂²(X̃ᵀX̃)⁻¹ from the pivoted QR of the whitened regressors.
        var regression: [RegressionEstimate] = []
        var betaCovariance: [[Double]] = []
        if !regressors.isEmpty {
            let cov: Matrix
            do { cov = try Self.inverseGram(ev.whitenedColumns) } catch { throw .linearAlgebra(error) }
            betaCovariance = (0..<regressors.count).map { i in (0..<regressors.count).map { j in sigma2 * cov[i, j] } }
            for (j, r) in regressors.enumerated() {
                let se = (sigma2 * cov[j, j]).squareRoot()
                regression.append(RegressionEstimate(name: r.name, estimate: ev.beta[j], standardError: se, isHoliday: r.isHoliday))
            }
        }
        let armaSE = computesARMAStandardErrors ? Self.armaStandardErrors(lik: lik, at: result.x, order: order, lm: lm)
            : [Double](repeating: .nan, count: result.x.count)

        return RegARIMAFit(
            model: self, start: start, observations: y, transformed: z, design: xcols,
            coefficients: ARMACoefficients(vector: result.x, order: order),
            armaStandardErrors: armaSE, regression: regression, regressionCovariance: betaCovariance, sigma2: sigma2,
            logLikelihood: logLik, logJacobian: jacobian, effectiveObservations: n,
            residuals: ev.residuals.map { $0 * sigma2.squareRoot() }, iterations: result.iterations,
            gradientNorm: result.gradientNorm)
    }

    /// Rejects differenced regressors that are zero or linearly dependent (pivoted QR, rank
    /// tolerance `N·ε·|R₁₁|` relative to the largest column).
    static func checkCollinearity(_ cols: [[Double]], names: [String]) throws(ARIMAError) {
        guard !cols.isEmpty else { return }
        var zero: [String] = []
        for (c, name) in zip(cols, names) where c.allSatisfy({ abs($0) <= 1e-12 }) { zero.append(name) }
        if !zero.isEmpty { throw .collinearRegressors(names: zero) }
        do {
            let qr = try PivotedQR(try Matrix(columns: cols))
            let rank = qr.rank(relativeTolerance: 1e-10)
            if rank < cols.count {
                throw ARIMAError.collinearRegressors(names: qr.permutation[rank...].map { names[$0] })
            }
        } catch let e as ARIMAError {
            throw e
        } catch let e as LinearAlgebraError {
            throw .linearAlgebra(e)
        } catch {
            throw .collinearRegressors(names: names)
        }
    }

    /// `(AᵀA)⁻¹ = P R⁻¹R⁻ᵀ Pᵀ` from the pivoted QR `AP = QR`.
    static func inverseGram(_ cols: [[Double]]) throws(LinearAlgebraError) -> Matrix {
        let qr = try PivotedQR(try Matrix(columns: cols))
        let k = cols.count
        let rinv = try Triangular.inverse(upperFactor: qr.factors, order: k)
        var out = Matrix(rows: k, columns: k)
        for i in 0..<k {
            for j in 0..<k {
                var s = 0.0
                for l in max(i, j)..<k { s += rinv[i, l] * rinv[j, l] }
                out[qr.permutation[i], qr.permutation[j]] = s
            }
        }
        return out
    }

    /// Standard errors of the ARMA coefficients from the Gauss–Newton approximation of the
    /// information at the optimum (the quantity Levenberg–Marquardt works with; X-13 reports
    /// similar but not identical values — within 10% on the bundled series, its exact formula
    /// is not documented), `Cov(ω̂) ≈ (‖f‖²/N)·(JᵀJ)⁻¹`, with `J` the
    /// (central-difference) Jacobian of the scaled GLS residuals `f` that Levenberg–Marquardt
    /// minimises; `(JᵀJ)⁻¹` through the pivoted QR of `J`.
    static func armaStandardErrors(lik: ConcentratedLikelihood, at x: [Double], order: ARIMAOrder,
                                   lm: LevenbergMarquardt) -> [Double] {
        let k = x.count
        guard k > 0 else { return [] }
        let nan = [Double](repeating: .nan, count: k)
        let f: ([Double]) -> [Double]? = { v in
            guard ARMACoefficients(vector: v, order: order).isAdmissible else { return nil }
            return try? lik.evaluate(v).scaledResiduals
        }
        guard let fx = f(x), let jac = lm.jacobian(x, fx, f), let cov = try? inverseGram(jac) else { return nan }
        let s2 = LevenbergMarquardt.norm2(fx) / Double(lik.count)
        return (0..<k).map { (s2 * cov[$0, $0]).squareRoot() }
    }
}
