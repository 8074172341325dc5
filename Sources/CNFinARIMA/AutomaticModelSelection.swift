import CNFinSeries
import Foundation

/// Automatic ARIMA model identification in the manner of X-13ARIMA-SEATS' `automdl` spec
/// (Reference Manual §7.2), which follows TRAMO (Gómez and Maravall 2001, "Automatic modeling
/// methods for univariate series", in *A Course in Time Series Analysis*, Wiley, ch. 7):
///
/// 1. **Differencing orders.** (a) Fit `(2,0,0)(1,0,0)` with a mean: the seasonal AR
///    coefficient above `ub1 = 0.97` gives `D = 1`, each real regular AR root with inverse
///    modulus above `ub1` adds one regular difference. (b) Repeatedly fit `(1,d,1)(1,D,1)`
///    with a trend constant: a regular (seasonal) AR coefficient above `ub2 = 0.88` that does
///    not cancel with its MA coefficient (`|φ − θ| > 0.1`) adds a regular (seasonal)
///    difference, until none is added (`d ≤ 2`, `D ≤ 1`). (c) The trend constant stays in the
///    model when its `|t|` in the last `(1,d,1)(1,D,1)` fit exceeds 1.96.
/// 2. **ARMA orders** by BIC, in TRAMO's three passes: the seasonal orders `(P,Q) ≤ (1,1)` with
///    `(p,q) = (3,0)`; then `(p,q) ≤ (3,3)` with the best seasonal orders; then the seasonal
///    orders again with the best regular ones.
/// 3. **Benchmark.** The airline model `(0,1,1)(0,1,1)` is fitted too. Models with different
///    differencing have likelihoods of different data, so the criterion compared across them
///    is X-13's normalised `BIC/N` (`N` the effective observations; X-13 prints it as BIC2).
///    The identified model is kept when its Ljung–Box test (24 lags) does not reject at 5 %,
///    or when the airline's rejects too; otherwise the airline is kept (X-13's
///    `ljungboxlimit`/default-model fallback).
/// 4. **Final checks** (X-13's): a regular AR factor of order ≤ 2 with a real root of modulus
///    below `urfinal = 1.05` becomes a regular difference; the highest-order coefficient of each
///    part (regular/seasonal AR/MA) with `|t| < armalimit = 1.0` is dropped; refit until
///    nothing changes.
///
/// Differences from X-13: X-13 estimates the unit-root and identification models by the
/// Hannan–Rissanen regressions and ranks the candidates by the BIC of those estimates; here
/// every candidate is an exact maximum-likelihood fit (stationarity and invertibility enforced:
/// an AR coefficient can approach but not exceed 1, where Hannan–Rissanen can give 1.09).
/// Candidate fits stop once a step gains less than `candidateLikelihoodTolerance` (1e-5) in
/// log-likelihood — the BIC needs the maximum's value, not its location, and near-cancelling
/// AR/MA pairs make the likelihood a flat ridge — after at most 100 iterations (a candidate
/// that does not converge is skipped and listed). X-13's comparison of the identified model
/// with the airline is not documented; this uses the Ljung–Box rule above. On the six bundled
/// reference series the choice equals X-13's on three; <doc:AutomaticModelChoice> says why the
/// other three differ.
public struct AutomaticModelSelection: Sendable {
    public var maxRegularOrder: Int
    public var maxSeasonalOrder: Int
    public var maxRegularDifference: Int
    public var maxSeasonalDifference: Int
    /// Unit-root limits on the AR coefficients of the two differencing stages.
    public var firstUnitRootLimit: Double
    public var secondUnitRootLimit: Double
    /// AR and MA coefficients closer than this cancel.
    public var cancellationLimit: Double
    /// `|t|` above which the trend constant is kept.
    public var constantTLimit: Double
    /// Final check: a regular AR root of modulus below this becomes a difference (X-13 `urfinal`).
    public var finalUnitRootLimit: Double
    /// Final check: highest-order ARMA coefficients with `|t|` below this are dropped (X-13 `armalimit`).
    public var armaLimit: Double
    /// Tolerance of the candidate fits (the chosen model is refitted at the model's own).
    public var candidateTolerance: Double
    /// The candidate fits also stop when a step gains less than this in log-likelihood
    /// (``RegARIMAModel/likelihoodTolerance``): BIC needs the maximum's value, not its location.
    public var candidateLikelihoodTolerance: Double

    public init(maxRegularOrder: Int = 3, maxSeasonalOrder: Int = 1, maxRegularDifference: Int = 2,
                maxSeasonalDifference: Int = 1, firstUnitRootLimit: Double = 0.97, secondUnitRootLimit: Double = 0.88,
                cancellationLimit: Double = 0.1, constantTLimit: Double = 1.96, candidateTolerance: Double = 1e-6,
                candidateLikelihoodTolerance: Double = 1e-5, finalUnitRootLimit: Double = 1.05, armaLimit: Double = 1.0) {
        self.finalUnitRootLimit = finalUnitRootLimit
        self.armaLimit = armaLimit
        self.maxRegularOrder = maxRegularOrder
        self.maxSeasonalOrder = maxSeasonalOrder
        self.maxRegularDifference = maxRegularDifference
        self.maxSeasonalDifference = maxSeasonalDifference
        self.firstUnitRootLimit = firstUnitRootLimit
        self.secondUnitRootLimit = secondUnitRootLimit
        self.cancellationLimit = cancellationLimit
        self.constantTLimit = constantTLimit
        self.candidateTolerance = candidateTolerance
        self.candidateLikelihoodTolerance = candidateLikelihoodTolerance
    }

    /// One fitted candidate and its criteria.
    public struct Candidate: Sendable, Hashable {
        public let order: ARIMAOrder
        public let hasConstant: Bool
        /// `BIC` on the data's scale (with the log Jacobian), as the fitted model prints it.
        public let bic: Double
        /// `BIC / N`, the criterion compared across differencing orders.
        public let normalizedBIC: Double
        public let effectiveObservations: Int
    }

    /// A step of the differencing identification: the model fitted and its AR/MA coefficients.
    public struct DifferencingStep: Sendable, Hashable {
        public let order: ARIMAOrder
        public let coefficients: [String: Double]
    }

    public struct Result: Sendable {
        /// The chosen model fitted at the input model's tolerance.
        public let fit: RegARIMAFit
        public let regularDifference: Int
        public let seasonalDifference: Int
        public let hasConstant: Bool
        /// `t` of the trend constant in the last differencing-stage fit.
        public let constantT: Double
        public let differencingSteps: [DifferencingStep]
        /// Every ARMA candidate fitted, in the order fitted.
        public let candidates: [Candidate]
        /// Candidates left out because their likelihood maximisation did not converge.
        public let skipped: [ARIMAOrder]
        /// The best candidate by BIC.
        public let identified: Candidate
        public let airline: Candidate
        /// Ljung–Box p-values (24 lags) of the identified model and the airline.
        public let identifiedLjungBoxP: Double?
        public let airlineLjungBoxP: Double?
        public let choseAirline: Bool
        /// What X-13's final checks changed (empty when nothing), each a note in either language.
        public let finalChecks: [FinalCheck]
    }

    /// Identifies the model for `y` with the regressors, transform and tolerance of `base`
    /// (its orders and starting values are ignored).
    public func select(_ base: RegARIMAModel, _ y: [Double], start: Month) throws(ARIMAError) -> Result {
        guard (0...6).contains(maxRegularOrder), (0...2).contains(maxSeasonalOrder),
              (0...2).contains(maxRegularDifference), (0...1).contains(maxSeasonalDifference) else {
            throw .invalidParameter(name: "automatic model limits",
                                    value: "(\(maxRegularOrder),\(maxSeasonalOrder)) diff (\(maxRegularDifference),\(maxSeasonalDifference))",
                                    requirement: "orders ≤ (6,2), differences ≤ (2,1)")
        }
        var work = base
        work.startingValues = nil
        work.tolerance = max(base.tolerance, candidateTolerance)
        work.regressors = base.regressors.filter { $0.name != "const" }
        // Candidates are compared by their likelihood: stop once a step gains less than
        // `candidateLikelihoodTolerance` in log-likelihood (BIC to twice that).
        work.likelihoodTolerance = candidateLikelihoodTolerance
        work.maxIterations = min(base.maxIterations, 100)

        func fit(_ o: ARIMAOrder, constant: Bool, unitRootStage: Bool = false) throws(ARIMAError) -> RegARIMAFit {
            var m = work
            if unitRootStage { m.requiresConvergence = false }
            m.order = o
            if constant { m.regressors.append(TrendConstantRegressor(origin: start, order: o)) }
            return try m.fit(y, start: start)
        }
        func order(_ p: Int, _ d: Int, _ q: Int, _ sp: Int, _ sd: Int, _ sq: Int) throws(ARIMAError) -> ARIMAOrder {
            try ARIMAOrder(p: p, d: d, q: q, seasonalP: sp, seasonalD: sd, seasonalQ: sq, period: base.order.period)
        }
        var steps: [DifferencingStep] = []
        func record(_ f: RegARIMAFit) {
            var c: [String: Double] = [:]
            for a in f.arma { c[a.name] = a.estimate }
            steps.append(DifferencingStep(order: f.order, coefficients: c))
        }

        // 1a. (2,0,0)(1,0,0) with a mean.
        var d = 0, sd = 0
        let first = try fit(try order(2, 0, 0, 1, 0, 0), constant: true, unitRootStage: true)
        record(first)
        if first.coefficients.seasonalAR[0] > firstUnitRootLimit { sd = min(1, maxSeasonalDifference) }
        d = min(maxRegularDifference, Self.unitRoots(first.coefficients.ar, above: firstUnitRootLimit))
        // 1b. (1,d,1)(1,D,1) until no difference is added.
        var constantT = 0.0
        while true {
            let f = try fit(try order(1, d, 1, 1, sd, 1), constant: true, unitRootStage: true)
            record(f)
            constantT = f.regression.first { $0.name == "const" }?.t ?? 0
            let c = f.coefficients
            var changed = false
            if d < maxRegularDifference, c.ar[0] > secondUnitRootLimit, abs(c.ar[0] - c.ma[0]) > cancellationLimit {
                d += 1; changed = true
            }
            if sd < maxSeasonalDifference, c.seasonalAR[0] > secondUnitRootLimit,
               abs(c.seasonalAR[0] - c.seasonalMA[0]) > cancellationLimit {
                sd += 1; changed = true
            }
            if !changed { break }
        }
        let constant = abs(constantT) > constantTLimit

        // 2. ARMA orders by BIC in three passes.
        var candidates: [Candidate] = []
        var fits: [ARIMAOrder: RegARIMAFit] = [:]
        var skipped: [ARIMAOrder] = []
        func candidate(_ o: ARIMAOrder) throws(ARIMAError) -> Candidate? {
            if let f = fits[o] { return Self.candidate(f, constant: constant) }
            let f: RegARIMAFit
            do {
                f = try fit(o, constant: constant)
            } catch {
                // A candidate whose likelihood cannot be maximised (no convergence) is left out
                // and listed; every other error stops the selection.
                guard case .noConvergence = error else { throw error }
                skipped.append(o)
                return nil
            }
            fits[o] = f
            let c = Self.candidate(f, constant: constant)
            candidates.append(c)
            return c
        }
        func best(_ orders: [ARIMAOrder]) throws(ARIMAError) -> Candidate? {
            var b: Candidate?
            for o in orders {
                guard o.armaCount + work.regressors.count + 1 + o.differencingLength + 12 <= y.count else { continue }
                guard let c = try candidate(o) else { continue }
                if b == nil || c.bic < (b?.bic ?? .infinity) { b = c }
            }
            return b
        }
        let sRange = 0...maxSeasonalOrder, rRange = 0...maxRegularOrder
        var seasonal: [ARIMAOrder] = []
        for sp in sRange { for sq in sRange { seasonal.append(try order(min(3, maxRegularOrder), d, 0, sp, sd, sq)) } }
        guard let s1 = try best(seasonal) else { throw .spanTooShort(count: y.count, required: work.minimumObservations) }
        var regular: [ARIMAOrder] = []
        for p in rRange { for q in rRange { regular.append(try order(p, d, q, s1.order.seasonalP, sd, s1.order.seasonalQ)) } }
        let r2 = try best(regular) ?? s1
        var seasonal2: [ARIMAOrder] = []
        for sp in sRange { for sq in sRange { seasonal2.append(try order(r2.order.p, d, r2.order.q, sp, sd, sq)) } }
        let identified = try best(seasonal2) ?? r2

        // 3. Airline benchmark.
        var airlineModel = work
        airlineModel.order = try order(0, 1, 1, 0, 1, 1)
        let airlineFit = try airlineModel.fit(y, start: start)
        let airline = Self.candidate(airlineFit, constant: false)
        guard let identifiedFit = fits[identified.order] else { throw .spanTooShort(count: y.count, required: work.minimumObservations) }
        let pI = try identifiedFit.diagnostics().ljungBoxPValue
        let pA = try airlineFit.diagnostics().ljungBoxPValue
        let choseAirline = identified.order != airline.order && (pI ?? 1) < 0.05 && (pA ?? 0) >= 0.05

        // 4. X-13's final checks on the chosen model (at the candidates' tolerance): a regular AR
        //    factor with a real root of modulus below `finalUnitRootLimit` becomes a regular
        //    difference; otherwise the highest-order coefficient of each part (regular/seasonal
        //    AR/MA) with |t| below `armaLimit` is dropped; refit and repeat until nothing changes.
        let keepConstant = !choseAirline && constant
        var chosen = choseAirline ? airlineFit : identifiedFit
        var finalChecks: [FinalCheck] = []
        for _ in 0..<8 {
            let o = chosen.order, c = chosen.coefficients
            var next: ARIMAOrder?
            if o.p >= 1, o.p <= 2, o.d < maxRegularDifference, Self.unitRoots(c.ar, above: 1 / finalUnitRootLimit) > 0 {
                next = try order(o.p - 1, o.d + 1, o.q, o.seasonalP, o.seasonalD, o.seasonalQ)
                if let next { finalChecks.append(.nearUnitRoot(limit: finalUnitRootLimit, from: o, to: next)) }
            } else {
                var t: [String: Double] = [:]
                for a in chosen.arma where a.standardError > 0 && a.standardError.isFinite { t[a.name] = abs(a.estimate / a.standardError) }
                func drop(_ name: String, _ k: Int) -> Int { k > 0 && (t["\(name)\(k)"] ?? .infinity) < armaLimit ? k - 1 : k }
                let r = try order(drop("ar", o.p), o.d, drop("ma", o.q), drop("sar", o.seasonalP), o.seasonalD, drop("sma", o.seasonalQ))
                if r != o {
                    next = r
                    finalChecks.append(.droppedInsignificant(limit: armaLimit, from: o, to: r))
                }
            }
            guard let n = next else { break }
            chosen = try fit(n, constant: keepConstant)
        }

        var final = base
        final.regressors = work.regressors
        final.order = chosen.order
        if keepConstant { final.regressors.append(TrendConstantRegressor(origin: start, order: chosen.order)) }
        final.startingValues = chosen.coefficients.vector
        let finalFit = try final.fit(y, start: start)
        return Result(fit: finalFit, regularDifference: final.order.d, seasonalDifference: final.order.seasonalD,
                      hasConstant: keepConstant, constantT: constantT, differencingSteps: steps,
                      candidates: candidates, skipped: skipped, identified: identified, airline: airline,
                      identifiedLjungBoxP: pI, airlineLjungBoxP: pA, choseAirline: choseAirline, finalChecks: finalChecks)
    }

    static func candidate(_ f: RegARIMAFit, constant: Bool) -> Candidate {
        Candidate(order: f.order, hasConstant: constant, bic: f.bic,
                  normalizedBIC: f.bic / Double(f.effectiveObservations), effectiveObservations: f.effectiveObservations)
    }

    /// Number of real positive roots of `1 − φ₁B − φ₂B²` whose inverse exceeds `limit`
    /// (a complex pair never counts: it is a seasonal or cyclical, not a unit, root).
    static func unitRoots(_ phi: [Double], above limit: Double) -> Int {
        switch phi.count {
        case 0: return 0
        case 1: return phi[0] > limit ? 1 : 0
        default:
            // Inverse roots λ solve λ² − φ₁λ − φ₂ = 0.
            let disc = phi[0] * phi[0] + 4 * phi[1]
            guard disc >= 0 else { return 0 }
            let s = disc.squareRoot()
            return [(phi[0] + s) / 2, (phi[0] - s) / 2].filter { $0 > limit }.count
        }
    }
}
