import CNFinARIMA
import CNFinCalendar
import CNFinSeries
import Foundation
import Testing

/// regARIMA against X-13ARIMA-SEATS build 62 (`estimate{tol=1e-12}`) on six bundled series:
/// airline model with the CNY split regressors (pre [−5,−1], post [0,+20]; flow form for
/// flows, stock form for m0/m1/m2), additive for flows, log for the money stocks.
@Suite struct X13RegARIMATests {
    struct Case {
        let name: String
        let start: Month
        let y: [Double]
        let transform: RegARIMAModel.Transform
        let form: ChineseNewYearRegressor.Form
        let fixtureRegressors: [String: [Double]]
        let x13: [String: Any]
    }

    static func cases() throws -> [Case] {
        try Fixture.x13Cases().map { c in
            Case(name: c["series"] as? String ?? "?", start: try Fixture.month(c["start"]), y: Fixture.doubles(c["values"]),
                 transform: (c["transform"] as? String) == "log" ? .log : .none,
                 form: (c["cny_form"] as? String) == "stock" ? .stock : .flow,
                 fixtureRegressors: (c["regressors"] as? [String: Any] ?? [:]).mapValues { Fixture.doubles($0) },
                 x13: c["x13"] as? [String: Any] ?? [:])
        }
    }

    static func fit(_ c: Case) throws -> RegARIMAFit {
        let regs = try ChineseNewYearRegressor.split(before: 5, after: 20, form: c.form)
        return try RegARIMAModel(order: .airline, transform: c.transform, regressors: regs).fit(c.y, start: c.start)
    }

    /// Our CNY regressors equal the fixture's (built in Python with datetime), span + 12
    /// forecast months: shares are ratios of small integers, so 1e-12 absolute.
    @Test func regressorsMatchIndependentConstruction() throws {
        for c in try Self.cases() {
            for r in try ChineseNewYearRegressor.split(before: 5, after: 20, form: c.form) {
                let ref = c.fixtureRegressors[r.name] ?? []
                let ours = try r.values(start: c.start, count: ref.count)
                let e = zip(ours, ref).map { abs($0 - $1) }.max() ?? .infinity
                #expect(!ref.isEmpty && e < 1e-12, "\(c.name) \(r.name): max error \(e)")
            }
        }
    }

    /// ARMA estimates within 1e-5, log-likelihood within 1e-6 (absolute), AICc within 1e-5,
    /// regression coefficients within 1e-3 of their standard error, CNY t within 0.001,
    /// σ² within 1e-6 relative. ARMA standard errors: within 10% of X-13's (ours are the
    /// Gauss–Newton information of the concentrated likelihood, 1–9% above X-13's on these
    /// series; X-13's exact formula is not reproduced — the issue sets no bar for them).
    @Test func estimatesMatchX13() throws {
        for c in try Self.cases() {
            let fit = try Self.fit(c)
            let arma = c.x13["arma"] as? [String: [String: Double]] ?? [:]
            for (name, est, se) in fit.arma {
                let ref = try #require(arma[name], "\(c.name): X-13 has no \(name)")
                #expect(abs(est - (ref["estimate"] ?? .nan)) < 1e-5, "\(c.name) \(name): \(est) vs X-13 \(ref["estimate"] ?? .nan)")
                #expect(abs(se / (ref["std_error"] ?? .nan) - 1) < 0.1, "\(c.name) \(name) SE: \(se) vs X-13 \(ref["std_error"] ?? .nan)")
            }
            let lks = c.x13["likelihood"] as? [String: Double] ?? [:]
            let lnl = try #require(lks["lnlkhd"]), trn = lks["trnadj"] ?? 0
            #expect(abs(fit.logLikelihood - lnl) < 1e-6, "\(c.name) loglik \(fit.logLikelihood) vs X-13 \(lnl)")
            #expect(abs(fit.logJacobian - trn) < 1e-6, "\(c.name) log Jacobian \(fit.logJacobian) vs X-13 \(trn)")
            #expect(abs(fit.aicc - (lks["Aicc"] ?? .nan)) < 1e-5, "\(c.name) AICc \(fit.aicc) vs X-13 \(lks["Aicc"] ?? .nan)")
            #expect(abs(fit.aic - (lks["aic"] ?? .nan)) < 1e-5, "\(c.name) AIC")
            #expect(abs(fit.bic - (lks["bic"] ?? .nan)) < 1e-5, "\(c.name) BIC")
            #expect(abs(fit.hannanQuinn - (lks["hnquin"] ?? .nan)) < 1e-5, "\(c.name) HQ")
            #expect(fit.effectiveObservations == Int(lks["nefobs"] ?? -1))
            #expect(fit.parameterCount == Int(lks["np"] ?? -1))
            #expect(abs(fit.sigma2 / (lks["var"] ?? .nan) - 1) < 1e-6, "\(c.name) σ² \(fit.sigma2) vs \(lks["var"] ?? .nan)")
            let reg = c.x13["regression"] as? [String: [String: Double]] ?? [:]
            for r in fit.regression {
                let ref = try #require(reg[r.name])
                let b = ref["estimate"] ?? .nan, se = ref["std_error"] ?? .nan
                #expect(abs(r.estimate - b) < 1e-3 * se, "\(c.name) \(r.name): \(r.estimate) vs \(b) (se \(se))")
                #expect(abs(r.t - b / se) < 1e-3, "\(c.name) \(r.name) t: \(r.t) vs \(b / se)")
            }
        }
    }

    /// X-13's `transform{function=auto}` on the same model: the AICc of the untransformed and
    /// the log fit (X-13 prints 4 decimals: within 1e-4) and the same choice.
    @Test func automaticTransformMatchesX13() throws {
        var compared = 0
        for c in try Fixture.x13Cases() {
            guard let auto = c["auto_transform"] as? [String: Any], let none = auto["aicc_none"] as? Double,
                  let log = auto["aicc_log"] as? Double, let prefers = auto["prefers"] as? String else { continue }
            let name = c["series"] as? String ?? "?"
            let form: ChineseNewYearRegressor.Form = (c["cny_form"] as? String) == "stock" ? .stock : .flow
            let model = RegARIMAModel(regressors: try ChineseNewYearRegressor.split(before: 5, after: 20, form: form))
            let choice = try TransformSelection.choose(model, Fixture.doubles(c["values"]), start: try Fixture.month(c["start"]))
            #expect(abs(choice.aiccNone - none) < 1e-4, "\(name) AICc none \(choice.aiccNone) vs \(none)")
            #expect(abs((choice.aiccLog ?? .nan) - log) < 1e-4, "\(name) AICc log \(choice.aiccLog ?? .nan) vs \(log)")
            #expect(choice.chosen.rawValue == (prefers == "log" ? "log" : "none"), "\(name)")
            compared += 1
        }
        #expect(compared == 3)
    }

    /// The holiday effect of a month is Σβ_j·x_j (the fixture's regressors), and the group χ²
    /// of one holiday regressor is its t²; both to 1e-9 relative (same numbers, other route).
    @Test func holidayEffectAndGroupTest() throws {
        let c = try #require(try Self.cases().first { $0.name == "loans_increase" })
        let fit = try Self.fit(c)
        let effects = try fit.holidayEffects(years: [2025])
        let jan = try #require(effects.first { $0.month.month == 1 })
        let k = c.start.distance(to: jan.month)
        let manual = fit.regression.reduce(0.0) { $0 + $1.estimate * (c.fixtureRegressors[$1.name]?[k] ?? .nan) }
        #expect(abs(jan.effect - manual) <= 1e-9 * abs(manual))
        let viaEffect = try fit.regressionEffect(start: jan.month, count: 1) { $0.isHoliday }
        #expect(abs(viaEffect[0] - jan.effect) <= 1e-12 * abs(manual))
        let one = try RegARIMAModel(regressors: try ChineseNewYearRegressor.window(before: 5, after: 20)).fit(c.y, start: c.start)
        let g = try #require(one.holidayGroupTest)
        #expect(g.degreesOfFreedom == 1 && abs(g.chiSquare / (one.regression[0].t * one.regression[0].t) - 1) < 1e-9)
        let two = try #require(fit.holidayGroupTest)
        #expect(two.degreesOfFreedom == 2 && two.pValue >= 0 && two.pValue <= 1)
    }

    /// X-13's automatic AO/LS sets (outlier{types=(ao ls)}, default critical value) taken as
    /// fixed regressors: the final model X-13 printed — ARMA within 1e-5, log-likelihood within
    /// 1e-6, AICc within 1e-5, every outlier and CNY coefficient within 1e-3 of its SE (m0
    /// carries 17 outliers). This checks the outlier columns on real sets; the automatic
    /// search itself is not implemented.
    @Test func x13OutlierSetsAsFixedRegressors() throws {
        var compared = 0
        for c in try Fixture.x13Cases() {
            guard let auto = c["automatic_outliers"] as? [String: Any], let names = auto["names"] as? [String] else { continue }
            let name = c["series"] as? String ?? "?"
            let form: ChineseNewYearRegressor.Form = (c["cny_form"] as? String) == "stock" ? .stock : .flow
            var regs: [any RegressionVariable] = try ChineseNewYearRegressor.split(before: 5, after: 20, form: form)
            for o in names { regs.append(try OutlierRegressor(parsing: o)) }
            let model = RegARIMAModel(transform: (c["transform"] as? String) == "log" ? .log : .none, regressors: regs)
            let fit = try model.fit(Fixture.doubles(c["values"]), start: try Fixture.month(c["start"]))
            let arma = auto["arma"] as? [String: [String: Double]] ?? [:]
            for (p, est, _) in fit.arma {
                let ref = try #require(arma[p]?["estimate"])
                #expect(abs(est - ref) < 1e-5, "\(name) \(p): \(est) vs X-13 \(ref)")
            }
            let lks = auto["likelihood"] as? [String: Double] ?? [:]
            #expect(abs(fit.logLikelihood - (lks["lnlkhd"] ?? .nan)) < 1e-6, "\(name) loglik \(fit.logLikelihood) vs \(lks["lnlkhd"] ?? .nan)")
            #expect(abs(fit.aicc - (lks["Aicc"] ?? .nan)) < 1e-5, "\(name) AICc \(fit.aicc) vs \(lks["Aicc"] ?? .nan)")
            let reg = auto["regression"] as? [String: [String: Double]] ?? [:]
            #expect(reg.count == fit.regression.count)
            for r in fit.regression {
                let ref = try #require(reg[r.name], "\(name): X-13 has no \(r.name)")
                let b = ref["estimate"] ?? .nan, se = ref["std_error"] ?? .nan
                #expect(abs(r.estimate - b) < 1e-3 * se, "\(name) \(r.name): \(r.estimate) vs \(b) (se \(se))")
            }
            compared += 1
        }
        #expect(compared == 6)
    }

    /// Forecasts 12 months ahead vs X-13's `forecast{save=(ftr fct)}`: transformed-scale
    /// forecasts and standard errors within 1e-6 relative (to the series' scale for the
    /// forecast: |f − f₁₃| ≤ 1e-6·max|f₁₃|), back-transformed intervals within 1e-6 relative.
    @Test func forecastsMatchX13() throws {
        for c in try Self.cases() {
            let fit = try Self.fit(c)
            let fc = try fit.forecast(horizon: 12, level: 0.95)
            let ftr = (c.x13["forecast_transformed"] as? [[Double]]) ?? []
            let fct = (c.x13["forecast"] as? [[Double]]) ?? []
            try #require(ftr.count == 12 && fct.count == 12)
            let scale = ftr.map { abs($0[1]) }.max() ?? 1
            for (k, p) in fc.enumerated() {
                #expect(abs(p.transformedMean - ftr[k][1]) <= 1e-6 * scale, "\(c.name) h=\(k + 1): \(p.transformedMean) vs \(ftr[k][1])")
                #expect(abs(p.standardError / ftr[k][2] - 1) <= 1e-6, "\(c.name) h=\(k + 1) se: \(p.standardError) vs \(ftr[k][2])")
                #expect(abs(p.lower - fct[k][2]) <= 1e-6 * max(abs(fct[k][2]), scale), "\(c.name) h=\(k + 1) lower")
                #expect(abs(p.upper - fct[k][3]) <= 1e-6 * max(abs(fct[k][3]), scale), "\(c.name) h=\(k + 1) upper")
            }
        }
    }
}
