import CNFinLinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic terms in the Dickey–Fuller regression.
public enum ADFRegression: String, Sendable, CaseIterable {
    /// No constant, no trend (statsmodels `"n"`).
    case none = "n"
    /// Constant (statsmodels `"c"`).
    case constant = "c"
    /// Constant and linear trend (statsmodels `"ct"`).
    case constantTrend = "ct"

    var trendTerms: Int { self == .none ? 0 : (self == .constant ? 1 : 2) }
}

/// How the number of augmentation lags is chosen.
public enum LagSelection: Sendable, Equatable {
    /// Exactly this many lags.
    case fixed(Int)
    /// Minimise AIC over 0…maxLag (all fits on the common sample of the largest lag).
    case aic(maxLag: Int?)
    /// Minimise BIC over 0…maxLag.
    case bic(maxLag: Int?)
    /// Sequential t-test: from maxLag down, the first lag whose last coefficient has |t| ≥ 1.6448536269514722.
    case tStat(maxLag: Int?)
}

/// The augmented Dickey–Fuller unit-root test (Said & Dickey 1984), reproducing statsmodels
/// `adfuller(x, maxlag, regression, autolag)`:
/// `Δxₜ = α·xₜ₋₁ + Σⱼ₌₁ᵖ γⱼΔxₜ₋ⱼ + deterministic terms + εₜ`, statistic = t of α.
/// Default maximum lag `⌈12(n/100)^{1/4}⌉` capped at `n/2 − trend terms − 1`. With automatic
/// selection all candidate regressions use the sample of the largest lag, then the chosen lag is
/// re-estimated on its own (longer) sample. p-values: MacKinnon (1994); critical values: MacKinnon (2010).
///
/// τ and the lag choice are invariant to scaling the series (AIC/BIC shift by the same constant for
/// every lag), so the test runs on the series divided by a power of two near its largest magnitude —
/// exact, and it keeps sums of squares finite for values near 10¹⁶⁰ or 10⁻¹⁶⁰. Designs larger than
/// ``StatisticsLimits/maximumDesignCells`` are refused before they are allocated.
public enum AugmentedDickeyFuller {
    /// Runs the test.
    /// - Throws: ``StatisticsError`` for NaN/Inf or too few observations for the lags.
    public static func test(_ x: [Double], regression: ADFRegression = .constant,
                            lags: LagSelection = .aic(maxLag: nil)) throws(StatisticsError) -> TimeSeriesTestResult {
        try requireFinite(x, "ADF series")
        let x = scaledToUnitOrder(x)
        let n = x.count
        let ntrend = regression.trendTerms
        let limit = n / 2 - ntrend - 1
        let requested: Int?
        switch lags {
        case let .fixed(p): requested = p
        case let .aic(m), let .bic(m), let .tStat(m): requested = m
        }
        var maxLag: Int
        if let m = requested {
            guard m >= 0 else { throw .invalidArgument("the number of lags must be non-negative, got \(m)") }
            guard m <= limit else {
                throw .tooFewObservations(what: "an ADF test with \(m) lags (\(regression.rawValue))",
                                          needed: saturatingProduct(2, saturatingSum(m, ntrend, 1)), available: n)
            }
            maxLag = m
        } else {
            maxLag = Int((12 * pow(Double(n) / 100, 0.25)).rounded(.up))
            maxLag = min(limit, maxLag)
            guard maxLag >= 0 else {
                throw .tooFewObservations(what: "an ADF test (\(regression.rawValue))", needed: 2 * (ntrend + 1), available: n)
            }
        }
        var usedLag = maxLag
        var notes: [String] = [], chineseNotes: [String] = []
        if case .fixed = lags {} else {
            usedLag = try selectLag(x, regression: regression, maxLag: maxLag, method: lags)
            notes.append("lag chosen from 0…\(maxLag)")
            chineseNotes.append("滞后阶数在0…\(maxLag)中选取")
        }
        let fit = try regressionFit(x, regression: regression, lags: usedLag, sampleLags: usedLag)
        let tau = fit.coefficients[regression == .none ? 0 : 1].t
        guard tau.isFinite else {
            throw .notComputable(statistic: "the ADF statistic", reason: "the t statistic of the lagged level is \(tau)")
        }
        let nobs = fit.nobs
        return TimeSeriesTestResult(test: "ADF", statistic: tau, pValue: MacKinnon.pValue(tau, regression: regression),
                                    lags: usedLag, nobs: nobs,
                                    criticalValues: MacKinnon.criticalValues(regression: regression, nobs: nobs), notes: notes,
                                    chineseNotes: chineseNotes)
    }

    /// The ADF regression with `lags` difference lags on the sample that `sampleLags` lags allow.
    /// Column order: level xₜ₋₁, Δxₜ₋₁…Δxₜ₋ₚ, then the trend (constant by the model's intercept).
    static func regressionFit(_ x: [Double], regression: ADFRegression, lags: Int, sampleLags: Int) throws(StatisticsError) -> RegressionResults {
        let n = x.count
        let dx = (1..<n).map { x[$0] - x[$0 - 1] }
        let nobs = n - 1 - sampleLags
        guard nobs > lags + 1 + regression.trendTerms else {
            throw .tooFewObservations(what: "an ADF regression with \(lags) lags", needed: saturatingSum(lags, 2, regression.trendTerms, sampleLags, 1), available: n)
        }
        try StatisticsLimits.checkDesign(rows: nobs, columns: lags + 1 + regression.trendTerms, what: "an ADF regression with \(lags) lags")
        var cols: [[Double]] = [(0..<nobs).map { x[sampleLags + $0] }]
        var names = ["x.L1"]
        for j in stride(from: 1, through: lags, by: 1) {
            cols.append((0..<nobs).map { dx[sampleLags + $0 - j] })
            names.append("dx.L\(j)")
        }
        if regression == .constantTrend {
            cols.append((0..<nobs).map { Double($0 + 1) })
            names.append("trend")
        }
        let y = (0..<nobs).map { dx[sampleLags + $0] }
        return try LinearModel(y: y, x: cols, names: names, intercept: regression != .none).fit()
    }

    /// statsmodels `_autolag`: candidates 0…maxLag on the common sample; ties go to the smaller lag.
    ///
    /// All candidates are nested on the sample of the largest lag, so one Householder QR
    /// (`dgeqrf`, no pivoting) of that design with columns ordered [level, deterministic terms,
    /// Δxₜ₋₁ … Δxₜ₋ₘₐₓ] serves them all: the model with `m` leading columns has
    /// `SSR_m = ‖(Qᵀy)[m..<n]‖²`, hence its AIC/BIC, and its last coefficient's t statistic is
    /// `sign(Rₘₘ)·(Qᵀy)ₘ / s_m` with `s_m² = SSR_m/(n − m)`. Falls back to one regression per
    /// candidate (with their errors) when the common design is numerically rank deficient.
    static func selectLag(_ x: [Double], regression: ADFRegression, maxLag: Int, method: LagSelection) throws(StatisticsError) -> Int {
        if let lag = try selectLagByOneFactorisation(x, regression: regression, maxLag: maxLag, method: method) {
            return lag
        }
        return try selectLagByRegressions(x, regression: regression, maxLag: maxLag, method: method)
    }

    /// The one-QR selection; nil when the common design is (numerically) rank deficient.
    static func selectLagByOneFactorisation(_ x: [Double], regression: ADFRegression, maxLag: Int,
                                            method: LagSelection) throws(StatisticsError) -> Int? {
        let n = x.count
        let ntrend = regression.trendTerms
        let nobs = n - 1 - maxLag
        let leading = 1 + ntrend
        let k = leading + maxLag
        guard nobs > k else { return nil }
        try StatisticsLimits.checkDesign(rows: nobs, columns: k, what: "the ADF lag selection over 0…\(maxLag)")
        var design = [Double](repeating: 1, count: nobs * k)
        var y = [Double](repeating: 0, count: nobs)
        for t in 0..<nobs {
            design[t] = x[maxLag + t]
            y[t] = x[maxLag + t + 1] - x[maxLag + t]
            if regression == .constantTrend { design[t + 2 * nobs] = Double(t + 1) }
            for j in 0..<maxLag {
                let i = maxLag + t - (j + 1)
                design[t + (leading + j) * nobs] = x[i + 1] - x[i]
            }
        }
        let factored = try la { () throws(LinearAlgebraError) -> (qr: HouseholderQR, qty: [Double]) in
            let qr = try HouseholderQR(try Matrix(rows: nobs, columns: k, columnMajor: design))
            let qty = try qr.applyQ(to: try Matrix(rows: nobs, columns: 1, columnMajor: y), transpose: true)
            return (qr, qty.storage)
        }
        // Rank check: |R(j,j)| against the norm of column j.
        for j in 0..<k {
            var norm2 = 0.0
            for t in 0..<nobs { norm2 += design[t + j * nobs] * design[t + j * nobs] }
            if !(abs(factored.qr.rDiagonal(j)) > 1e-10 * norm2.squareRoot()) { return nil }
        }
        // tail[i] = Σ_{j ≥ i} (Qᵀy)ⱼ², in extended precision.
        var tail = [Double](repeating: 0, count: k + 1)
        var acc: ExtendedReal = 0
        for i in stride(from: nobs - 1, through: k, by: -1) { acc += ExtendedReal(factored.qty[i]) * ExtendedReal(factored.qty[i]) }
        tail[k] = Double(acc)
        for i in stride(from: k - 1, through: 0, by: -1) {
            acc += ExtendedReal(factored.qty[i]) * ExtendedReal(factored.qty[i])
            tail[i] = Double(acc)
        }
        let nd = Double(nobs)
        func criterion(_ p: Int) -> Double {
            let m = leading + p
            let llf = -nd / 2 * (log(2 * Double.pi) + log(tail[m] / nd) + 1)
            if case .bic = method { return -2 * llf + log(nd) * Double(m) }
            return -2 * llf + 2 * Double(m)
        }
        switch method {
        case .tStat:
            let stop = 1.6448536269514722
            for p in stride(from: maxLag, through: 1, by: -1) {
                let m = leading + p
                let s = (tail[m] / Double(nobs - m)).squareRoot()
                if abs(factored.qty[m - 1]) / s >= stop { return p }
            }
            return 0
        default:
            var best = 0
            var bestValue = criterion(0)
            for p in stride(from: 1, through: maxLag, by: 1) {
                let v = criterion(p)
                if v < bestValue { best = p; bestValue = v }
            }
            return best
        }
    }

    /// Reference selection: one full regression per candidate lag.
    ///
    /// The largest candidate is fitted first: its design holds every other candidate's columns, so
    /// when it is rank deficient the error comes after one fit, not after all of them. Only the
    /// criterion of each fit is kept.
    static func selectLagByRegressions(_ x: [Double], regression: ADFRegression, maxLag: Int, method: LagSelection) throws(StatisticsError) -> Int {
        /// The criterion of candidate `p`: AIC, BIC, or |t| of the last column in statsmodels'
        /// ordering (trend terms first), which is Δxₜ₋ₚ, or the level when p = 0.
        func criterion(_ fit: RegressionResults, _ p: Int) -> Double {
            switch method {
            case .bic: return fit.bic
            case .tStat: return abs(fit.coefficients[p + (regression == .none ? 0 : 1)].t)
            default: return fit.aic
            }
        }
        let largest = criterion(try regressionFit(x, regression: regression, lags: maxLag, sampleLags: maxLag), maxLag)
        var values: [Double] = []
        values.reserveCapacity(maxLag + 1)
        for p in 0..<maxLag { values.append(criterion(try regressionFit(x, regression: regression, lags: p, sampleLags: maxLag), p)) }
        values.append(largest)
        switch method {
        case .tStat:
            let stop = 1.6448536269514722
            for p in stride(from: maxLag, through: 0, by: -1) where values[p] >= stop { return p }
            return 0
        default:
            var best = 0
            for p in 1...max(1, maxLag) where p <= maxLag && values[p] < values[best] { best = p }
            return best
        }
    }
}
