import CNFinOutput
import CNFinSeries
import CNFinSupport

/// A regression's summary as statsmodels prints it (`OLS Regression Results`): a header of
/// paired label/value entries, the coefficient table, a footer of diagnostics and notes.
///
/// ``tables`` gives the coefficient table and a two-column statistic/value table for the
/// Markdown, LaTeX and HTML renderers of `CNFinOutput`; ``text`` lays the same content out for a
/// terminal, 78 columns or the coefficient table's width. Estimates, standard errors and interval
/// ends are printed with ``RegressionResults/displayDigits`` significant digits, t with 6,
/// p-values with 4 decimals (text) or 4 significant digits (tables); the cells keep the exact
/// doubles. The labels are in English (statsmodels' wording) or Chinese; the numbers are the same.
public struct RegressionSummary: Sendable, Hashable {
    /// One label and its printed value.
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Two entries printed side by side in the text layout.
    public struct EntryPair: Sendable, Hashable {
        public var left: Entry
        public var right: Entry
        public init(_ left: Entry, _ right: Entry) {
            self.left = left
            self.right = right
        }
    }

    /// `OLS Regression Results`.
    public var title: String
    /// Model, sample and fit entries above the coefficient table.
    public var header: [EntryPair]
    /// The coefficient table (`coef`, `std err`, `t`/`z`, `P>|t|`, interval ends).
    public var coefficients: Table
    /// Residual diagnostics below the coefficient table.
    public var diagnostics: [EntryPair]
    /// Every summary statistic as a statistic/value table.
    public var statistics: Table
    /// Notes printed last (a minimum-norm solution).
    public var notes: [String]
    /// The coefficient table as the text layout prints it (p-values with 4 decimals).
    let textCoefficients: Table
    /// The language of the labels.
    public var language: DisplayLanguage = .en

    /// The tables for the table renderers: coefficients, then statistics.
    public var tables: [Table] { [coefficients, statistics] }

    /// The statsmodels-style text layout.
    public var text: String {
        let t = Self.alignedLines(textCoefficients)
        let width = max(78, t.map(DisplayWidth.of).max() ?? 0)
        let half = (width - 2) / 2
        let rule = String(repeating: "=", count: width), thin = String(repeating: "-", count: width)
        func side(_ e: Entry) -> String {
            e.label + String(repeating: " ", count: max(1, half - DisplayWidth.of(e.label) - DisplayWidth.of(e.value))) + e.value
        }
        func pair(_ p: EntryPair) -> String { side(p.left) + "  " + side(p.right) }
        var lines = [String(repeating: " ", count: max(0, (width - DisplayWidth.of(title)) / 2)) + title, rule]
        lines += header.map(pair)
        lines.append(rule)
        lines.append(t[0]); lines.append(thin); lines.append(contentsOf: t.dropFirst())
        lines.append(rule)
        lines += diagnostics.map(pair)
        lines.append(rule)
        lines += notes.map { (language == .zh ? "注：" : "Note: ") + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as aligned lines: first column left-aligned, the others right-aligned, two spaces
    /// between columns, no rule (the layout draws its own).
    static func alignedLines(_ table: Table) -> [String] {
        let header = table.normalizedColumns.map(\.header)
        let rows = table.normalizedRows.map { $0.map(\.display) }
        var widths = header.map(DisplayWidth.of)
        for r in rows { for (j, c) in r.enumerated() { widths[j] = max(widths[j], DisplayWidth.of(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, c in
                let pad = String(repeating: " ", count: max(0, widths[j] - DisplayWidth.of(c)))
                return j == 0 ? c + pad : pad + c
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}

extension RegressionResults: CustomStringConvertible {
    /// Significant digits of a printed estimate, standard error or interval end: as many as a note
    /// can use, and stable under the last-bit differences of BLAS kernels between CPUs (an
    /// ill-conditioned design such as NIST Longley keeps ~10 of its 16 digits).
    public static let displayDigits = 8

    /// `%.{digits}g` text of an optional number (empty for nil, `nan` for NaN).
    static func g(_ v: Double?, _ digits: Int = 6) -> String {
        v.map { NumberText.significant($0, digits: digits) } ?? ""
    }

    /// The covariance as a label: `HAC (Bartlett, 12 lags)`, `HC3`, `nonrobust`.
    public var covarianceLabel: String { covarianceLabel(language: .en) }

    /// The covariance as a label in English or Chinese (`HAC（Bartlett核，12阶滞后）`).
    public func covarianceLabel(language: DisplayLanguage) -> String {
        if case let .hac(_, corrected) = covarianceType {
            return language == .zh
                ? "HAC（Bartlett核，\(hacLags ?? 0)阶滞后\(corrected ? "，n/(n-k)校正" : "")）"
                : "HAC (Bartlett, \(hacLags ?? 0) lags\(corrected ? ", n/(n-k) corrected" : ""))"
        }
        // statsmodels' "nonrobust" is the classical OLS covariance: 非稳健 in Chinese; HC0–HC3 keep their names.
        if language == .zh, covarianceType.description == "nonrobust" { return "非稳健" }
        return covarianceType.description
    }

    /// The summary statistics in a fixed order: JSON key, label, value.
    public var summaryStatistics: [(key: String, label: String, value: Double?)] { summaryStatistics(language: .en) }

    /// The summary statistics in a fixed order: JSON key, label in English or Chinese, value.
    public func summaryStatistics(language: DisplayLanguage) -> [(key: String, label: String, value: Double?)] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        return [("nobs", t("观测数", "No. Observations"), Double(nobs)), ("df_model", t("模型自由度", "Df Model"), Double(dfModel)),
                ("df_resid", t("残差自由度", "Df Residuals"), Double(dfResid)), ("r_squared", t("R²", "R-squared"), rSquared),
                ("adj_r_squared", t("调整后R²", "Adj. R-squared"), adjustedRSquared),
                ("residual_std_error", t("残差标准误", "Residual std. error"), residualStandardError),
                ("f_statistic", t("F统计量", "F-statistic"), fStatistic), ("f_p_value", t("F统计量p值", "Prob (F-statistic)"), fPValue),
                ("log_likelihood", t("对数似然", "Log-Likelihood"), logLikelihood), ("aic", "AIC", aic), ("bic", "BIC", bic),
                ("durbin_watson", t("DW统计量", "Durbin-Watson"), durbinWatson),
                ("condition_number", t("条件数（缩放后）", "Cond. No. (scaled)"), conditionNumber)]
    }

    /// The coefficient table with p-values printed by `pText`.
    func coefficientTable(language: DisplayLanguage = .en, pText: (Double) -> String) -> Table {
        let chinese = language == .zh
        let d = Self.displayDigits
        let stat = usesTDistribution ? "t" : "z"
        let lo = Self.g((1 - confidenceLevel) / 2, 4), hi = Self.g(1 - (1 - confidenceLevel) / 2, 4)
        let headers = ["", chinese ? "系数" : "coef", chinese ? "标准误" : "std err", stat, "P>|\(stat)|", "[\(lo)", "\(hi)]"]
        return Table(columns: headers.enumerated().map { TableColumn($0.element, alignment: $0.offset == 0 ? .left : .right) },
                     rows: coefficients.map { c in
                         [.text(c.name), .number(c.estimate, display: Self.g(c.estimate, d)),
                          .number(c.standardError, display: Self.g(c.standardError, d)), .number(c.t, display: Self.g(c.t, 6)),
                          .number(c.pValue, display: pText(c.pValue)), .number(c.ciLow, display: Self.g(c.ciLow, d)),
                          .number(c.ciHigh, display: Self.g(c.ciHigh, d))]
                     })
    }

    /// The statsmodels-style summary (`results.summary()`), labelled in English (statsmodels' wording)
    /// or in Chinese with full-width punctuation; the numbers are the same.
    /// - Parameters:
    ///   - dependent: the name of y.
    ///   - sample: the months used, for a monthly design.
    ///   - language: the language of the labels (default English, statsmodels' wording).
    public func summary(dependent: String = "y", sample: SampleSpan? = nil, language: DisplayLanguage = .en) -> RegressionSummary {
        let chinese = language == .zh
        let d = Self.displayDigits
        typealias E = RegressionSummary.Entry
        typealias P = RegressionSummary.EntryPair
        func t(_ zh: String, _ en: String) -> String { chinese ? zh : en }
        /// A label with its colon: `R-squared:`, `R²：`.
        func l(_ zh: String, _ en: String) -> String { chinese ? zh + "：" : en + ":" }
        var header = [
            P(E(l("因变量", "Dep. Variable"), dependent), E(l("R²", "R-squared"), Self.g(rSquared, 6))),
            P(E(l("模型", "Model"), isMinimumNorm ? t("OLS（最小范数解）", "OLS (min-norm)") : "OLS"),
              E(l("调整后R²", "Adj. R-squared"), Self.g(adjustedRSquared, 6))),
            P(E(l("方法", "Method"), t("最小二乘（QR分解）", "Least Squares (QR)")), E(l("F统计量", "F-statistic"), Self.g(fStatistic, 6))),
            P(E(l("观测数", "No. Observations"), "\(nobs)"), E(l("F统计量p值", "Prob (F-statistic)"), Self.g(fPValue, 4))),
            P(E(l("残差自由度", "Df Residuals"), "\(dfResid)"), E(l("对数似然", "Log-Likelihood"), Self.g(logLikelihood, d))),
            P(E(l("模型自由度", "Df Model"), "\(dfModel)"), E(l("AIC", "AIC"), Self.g(aic, d))),
            P(E(l("协方差类型", "Covariance Type"), chinese && covarianceType.description == "nonrobust" ? "非稳健" : covarianceType.description),
              E(l("BIC", "BIC"), Self.g(bic, d))),
        ]
        if let sample {
            header.append(P(E(l("样本", "Sample"), t("\(sample.first)至\(sample.last)", "\(sample.first) to \(sample.last)")),
                            E(l("跳过月数", "Skipped months"), "\(sample.skipped)")))
        }
        let covariance = covarianceLabel(language: language)
        let diagnostics = [
            P(E(l("DW统计量", "Durbin-Watson"), Self.g(durbinWatson, 6)), E(l("JB统计量", "Jarque-Bera (JB)"), Self.g(jarqueBera.statistic, 6))),
            P(E(l("偏度", "Skew"), Self.g(jarqueBera.skewness, 6)), E(l("JB p值", "Prob(JB)"), Self.g(jarqueBera.pValue, 4))),
            P(E(l("峰度", "Kurtosis"), Self.g(jarqueBera.kurtosis, 6)), E(l("条件数（缩放后）", "Cond. No. (scaled)"), Self.g(conditionNumber, 4))),
            P(E(l("残差标准误", "Residual std. error"), Self.g(residualStandardError, d)), E(l("协方差", "Covariance"), covariance)),
        ]
        var statisticRows: [[TableCell]] = summaryStatistics(language: language).map { s in
            [.text(s.label), s.value.map { .number($0, display: Self.g($0, d)) } ?? .missing]
        }
        statisticRows += [[.text(t("协方差类型", "Covariance type")), .text(covariance)], [.text(t("因变量", "Dep. variable")), .text(dependent)]]
        if let sample { statisticRows.append([.text(t("样本", "Sample")), .text(sample.description)]) }
        let statistics = Table(columns: [TableColumn(t("统计量", "statistic"), alignment: .left), TableColumn(t("数值", "value"), alignment: .right)],
                               rows: statisticRows)
        let notes = isMinimumNorm
            ? [t("设计矩阵秩亏（秩为\(rank)），报告最小范数解。", "the design is rank deficient (rank \(rank)); the minimum-norm solution is reported.")]
            : []
        return RegressionSummary(title: t("OLS回归结果", "OLS Regression Results"), header: header,
                                 coefficients: coefficientTable(language: language) { Self.g($0, 4) }, diagnostics: diagnostics,
                                 statistics: statistics, notes: notes,
                                 textCoefficients: coefficientTable(language: language) { NumberText.fixed($0, digits: 4) },
                                 language: language)
    }

    /// The coefficient table with exact numbers (shortest round-trip text) for CSV:
    /// `name, estimate, std_error, t, p_value, ci_low, ci_high`.
    public var coefficientData: Table {
        let headers = ["name", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"]
        return Table(headers: headers, rows: coefficients.map { c in
            [.text(c.name)] + [c.estimate, c.standardError, c.t, c.pValue, c.ciLow, c.ciHigh].map {
                .number($0, display: JSONValue.numberText($0))
            }
        })
    }

    /// The results as JSON: `dependent`, the ``summaryStatistics`` keys, `cov_type`, `hac_maxlags`,
    /// `confidence_level`, the sample, `minimum_norm`, `jarque_bera` and `coefficients`.
    public func jsonValue(dependent: String = "y", sample: SampleSpan? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("dependent", .string(dependent))]
        members += summaryStatistics.map { s in (s.key, .optionalNumber(s.value)) }
        members.append(("cov_type", .string(covarianceType.description)))
        if let l = hacLags { members.append(("hac_maxlags", .number(Double(l)))) }
        members.append(("confidence_level", .number(confidenceLevel)))
        if let sample { members += sample.jsonMembers(skipped: true) }
        members.append(("minimum_norm", .bool(isMinimumNorm)))
        let jb = jarqueBera
        members.append(("jarque_bera", .object([("statistic", .number(jb.statistic)), ("p_value", .number(jb.pValue)),
                                                ("skew", .number(jb.skewness)), ("kurtosis", .number(jb.kurtosis))])))
        members.append(("coefficients", .array(coefficients.map { c in
            .object([("name", .string(c.name)), ("estimate", .number(c.estimate)), ("std_error", .number(c.standardError)),
                     ("t", .number(c.t)), ("p_value", .number(c.pValue)), ("ci_low", .number(c.ciLow)), ("ci_high", .number(c.ciHigh))])
        })))
        return .object(members)
    }

    /// One line: `OLS, 16 observations, 7 coefficients, R² 0.995479, nonrobust covariance`.
    public var description: String {
        "\(isMinimumNorm ? "OLS (minimum-norm)" : "OLS"), \(nobs) observations, \(names.count) coefficients"
            + "\(hasIntercept ? " (with constant)" : ""), R² \(Self.g(rSquared, 6)), \(covarianceLabel) covariance"
    }
}
