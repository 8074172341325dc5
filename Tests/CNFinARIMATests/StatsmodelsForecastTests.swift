@testable import CNFinARIMA
import CNFinSeries
import Foundation
import Testing

/// ARMA forecasts of the differenced series vs statsmodels `SARIMAX(simple_differencing=True,
/// concentrate_scale=True)` (airline model, no regressors) at statsmodels' own estimates:
/// forecasts and standard errors within 1e-6 relative (to the largest forecast for the mean),
/// the concentrated log-likelihood at those parameters within 1e-6 absolute, and our MLE
/// within 1e-4 of statsmodels' (its L-BFGS stops earlier than our tolerance).
@Suite struct StatsmodelsForecastTests {
    @Test func differencedForecastsMatch() throws {
        let cases = try #require(try Fixture.json("statsmodels_forecasts.json")["cases"] as? [[String: Any]])
        try #require(cases.count == 2)
        for c in cases {
            let name = c["series"] as? String ?? "?"
            let w = Fixture.doubles(c["differenced"])
            let params = try #require(c["params"] as? [String: Double])
            let coef = ARMACoefficients(ma: [params["ma1"] ?? .nan], seasonalMA: [params["sma1"] ?? .nan])
            let arma = try ARIMAOrder(p: 0, d: 0, q: 1, seasonalP: 0, seasonalD: 0, seasonalQ: 1)
            let (f, mse) = try RegARIMAFit.arimaForecast(w, coefficients: coef, order: arma, horizon: 12)
            let refF = Fixture.doubles(c["forecast_differenced"]), refSE = Fixture.doubles(c["forecast_differenced_se"])
            let sigma2 = try Fixture.number(c["sigma2"])
            let scale = refF.map(abs).max() ?? 1
            for k in 0..<12 {
                #expect(abs(f[k] - refF[k]) <= 1e-6 * scale, "\(name) h=\(k + 1): \(f[k]) vs \(refF[k])")
                let se = (sigma2 * mse[k]).squareRoot()
                #expect(abs(se / refSE[k] - 1) <= 1e-6, "\(name) h=\(k + 1) se: \(se) vs \(refSE[k])")
            }
            let lik = ConcentratedLikelihood(order: arma, w: w, columns: [])
            let ll = try lik.evaluate(coef.vector).logLikelihood(count: w.count)
            #expect(abs(ll - (try Fixture.number(c["loglik"]))) < 1e-6, "\(name) loglik \(ll)")
            let y = Fixture.doubles(c["values"])
            let fit = try RegARIMAModel(transform: (c["transform"] as? String) == "log" ? .log : .none)
                .fit(y, start: try Fixture.month(c["start"]))
            #expect(abs(fit.coefficients.ma[0] - (params["ma1"] ?? .nan)) < 1e-4, "\(name) ma1 \(fit.coefficients.ma)")
            #expect(abs(fit.coefficients.seasonalMA[0] - (params["sma1"] ?? .nan)) < 1e-4, "\(name) sma1 \(fit.coefficients.seasonalMA)")
        }
    }
}
