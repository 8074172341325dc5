import CNFinOutput
import CNFinSeries
import CNFinSupport

/// Tables and JSON of a regARIMA fit (what `cnfin arima` and `cnfin forecast` print).
public struct RegARIMAReport: Sendable {
    public let series: String
    public let fit: RegARIMAFit
    public let diagnostics: RegARIMADiagnostics
    public let forecast: [ForecastPoint]
    public let level: Double
    /// The notes (span, break rule, model choices, then the unit-circle remarks), rendered in a language.
    public let localizedNotes: [any LocalizedNote]
    /// How the series is named in titles (its Chinese catalog name in Chinese).
    public let label: SeriesLabel

    /// The notes in English.
    public var notes: [String] { localizedNotes.map { $0.text(in: .en) } }

    public init(series: String, fit: RegARIMAFit, diagnostics: RegARIMADiagnostics, forecast: [ForecastPoint] = [],
                level: Double = 0.95, notes: [String] = []) {
        self.init(series: SeriesLabel(id: series), fit: fit, diagnostics: diagnostics, forecast: forecast, level: level,
                  localizedNotes: notes.map { BilingualNote(zh: $0, en: $0) })
    }

    /// A report whose titles name `series` in the reader's language and whose notes are data.
    public init(series: SeriesLabel, fit: RegARIMAFit, diagnostics: RegARIMADiagnostics, forecast: [ForecastPoint] = [],
                level: Double = 0.95, localizedNotes: [any LocalizedNote]) {
        self.series = series.id
        self.label = series
        self.fit = fit
        self.diagnostics = diagnostics
        self.forecast = forecast
        self.level = level
        self.localizedNotes = localizedNotes + Self.boundaryNotes(fit)
    }

    /// A note for each ARMA factor that ended on the unit circle (within 1e-4): e.g. a
    /// seasonal MA of 1 means a deterministic seasonal pattern over the span; the standard
    /// errors of that factor are then not meaningful.
    static func boundaryNotes(_ fit: RegARIMAFit) -> [any LocalizedNote] {
        let names = fit.order.parameterNames
        let factors: [RegARIMANote.Factor] = [.ar, .seasonalAR, .ma, .seasonalMA]
        return zip(factors, fit.coefficients.factorRanges).compactMap { factor, f in
            guard !f.0.isEmpty, f.1 < 1e-4 else { return nil }
            return RegARIMANote.unitCircle(factor: factor, parameters: f.0.map { names[$0] })
        }
    }

    func modelText(_ language: DisplayLanguage) -> String {
        let o = fit.order
        let log = fit.model.transform == .log
        let transform = language == .zh ? (log ? "取对数" : "不变换") : (log ? "log" : "no transform")
        return "\(o)\(o.period == 12 ? "" : "_\(o.period)")\(language == .zh ? "，" : ", ")\(transform)"
    }

    static func columns(_ names: [String]) -> [TableColumn] {
        names.enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) }
    }

    static func fixed(_ v: Double, _ digits: Int) -> TableCell {
        v.isFinite ? .number(v, formatted: NumberText.fixed(v, digits: digits)) : .missing
    }

    /// Names of the outlier and level-shift regressors.
    public var outlierNames: [String] {
        fit.regression.map(\.name).filter { n in ["AO", "LS", "TC", "RP"].contains(String(n.prefix(2))) }
    }

    /// Parameter estimates in English: the ARMA parameters, then the regression effects.
    public var estimatesTables: [Table] { estimatesTables(language: .en) }

    /// Parameter estimates with standard errors and t, labelled in `language`: the ARMA parameters (4
    /// decimals) and, in their own table, the regression effects (in the units of the series with 1
    /// decimal, or in log points with 5), so that each column has one number of decimals.
    public func estimatesTables(language: DisplayLanguage) -> [Table] {
        let zh = language == .zh
        let headers = Self.columns(zh ? ["参数", "估计值", "标准误", "t值"] : ["parameter", "estimate", "std. error", "t"])
        let arma: [[TableCell]] = fit.arma.map { name, est, se in
            [.text(name), Self.fixed(est, 4), Self.fixed(se, 4), Self.fixed(est / se, 2)]
        }
        let log = fit.model.transform == .log
        let digits = log ? 5 : 1
        let regression: [[TableCell]] = fit.regression.map { r in
            [.text(r.name), Self.fixed(r.estimate, digits), Self.fixed(r.standardError, digits), Self.fixed(r.t, 2)]
        }
        let note = zh ? "MA 多项式记作 1 − θB（Box–Jenkins 与 X-13 的符号）；估计为差分后数据的精确高斯似然，β 由广义最小二乘估计"
            : "MA written 1 − θB (Box–Jenkins / X-13 sign); exact Gaussian likelihood of the differenced data, β by GLS"
        let name = label.text(in: language)
        var tables = [Table(title: zh ? "\(name)的regARIMA模型\(modelText(language))，\(fit.start)…\(fit.end)"
                                : "regARIMA \(modelText(language)) for \(name), \(fit.start)…\(fit.end)",
                            columns: headers, rows: arma)]
        if !regression.isEmpty {
            let unit = zh ? (log ? "对数点" : "序列单位") : (log ? "log points" : "units of the series")
            tables.append(Table(title: zh ? "回归效应（\(unit)）" : "Regression effects (\(unit))", columns: headers, rows: regression))
        }
        tables[tables.count - 1].notes = [note]
        return tables
    }

    /// Likelihood, criteria and residual diagnostics (English).
    public var statisticsTable: Table { statisticsTable(language: .en) }

    /// Likelihood, criteria and residual diagnostics, labelled in `language`.
    public func statisticsTable(language: DisplayLanguage) -> Table {
        let zh = language == .zh
        func t(_ c: String, _ e: String) -> TableCell { .text(zh ? c : e) }
        let d = diagnostics
        var rows: [[TableCell]] = [
            [t("观测数", "observations"), .number(Double(fit.observations.count))],
            [t("有效观测数（差分后）", "effective observations (after differencing)"), .number(Double(fit.effectiveObservations))],
            [t("σ²（极大似然）", "σ² (ML)"), .number(fit.sigma2, formatted: NumberText.shortest(fit.sigma2))],
            [t("对数似然", "log-likelihood"), Self.fixed(fit.logLikelihood, 4)],
        ]
        if fit.model.transform == .log {
            rows.append([t("对数似然（按对数变换调整）", "log-likelihood adjusted for the log transform"), Self.fixed(fit.adjustedLogLikelihood, 4)])
        }
        rows += [
            ["AIC", Self.fixed(fit.aic, 4)], ["AICc", Self.fixed(fit.aicc, 4)],
            ["BIC", Self.fixed(fit.bic, 4)], [t("Hannan–Quinn 准则", "Hannan–Quinn"), Self.fixed(fit.hannanQuinn, 4)],
            [t("Ljung–Box Q(\(d.ljungBoxLag))，自由度 \(d.ljungBoxDF)", "Ljung–Box Q(\(d.ljungBoxLag)), df \(d.ljungBoxDF)"), Self.fixed(d.ljungBox, 2)],
            [t("Ljung–Box p值", "Ljung–Box p-value"), d.ljungBoxPValue.map { Self.fixed($0, 4) } ?? .missing],
            [t("残差偏度", "residual skewness"), Self.fixed(d.skewness, 3)], [t("残差峰度", "residual kurtosis"), Self.fixed(d.kurtosis, 3)],
            [t("Jarque–Bera p值", "Jarque–Bera p-value"), Self.fixed(d.jarqueBeraPValue, 4)],
        ]
        if let h = fit.holidayGroupTest {
            rows.append([t("春节回归量联合 χ²(\(h.degreesOfFreedom))", "CNY group χ²(\(h.degreesOfFreedom))"), Self.fixed(h.chiSquare, 2)])
            rows.append([t("春节回归量联合 p值", "CNY group p-value"), Self.fixed(h.pValue, 4)])
        }
        return Table(title: zh ? "拟合与诊断" : "Fit and diagnostics", columns: Self.columns(zh ? ["统计量", "数值"] : ["statistic", "value"]),
                     rows: rows)
    }

    /// Forecasts with standard errors and intervals (English).
    public var forecastTable: Table { forecastTable(language: .en) }

    /// Forecasts with standard errors and intervals, labelled in `language`.
    public func forecastTable(language: DisplayLanguage) -> Table {
        let zh = language == .zh
        let log = fit.model.transform == .log
        let digits = 1
        let rows: [[TableCell]] = forecast.map { p in
            [.text(p.month.description), Self.fixed(p.mean, digits), Self.fixed(p.standardError, log ? 5 : 1),
             Self.fixed(p.lower, digits), Self.fixed(p.upper, digits)]
        }
        let pct = NumberText.shortest(level * 100)
        var tableNotes = [zh ? "标准误包含回归系数的估计误差（X-13 的做法）"
                             : "standard errors include the estimation error of the regression coefficients (X-13's convention)"]
        if log {
            tableNotes.insert(zh ? "对数模型：预测值为对数尺度预测的指数，即条件中位数；标准误在对数尺度上；区间为对数尺度区间的指数"
                                 : "log model: the forecast is exp(log-scale forecast), the conditional median; the std. error is on the log scale; the interval is exp of the log-scale interval",
                              at: 0)
        }
        let name = label.text(in: language)
        return Table(title: zh ? "\(name)的预测（\(pct)%区间）" : "Forecasts of \(name) (\(pct)% intervals)",
                     columns: Self.columns(zh ? ["月份", "预测值", log ? "标准误（对数）" : "标准误", "下限", "上限"]
                                              : ["month", "forecast", log ? "std. error (log)" : "std. error", "lower", "upper"]),
                     rows: rows, notes: tableNotes)
    }

    /// The Chinese New Year effect in January–March of the span's last year and the next
    /// (the festival dates are known to 2050), in English.
    public var holidayTable: Table? { holidayTable(language: .en) }

    /// The Chinese New Year effect in January–March of the span's last year and the next, labelled in `language`.
    public func holidayTable(language: DisplayLanguage) -> Table? {
        let zh = language == .zh
        let years = [fit.end.year, fit.end.year + 1]
        guard let effects = try? fit.holidayEffects(years: years), !effects.isEmpty else { return nil }
        let log = fit.model.transform == .log
        var names = zh ? ["月份", log ? "效应（对数）" : "效应", "标准误"] : ["month", log ? "effect (log)" : "effect", "std. error"]
        if log { names += zh ? ["效应（%）", "按数据单位"] : ["effect %", "in data units"] }
        let rows: [[TableCell]] = effects.map { e in
            var r: [TableCell] = [.text(e.month.description), Self.fixed(e.effect, log ? 5 : 1), Self.fixed(e.standardError, log ? 5 : 1)]
            if log { r += [e.percent.map { Self.fixed($0, 2) } ?? .missing, e.inDataUnits.map { Self.fixed($0, 1) } ?? .missing] }
            return r
        }
        let note = zh ? "按数据单位：观测值中由春节造成的部分，y·(1 − e^(−效应))；样本区间外的月份留空"
            : "in data units: the part of the observed value due to the festival, y·(1 − e^(−effect)); months outside the span are left empty"
        return Table(title: zh ? "春节效应（全部春节回归量合计）" : "Chinese New Year effect (all holiday regressors together)",
                     columns: Self.columns(names), rows: rows, notes: log ? [note] : [])
    }

    /// The tables in English.
    public var tables: [Table] { tables(language: .en) }

    /// Estimates, fit statistics, the CNY effect and the forecasts, labelled in `language`; the report's
    /// notes, in `language`, under the last table.
    public func tables(language: DisplayLanguage) -> [Table] {
        var t = estimatesTables(language: language) + [statisticsTable(language: language)]
        if let h = holidayTable(language: language) { t.append(h) }
        if !forecast.isEmpty { t.append(forecastTable(language: language)) }
        if !localizedNotes.isEmpty, var last = t.popLast() {
            last.notes += localizedNotes.map { $0.text(in: language) }
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

    /// The JSON in English notes.
    public var json: JSONValue { json(language: .en) }

    /// The JSON: keys and numbers the same in every language; the notes in `language`.
    public func json(language: DisplayLanguage) -> JSONValue {
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
        obj.append(("notes", .array(localizedNotes.map { .string($0.text(in: language)) })))
        return .object(obj)
    }
}
