import CNFinSeries
import Foundation

/// One estimated regression coefficient.
public struct RegressionEstimate: Sendable, Hashable {
    public let name: String
    public let estimate: Double
    /// From the GLS covariance `σ̂²(X̃ᵀX̃)⁻¹` (σ̂² the ML variance, as X-13 prints).
    public let standardError: Double
    public let isHoliday: Bool
    /// `estimate / standardError`.
    public var t: Double { estimate / standardError }
}

/// A fitted regARIMA model.
public struct RegARIMAFit: Sendable {
    public let model: RegARIMAModel
    public let start: Month
    /// The observations as given.
    public let observations: [Double]
    /// The transformed observations `f(y)`.
    public let transformed: [Double]
    /// Design columns over the span, one per regressor.
    public let design: [[Double]]
    public let coefficients: ARMACoefficients
    /// In the order of `order.parameterNames`.
    public let armaStandardErrors: [Double]
    public let regression: [RegressionEstimate]
    /// GLS covariance of the regression coefficients, `σ̂²(X̃ᵀX̃)⁻¹`.
    public let regressionCovariance: [[Double]]
    /// ML innovation variance `S/N`.
    public let sigma2: Double
    /// Log-likelihood of the differenced (transformed) data.
    public let logLikelihood: Double
    /// Log Jacobian of the transform, `−Σ log y_t` over the effective observations (0 without log).
    public let logJacobian: Double
    /// `N = n − d − sD`, X-13's `nefobs`.
    public let effectiveObservations: Int
    /// One-step prediction errors of the differenced model, in the data's (transformed) units.
    public let residuals: [Double]
    public let iterations: Int
    public let gradientNorm: Double

    public var order: ARIMAOrder { model.order }
    public var end: Month { start.advanced(by: observations.count - 1) }

    /// Number of estimated parameters: ARMA + regression + the variance (X-13's `np`).
    public var parameterCount: Int { order.armaCount + regression.count + 1 }

    /// The log-likelihood on the scale of the original data, `ℓ + log|J|` (X-13's "adjusted"
    /// likelihood when a transform is used; the criteria below use it).
    public var adjustedLogLikelihood: Double { logLikelihood + logJacobian }

    /// `AIC = −2ℓ + 2np`.
    public var aic: Double { -2 * adjustedLogLikelihood + 2 * Double(parameterCount) }
    /// `AICc = −2ℓ + 2np·N/(N − np − 1)` (Hurvich and Tsai 1989, as X-13 prints it).
    public var aicc: Double {
        let n = Double(effectiveObservations), k = Double(parameterCount)
        return -2 * adjustedLogLikelihood + 2 * k * n / (n - k - 1)
    }
    /// `BIC = −2ℓ + np·log N`.
    public var bic: Double { -2 * adjustedLogLikelihood + Double(parameterCount) * log(Double(effectiveObservations)) }
    /// Hannan–Quinn `−2ℓ + 2np·log log N`.
    public var hannanQuinn: Double {
        -2 * adjustedLogLikelihood + 2 * Double(parameterCount) * log(log(Double(effectiveObservations)))
    }

    /// ARMA estimates with names and standard errors.
    public var arma: [(name: String, estimate: Double, standardError: Double)] {
        zip(order.parameterNames, zip(coefficients.vector, armaStandardErrors)).map { ($0, $1.0, $1.1) }
    }
}
