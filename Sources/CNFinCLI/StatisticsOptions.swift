import ArgumentParser
import CNFin

/// `regress --cov`: the covariance estimator (``CovarianceType``), any case.
enum CovarianceOption: String, EnumeratedArgument {
    case nonrobust, HC0, HC1, HC2, HC3, HAC

    /// The library's covariance type (`maxLags` and `smallSampleCorrection` apply to HAC only).
    func covarianceType(maxLags: Int?, smallSampleCorrection: Bool) -> CovarianceType {
        switch self {
        case .nonrobust: return .nonrobust
        case .HC0: return .hc0
        case .HC1: return .hc1
        case .HC2: return .hc2
        case .HC3: return .hc3
        case .HAC: return .hac(maxLags: maxLags, smallSampleCorrection: smallSampleCorrection)
        }
    }
}

/// `test adf --autolag`: how the ADF lag order is chosen (statsmodels `adfuller(autolag=)`).
enum AutolagOption: String, EnumeratedArgument {
    case aic, bic, tStat = "t-stat", none

    /// The library's lag selection, with `maxLag` the maximum (or, for `none`, the fixed) lag.
    func lagSelection(maxLag: Int?) -> LagSelection {
        switch self {
        case .aic: return .aic(maxLag: maxLag)
        case .bic: return .bic(maxLag: maxLag)
        case .tStat: return .tStat(maxLag: maxLag)
        case .none: return .fixed(maxLag ?? 0)
        }
    }
}

/// `test kpss --nlags auto|legacy|N`: the Bartlett bandwidth, a keyword or a lag count in
/// ``OptionRange/lags``; anything else is a usage error from the parser.
struct KPSSLagsOption: ExpressibleByArgument, Equatable {
    /// The library's bandwidth.
    var bandwidth: KPSSBandwidth

    init(_ bandwidth: KPSSBandwidth) { self.bandwidth = bandwidth }

    init?(argument: String) {
        switch argument.lowercased() {
        case "auto": bandwidth = .automatic
        case "legacy": bandwidth = .legacy
        default:
            guard let n = Int(argument), OptionRange.lags.contains(n) else { return nil }
            bandwidth = .fixed(n)
        }
    }

    var defaultValueDescription: String {
        switch bandwidth {
        case .automatic: return "auto"
        case .legacy: return "legacy"
        case .fixed(let n): return String(n)
        }
    }
}
