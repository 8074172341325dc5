import CNFinOutput
import CNFinSeries

/// Tables and JSON of a regARIMA fit (what `cnfin arima` and `cnfin forecast` print).
public struct RegARIMAReport: Sendable {
    public let series: String
    public let fit: RegARIMAFit
    public let diagnostics: RegARIMADiagnostics
    public let forecast: [ForecastPoint]
    public let level: Double
    public let notes: [String]

    public init(series: String, fit: RegARIMAFit, diagnostics: RegARIMADiagnostics, forecast: [ForecastPoint] = [],
                level: Double = 0.95, notes: [String] = []) {
        self.series = series
        self.fit = fit
        self.diagnostics = diagnostics
        self.forecast = forecast
        self.level = level
        self.notes = notes + Self.boundaryNotes(fit)
    }

    /// A note for each ARMA factor that ended on the unit circle (within 1e-4): e.g. a
    /// seasonal MA of 1 means a deterministic seasonal pattern over the span; the standard
    /// errors of that factor are then not meaningful.
    static func boundaryNotes(_ fit: RegARIMAFit) -> [String] {
        let names = fit.order.parameterNames
        let labels = ["AR", "seasonal AR", "MA", "seasonal MA"]
        return zip(labels, fit.coefficients.factorRanges).compactMap { label, f in
            guard !f.0.isEmpty, f.1 < 1e-4 else { return nil }
            let params = f.0.map { names[$0] }.joined(separator: ", ")
            return "the \(label) factor (\(params)) is on the unit circle: "
                + (label.hasSuffix("MA") ? "the data are consistent with an over-differenced model (for the seasonal MA: a fixed seasonal pattern); " : "")
                + "its standard errors are not meaningful"
        }
    }

    var modelText: String {
        let o = fit.order
        return "\(o)\(o.period == 12 ? "" : "_\(o.period)"), \(fit.model.transform == .log ? "log" : "no transform")"
    }

    static func fixed(_ v: Double, _ digits: Int) -> TableCell {
        v.isFinite ? .number(v, formatted: NumberText.fixed(v, digits: digits)) : .missing
    }

    /// Names of the outlier and level-shift regressors.
    public var outlierNames: [String] {
        fit.regression.map(\.name).filter { n in ["AO", "LS", "TC", "RP"].contains(String(n.prefix(2))) }
    }

    /// Parameter estimates: ARMA then regression, with standard errors and t.
    public var estimatesTable: Table {
        var rows: [[TableCell]] = []
        for (name, est, se) in fit.arma {
            rows.append([.text(name), Self.fixed(est, 4), Self.fixed(se, 4), Self.fixed(est / se, 2)])
        }
        let digits = fit.model.transform == .log ? 5 : 1
        for r in fit.regression {
            rows.append([.text(r.name), Self.fixed(r.estimate, digits), Self.fixed(r.standardError, digits), Self.fixed(r.t, 2)])
        }
        return Table(title: "regARIMA \(modelText) for \(series), \(fit.start)…\(fit.end)",
                     columns: [TableColumn("parameter"), TableColumn("estimate", alignment: .right),
                               TableColumn("std. error", alignment: .right), TableColumn("t", alignment: .right)],
                     rows: rows,
                     notes: ["MA written 1 − θB (Box–Jenkins / X-13 sign); exact Gaussian likelihood of the differenced data, β by GLS"])
    }

    /// Likelihood, criteria and residual diagnostics.
    public var statisticsTable: Table {
        let d = diagnostics
        var rows: [[TableCell]] = [
            ["observations", .number(Double(fit.observations.count))],
            ["effective observations (after differencing)", .number(Double(fit.effectiveObservations))],
            ["σ² (ML)", .number(fit.sigma2, formatted: NumberText.shortest(fit.sigma2))],
            ["log-likelihood", Self.fixed(fit.logLikelihood, 4)],
        ]
        if fit.model.transform == .log { rows.append(["log-likelihood adjusted for the log transform", Self.fixed(fit.adjustedLogLikelihood, 4)]) }
        rows += [
            ["AIC", Self.fixed(fit.aic, 4)], ["AICc", Self.fixed(fit.aicc, 4)],
            ["BIC", Self.fixed(fit.bic, 4)], ["Hannan–Quinn", Self.fixed(fit.hannanQuinn, 4)],
            [.text("Ljung–Box Q(\(d.ljungBoxLag)), df \(d.ljungBoxDF)"), Self.fixed(d.ljungBox, 2)],
            ["Ljung–Box p-value", d.ljungBoxPValue.map { Self.fixed($0, 4) } ?? .missing],
            ["residual skewness", Self.fixed(d.skewness, 3)], ["residual kurtosis", Self.fixed(d.kurtosis, 3)],
            ["Jarque–Bera p-value", Self.fixed(d.jarqueBeraPValue, 4)],
        ]
        if let h = fit.holidayGroupTest {
            rows.append([.text("CNY group χ²(\(h.degreesOfFreedom))"), Self.fixed(h.chiSquare, 2)])
            rows.append(["CNY group p-value", Self.fixed(h.pValue, 4)])
        }
        return Table(title: "Fit and diagnostics", columns: [TableColumn("statistic"), TableColumn("value", alignment: .right)],
                     rows: rows)
    }

    /// Forecasts with standard errors and intervals.
    public var forecastTable: Table {
        let log = fit.model.transform == .log
        let digits = 1
        let rows: [[TableCell]] = forecast.map { p in
            [.text(p.month.description), Self.fixed(p.mean, digits), Self.fixed(p.standardError, log ? 5 : 1),
             Self.fixed(p.lower, digits), Self.fixed(p.upper, digits)]
        }
        let pct = NumberText.shortest(level * 100)
        var tableNotes = ["standard errors include the estimation error of the regression coefficients (X-13's convention)"]
        if log {
            tableNotes.insert("log model: the forecast is exp(log-scale forecast), the conditional median; the std. error is on the log scale; the interval is exp of the log-scale interval", at: 0)
        }
        return Table(title: "Forecasts of \(series) (\(pct)% intervals)",
                     columns: [TableColumn("month"), TableColumn("forecast", alignment: .right),
                               TableColumn(log ? "std. error (log)" : "std. error", alignment: .right),
                               TableColumn("lower", alignment: .right), TableColumn("upper", alignment: .right)],
                     rows: rows, notes: tableNotes)
    }

    /// The Chinese New Year effect in January–March of the span's last year and the next
    /// (the festival dates are known to 2050).
    public var holidayTable: Table? {
        let years = [fit.end.year, fit.end.year + 1]
        guard let effects = try? fit.holidayEffects(years: years), !effects.isEmpty else { return nil }
        let log = fit.model.transform == .log
        var columns = [TableColumn("month"), TableColumn(log ? "effect (log)" : "effect", alignment: .right),
                       TableColumn("std. error", alignment: .right)]
        if log { columns += [TableColumn("effect %", alignment: .right), TableColumn("in data units", alignment: .right)] }
        let rows: [[TableCell]] = effects.map { e in
            var r: [TableCell] = [.text(e.month.description), Self.fixed(e.effect, log ? 5 : 1), Self.fixed(e.standardError, log ? 5 : 1)]
            if log { r += [e.percent.map { Self.fixed($0, 2) } ?? .missing, e.inDataUnits.map { Self.fixed($0, 1) } ?? .missing] }
            return r
        }
        return Table(title: "Chinese New Year effect (all holiday regressors together)", columns: columns, rows: rows,
                     notes: log ? ["in data units: the part of the observed value due to the festival, y·(1 − e^(−effect)); months outside the span are left empty"] : [])
    }

    public var tables: [Table] {
        var t = [estimatesTable, statisticsTable]
        if let h = holidayTable { t.append(h) }
        if !forecast.isEmpty { t.append(forecastTable) }
        if !notes.isEmpty, var last = t.popLast() {
            last.notes += notes
            t.append(last)
        }
        return t
    }

    /// CSV: the forecasts when there are any, else the estimates (full precision).
    public var csvTable: Table {
        if !forecast.isEmpty {
            let rows: [[TableCell]] = forecast.map { p in
                [.text(p.month.description), .number(p.mean), .number(p.standardError), .number(p.lower), .number(p.upper)]
            }
            return Table(columns: ["month", "mean", "std_error", "lower", "upper"].map { TableColumn($0) }, rows: rows)
        }
        var rows: [[TableCell]] = fit.arma.map { [.text($0.name), .number($0.estimate), .number($0.standardError), .number($0.estimate / $0.standardError)] }
        rows += fit.regression.map { [.text($0.name), .number($0.estimate), .number($0.standardError), .number($0.t)] }
        return Table(columns: ["name", "estimate", "std_error", "t"].map { TableColumn($0) }, rows: rows)
    }

    public var json: JSONValue {
        let o = fit.order
        var obj: [(key: String, value: JSONValue)] = [
            ("series", .string(series)),
            ("span", .object([("from", .string(fit.start.description)), ("to", .string(fit.end.description))])),
            ("nobs", .number(Double(fit.observations.count))),
            ("effective_nobs", .number(Double(fit.effectiveObservations))),
            ("model", .object([
                ("order", .array([o.p, o.d, o.q].map { .number(Double($0)) })),
                ("seasonal_order", .array([o.seasonalP, o.seasonalD, o.seasonalQ].map { .number(Double($0)) })),
                ("period", .number(Double(o.period))),
                ("transform", .string(fit.model.transform.rawValue)),
            ])),
            ("arma", .array(fit.arma.map { a in
                .object([("name", .string(a.name)), ("estimate", .number(a.estimate)), ("std_error", .optionalNumber(a.standardError.isFinite ? a.standardError : nil))])
            })),
            ("regression", .array(fit.regression.map { r in
                .object([("name", .string(r.name)), ("estimate", .number(r.estimate)), ("std_error", .number(r.standardError)), ("t", .number(r.t))])
            })),
            ("outliers", .array(outlierNames.map { .string($0) })),
            ("sigma2", .number(fit.sigma2)),
            ("loglik", .number(fit.logLikelihood)),
            ("loglik_adjusted", .number(fit.adjustedLogLikelihood)),
            ("aic", .number(fit.aic)), ("aicc", .number(fit.aicc)), ("bic", .number(fit.bic)), ("hq", .number(fit.hannanQuinn)),
            ("diagnostics", .object([
                ("ljung_box", .object([("lag", .number(Double(diagnostics.ljungBoxLag))), ("q", .number(diagnostics.ljungBox)),
                                       ("df", .number(Double(diagnostics.ljungBoxDF))), ("p_value", .optionalNumber(diagnostics.ljungBoxPValue))])),
                ("acf", .array(diagnostics.acf.map { .number($0) })),
                ("skewness", .number(diagnostics.skewness)), ("kurtosis", .number(diagnostics.kurtosis)),
                ("jarque_bera", .number(diagnostics.jarqueBera)), ("jarque_bera_p_value", .number(diagnostics.jarqueBeraPValue)),
                ("holiday_chi2", fit.holidayGroupTest.map { h in
                    .object([("chi2", .number(h.chiSquare)), ("df", .number(Double(h.degreesOfFreedom))), ("p_value", .number(h.pValue))])
                } ?? .null),
            ])),
        ]
        if let effects = try? fit.holidayEffects(years: [fit.end.year, fit.end.year + 1]), !effects.isEmpty {
            obj.append(("holiday_effects", .array(effects.map { e in
                .object([("month", .string(e.month.description)), ("effect", .number(e.effect)), ("std_error", .number(e.standardError)),
                         ("in_data_units", .optionalNumber(e.inDataUnits)), ("percent", .optionalNumber(e.percent))])
            })))
        }
        if !forecast.isEmpty {
            obj.append(("forecast_level", .number(level)))
            obj.append(("forecast_point", .string(fit.model.transform == .log ? "median" : "mean")))
            obj.append(("forecast", .array(forecast.map { p in
                .object([("month", .string(p.month.description)), ("mean", .number(p.mean)), ("std_error", .number(p.standardError)),
                         ("lower", .number(p.lower)), ("upper", .number(p.upper))])
            })))
        }
        obj.append(("notes", .array(notes.map { .string($0) })))
        return .object(obj)
    }
}
