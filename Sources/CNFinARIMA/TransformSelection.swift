import CNFinSeries

/// The automatic choice between no transform and logs, by X-13's rule (`transform{function=auto}`,
/// Reference Manual §7.18): fit the model both ways and keep logs unless the untransformed
/// model's AICc — the log model's on the data's scale, i.e. with the Jacobian adjustment — is
/// lower by more than 2 (`aicdiff = −2`). A span with a zero or negative value is not logged.
public struct TransformSelection: Sendable {
    public let chosen: RegARIMAModel.Transform
    /// AICc without a transform and with logs (nil when logs are impossible).
    public let aiccNone: Double
    public let aiccLog: Double?
    /// The ARMA estimates of the two fits (nil when logs are impossible): the fit of the chosen
    /// transform is the model the caller fits next with the same regressors, so these let it
    /// skip that fit (``X13Adjustment`` does for its first Chinese New Year candidate).
    public let coefficientsNone: ARMACoefficients
    public let coefficientsLog: ARMACoefficients?

    /// The AICc and ARMA estimates of the chosen transform's fit.
    public var chosenFit: (aicc: Double, coefficients: ARMACoefficients) {
        if chosen == .log, let a = aiccLog, let c = coefficientsLog { return (a, c) }
        return (aiccNone, coefficientsNone)
    }

    public static func choose(_ model: RegARIMAModel, _ y: [Double], start: Month) throws(ARIMAError) -> TransformSelection {
        var m = model
        m.computesARMAStandardErrors = false   // compared by AICc only
        m.transform = .none
        guard y.allSatisfy({ $0 > 0 }) else {
            let none = try m.fit(y, start: start)
            return TransformSelection(chosen: .none, aiccNone: none.aicc, aiccLog: nil, coefficientsNone: none.coefficients, coefficientsLog: nil)
        }
        // The two fits are independent: side by side (``ConcurrentFits``); a failure of the
        // untransformed fit is reported first, as in sequence.
        var logModel = m
        logModel.transform = .log
        let models = [m, logModel]
        let fits = ConcurrentFits.concurrentMap(count: 2) { i -> Result<(aicc: Double, coefficients: ARMACoefficients), ARIMAError> in
            do throws(ARIMAError) {
                let f = try models[i].fit(y, start: start)
                return .success((f.aicc, f.coefficients))
            } catch {
                return .failure(error)
            }
        }
        let none = try fits[0].get()
        let log = try fits[1].get()
        let chosen: RegARIMAModel.Transform = none.aicc - log.aicc < -2 ? .none : .log
        return TransformSelection(chosen: chosen, aiccNone: none.aicc, aiccLog: log.aicc,
                                  coefficientsNone: none.coefficients, coefficientsLog: log.coefficients)
    }
}
