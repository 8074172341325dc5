import CNFinLinearAlgebra
import CNFinSeries
import Foundation

/// Automatic detection of additive outliers and level shifts in the manner of X-13ARIMA-SEATS'
/// `outlier` spec (`method=addone`; Findley et al. 1998, §4 and Appendix C):
///
/// 1. **Forward addition.** With the current model's ARMA coefficients, for every month `t₀` that
///    has no outlier yet and every type, the GLS t-statistic of adding that regressor is
///    `t = x̃ᵀMẽ / (σ_R √(x̃ᵀMx̃))`, with `x̃` the whitened differenced column, `M` the projection
///    off the whitened regressors already in the model, and `σ_R = 1.4826·median|ẽ|` a robust
///    scale of the standardised innovations. The largest `|t|` above the critical value is
///    added and the whole model re-estimated (ARMA and regression); repeated until none exceeds it.
/// 2. **Backward deletion.** The outlier with the smallest `|t|` (ordinary GLS t from the fitted
///    model) below the critical value is removed and the model re-estimated, until all exceed it.
///
/// The default critical value is Ljung's (1993) formula at `α = 0.05` for `n` observations:
/// `a = √(2 log n)`, `b = a − (log log n + log 4π)/(2a)`, `cv = b − log(−½ log(2 − √(1+α)))/a`
/// (X-13 prints 3.95, 3.99, 4.03, 4.06 for n = 198, 239, 295, 348; this gives 3.954, 3.994,
/// 4.039, 4.074 — the sets found agree with X-13's on the bundled reference series).
public struct OutlierDetection: Sendable {
    public var types: [OutlierRegressor.Kind]
    /// `nil`: the default for the series length.
    public var criticalValue: Double?
    public var maxOutliers: Int
    /// The intermediate re-estimations (after each addition or deletion) also stop once a step
    /// gains less than this in log-likelihood (``RegARIMAModel/likelihoodTolerance``); the
    /// final fit uses the model's own tolerances.
    public var intermediateLikelihoodTolerance: Double = 1e-4

    public init(types: [OutlierRegressor.Kind] = [.additive, .levelShift], criticalValue: Double? = nil, maxOutliers: Int = 40) {
        self.types = types
        self.criticalValue = criticalValue
        self.maxOutliers = maxOutliers
    }

    /// Ljung's critical value at `α` for `n` observations.
    public static func defaultCriticalValue(observations n: Int, alpha: Double = 0.05) -> Double {
        let ln = log(Double(max(n, 3)))
        let a = (2 * ln).squareRoot()
        let b = a - (log(ln) + log(4 * Double.pi)) / (2 * a)
        return b - log(-0.5 * log(2 - (1 + alpha).squareRoot())) / a
    }

    /// The model with the detected outliers added to its regressors, and the outliers' names.
    public func detect(_ model: RegARIMAModel, _ y: [Double], start: Month) throws(ARIMAError) -> (fit: RegARIMAFit, outliers: [OutlierRegressor]) {
        let cv = criticalValue ?? Self.defaultCriticalValue(observations: y.count)
        guard cv > 0, cv.isFinite else { throw .invalidParameter(name: "critical value", value: "\(cv)", requirement: "must be positive") }
        guard !types.contains(.ramp) else {
            throw .invalidParameter(name: "outlier types", value: "RP", requirement: "automatic detection covers AO, LS and TC")
        }
        let fixedMonths = Set(model.regressors.compactMap { ($0 as? OutlierRegressor)?.month })
        var current = model
        // Intermediate re-estimations stop at a looser tolerance (the t-statistics that decide
        // the next step do not move at 1e-6 in the ARMA coefficients); the final fit uses the
        // model's own.
        current.tolerance = max(model.tolerance, 1e-6)
        current.likelihoodTolerance = max(model.likelihoodTolerance, intermediateLikelihoodTolerance)
        var fit = try current.fit(y, start: start)
        var found: [OutlierRegressor] = []
        let taken = Set(model.regressors.map(\.name))
        let delta = LagPolynomial.differencing(d: model.order.d, seasonalD: model.order.seasonalD, period: model.order.period)
        let n = y.count
        // Forward addition.
        while found.count < maxOutliers {
            let best = try bestCandidate(fit: fit, delta: delta, n: n, start: start,
                                         exclude: taken.union(found.map(\.name)), occupied: fixedMonths.union(found.map(\.month)))
            guard let (o, t) = best, abs(t) > cv else { break }
            found.append(o)
            current.regressors = model.regressors + found
            current.startingValues = fit.coefficients.vector
            fit = try current.fit(y, start: start)
        }
        // Backward deletion.
        while !found.isEmpty {
            let ts = found.map { o in fit.regression.first { $0.name == o.name }.map { abs($0.t) } ?? 0 }
            guard let (i, tmin) = ts.enumerated().min(by: { $0.element < $1.element }), tmin < cv else { break }
            found.remove(at: i)
            current.regressors = model.regressors + found
            current.startingValues = fit.coefficients.vector
            fit = try current.fit(y, start: start)
        }
        current.tolerance = model.tolerance
        current.likelihoodTolerance = model.likelihoodTolerance
        current.regressors = model.regressors + found
        current.startingValues = fit.coefficients.vector
        fit = try current.fit(y, start: start)
        return (fit, found)
    }

    /// The candidate with the largest robust |t| given the fitted model.
    func bestCandidate(fit: RegARIMAFit, delta: [Double], n: Int, start: Month,
                       exclude: Set<String>, occupied: Set<Month> = []) throws(ARIMAError) -> (OutlierRegressor, Double)? {
        let w = LagPolynomial.apply(delta, to: fit.transformed)
        let nW = w.count
        let alg: InnovationsAlgorithm
        do { alg = try InnovationsAlgorithm(process: ARMAProcess(fit.coefficients), count: nW) } catch { throw .linearAlgebra(error) }
        let sr = alg.r.map { $0.squareRoot() }
        func whiten(_ v: [Double]) -> [Double] {
            var e = alg.innovations(v)
            for i in 0..<e.count { e[i] /= sr[i] }
            return e
        }
        // Orthonormal basis of the whitened regressors (thin Q) to project candidates off them.
        let xw = fit.design.map { whiten(LagPolynomial.apply(delta, to: $0)) }
        var q: [[Double]] = []
        if !xw.isEmpty {
            do {
                let qr = try HouseholderQR(try Matrix(columns: xw))
                let qm = try qr.applyQ(to: { () -> Matrix in
                    var e = Matrix(rows: nW, columns: xw.count)
                    for i in 0..<xw.count { e[i, i] = 1 }
                    return e
                }(), transpose: false)
                q = (0..<xw.count).map { Array(qm.column($0)) }
            } catch { throw .linearAlgebra(error) }
        }
        func project(_ v: inout [Double]) {
            for b in q {
                var s = 0.0
                for i in 0..<v.count { s += b[i] * v[i] }
                for i in 0..<v.count { v[i] -= s * b[i] }
            }
        }
        var e = whiten(w)
        project(&e)
        let degree = delta.count - 1
        let mad = Self.median(e.map(abs))
        let sigma = 1.4826 * mad
        guard sigma > 0 else { return nil }
        var best: (OutlierRegressor, Double)?
        for k in types {
            for t0 in 0..<n {
                let m = start.advanced(by: t0)
                if k == .levelShift && t0 == 0 { continue }
                let o = OutlierRegressor(k, at: m)
                if exclude.contains(o.name) || occupied.contains(m) { continue }
                // The differenced AO/LS/TC column is zero before t₀ − deg δ, and so is its
                // whitened version: filter and sum from there. With M = I − QQᵀ and ẽ already
                // projected, x̃ᵀMẽ = x̃ᵀẽ and x̃ᵀMx̃ = x̃ᵀx̃ − ‖Qᵀx̃‖².
                let col = try o.values(start: start, count: n)
                let first = max(0, t0 - degree)
                let dx = LagPolynomial.apply(delta, to: col)
                var x = alg.innovations(dx, from: first)
                var xx = 0.0, xe = 0.0
                for i in first..<x.count {
                    x[i] /= sr[i]
                    xx += x[i] * x[i]; xe += x[i] * e[i]
                }
                for b in q {
                    var d = 0.0
                    for i in first..<x.count { d += b[i] * x[i] }
                    xx -= d * d
                }
                guard xx > 1e-12 else { continue }
                let t = xe / (sigma * xx.squareRoot())
                if best == nil || abs(t) > abs(best?.1 ?? 0) { best = (o, t) }
            }
        }
        return best
    }

    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : 0.5 * (s[s.count / 2 - 1] + s[s.count / 2])
    }
}
