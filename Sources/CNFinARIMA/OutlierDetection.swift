import CNFinLinearAlgebra
import CNFinSeries
import Foundation

/// Automatic detection of additive outliers and level shifts in the manner of X-13ARIMA-SEATS'
/// `outlier` spec (`method=addone`; Findley et al. 1998, §4 and Appendix C):
///
/// 1. **Forward addition.** With the current model's ARMA coefficients held fixed, for every
///    month `t₀` and type not yet in the model, the GLS t-statistic of adding that regressor is
///    `t = x̃ᵀMẽ / (σ_R √(x̃ᵀMx̃))`, with `x̃` the whitened differenced column, `M` the projection
///    off the whitened regressors already in the model, and `σ_R = median|â|/0.6745` X-13's
///    robust scale of the smoothed residuals (``OutlierCandidateScan`` has the details, the
///    candidates skipped and the order ties resolve in). The largest `|t|` above the critical
///    value is added and the whole model re-estimated (ARMA and regression, as X-13's `idotlr`
///    calls `rgarma`); repeated until none exceeds it.
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

    /// An exact tie of the forward search: `chosen` was added, and each of `alternatives` had the
    /// same |t| to a relative 1e-9 — typically an LS at t and at t+1 with an AO at t in the model,
    /// which span the same model (``OutlierCandidateScan`` says which one is taken and why).
    public struct Tie: Sendable, Hashable {
        /// The outlier added (its name, e.g. `LS2009-03`).
        public let chosen: String
        /// The candidates with the same |t| that were not added.
        public let alternatives: [String]
        /// The common t-statistic.
        public let t: Double
    }

    /// The model with the detected outliers added to its regressors, the outliers, and the exact
    /// ties the forward search broke (in the order they were met).
    public func detect(_ model: RegARIMAModel, _ y: [Double], start: Month) throws(ARIMAError)
        -> (fit: RegARIMAFit, outliers: [OutlierRegressor], ties: [Tie]) {
        let cv = criticalValue ?? Self.defaultCriticalValue(observations: y.count)
        guard cv > 0, cv.isFinite else { throw .invalidParameter(name: "critical value", value: "\(cv)", requirement: "must be positive") }
        guard !types.contains(.ramp) else {
            throw .invalidParameter(name: "outlier types", value: "RP", requirement: "automatic detection covers AO, LS and TC")
        }
        var current = model
        // Intermediate re-estimations stop at a looser tolerance (the t-statistics that decide
        // the next step do not move at 1e-6 in the ARMA coefficients); the final fit uses the
        // model's own.
        current.tolerance = max(model.tolerance, 1e-6)
        current.likelihoodTolerance = max(model.likelihoodTolerance, intermediateLikelihoodTolerance)
        current.computesARMAStandardErrors = false
        // The model's own regressors are in every fit of the search: their columns once (when
        // they cannot be computed, the fit reports why).
        let prefix = try? model.designPrefix(start: start, count: y.count)
        var fit = try current.fit(y, start: start, prefix: prefix)
        var found: [OutlierRegressor] = []
        var ties: [Tie] = []
        let taken = Set(model.regressors.map(\.name))
        let delta = LagPolynomial.differencing(d: model.order.d, seasonalD: model.order.seasonalD, period: model.order.period)
        let n = y.count
        let scan = OutlierCandidateScan(types: types)
        // Forward addition.
        while found.count < maxOutliers {
            let best = try scan.best(fit: fit, delta: delta, n: n, start: start, exclude: taken.union(found.map(\.name)))
            guard let (o, t) = best.map({ ($0.outlier, $0.t) }), abs(t) > cv else { break }
            if let tied = best?.tiedWith, !tied.isEmpty {
                ties.append(Tie(chosen: o.name, alternatives: tied.map(\.name), t: t))
            }
            found.append(o)
            current.regressors = model.regressors + found
            current.startingValues = fit.coefficients.vector
            fit = try current.fit(y, start: start, prefix: prefix)
        }
        // Backward deletion.
        while !found.isEmpty {
            let ts = found.map { o in fit.regression.first { $0.name == o.name }.map { abs($0.t) } ?? 0 }
            guard let (i, tmin) = ts.enumerated().min(by: { $0.element < $1.element }), tmin < cv else { break }
            found.remove(at: i)
            current.regressors = model.regressors + found
            current.startingValues = fit.coefficients.vector
            fit = try current.fit(y, start: start, prefix: prefix)
        }
        current.tolerance = model.tolerance
        current.likelihoodTolerance = model.likelihoodTolerance
        current.computesARMAStandardErrors = model.computesARMAStandardErrors
        current.regressors = model.regressors + found
        current.startingValues = fit.coefficients.vector
        fit = try current.fit(y, start: start, prefix: prefix)
        return (fit, found, ties)
    }

    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : 0.5 * (s[s.count / 2 - 1] + s[s.count / 2])
    }
}
