import CNFinOutput

/// A regression's summary as statsmodels prints it (`OLS Regression Results`): a header of
/// paired label/value entries, the coefficient table, a footer of diagnostics and notes.
///
/// ``tables`` gives the coefficient table and a two-column statistic/value table for the
/// Markdown, LaTeX and HTML renderers of `CNFinOutput`; ``text`` lays the same content out for a
/// terminal, 78 columns or the coefficient table's width. Estimates, standard errors and interval
/// ends are printed with ``RegressionResults/displayDigits`` significant digits, t with 6,
/// p-values with 4 decimals (text) or 4 significant digits (tables); the cells keep the exact
/// doubles.
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

    /// The tables for the table renderers: coefficients, then statistics.
    public var tables: [Table] { [coefficients, statistics] }

    /// The statsmodels-style text layout.
    public var text: String {
        let t = Self.alignedLines(textCoefficients)
        let width = max(78, t.map(\.count).max() ?? 0)
        let half = (width - 2) / 2
        let rule = String(repeating: "=", count: width), thin = String(repeating: "-", count: width)
        func side(_ e: Entry) -> String {
            e.label + String(repeating: " ", count: max(1, half - e.label.count - e.value.count)) + e.value
        }
        func pair(_ p: EntryPair) -> String { side(p.left) + "  " + side(p.right) }
        var lines = [String(repeating: " ", count: max(0, (width - title.count) / 2)) + title, rule]
        lines += header.map(pair)
        lines.append(rule)
        lines.append(t[0]); lines.append(thin); lines.append(contentsOf: t.dropFirst())
        lines.append(rule)
        lines += diagnostics.map(pair)
        lines.append(rule)
        lines += notes.map { "Note: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as aligned lines: first column left-aligned, the others right-aligned, two spaces
    /// between columns, no rule (the layout draws its own).
    static func alignedLines(_ table: Table) -> [String] {
        let header = table.normalizedColumns.map(\.header)
        let rows = table.normalizedRows.map { $0.map(\.display) }
        var widths = header.map(\.count)
        for r in rows { for (j, c) in r.enumerated() { widths[j] = max(widths[j], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, c in
                let pad = String(repeating: " ", count: max(0, widths[j] - c.count))
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
    public var covarianceLabel: String {
        if case let .hac(_, corrected) = covarianceType {
            return "HAC (Bartlett, \(hacLags ?? 0) lags\(corrected ? ", n/(n-k) corrected" : ""))"
        }
        return covarianceType.description
    }

    /// The summary statistics in a fixed order: JSON key, label, value.
    public var summaryStatistics: [(key: String, label: String, value: Double?)] {
        [("nobs", "No. Observations", Double(nobs)), ("df_model", "Df Model", Double(dfModel)),
         ("df_resid", "Df Residuals", Double(dfResid)), ("r_squared", "R-squared", rSquared),
         ("adj_r_squared", "Adj. R-squared", adjustedRSquared), ("residual_std_error", "Residual std. error", residualStandardError),
         ("f_statistic", "F-statistic", fStatistic), ("f_p_value", "Prob (F-statistic)", fPValue),
         ("log_likelihood", "Log-Likelihood", logLikelihood), ("aic", "AIC", aic), ("bic", "BIC", bic),
         ("durbin_watson", "Durbin-Watson", durbinWatson), ("condition_number", "Cond. No. (scaled)", conditionNumber)]
    }

    /// The coefficient table with p-values printed by `pText`.
    func coefficientTable(pText: (Double) -> String) -> Table {
        let d = Self.displayDigits
        let stat = usesTDistribution ? "t" : "z"
        let lo = Self.g((1 - confidenceLevel) / 2, 4), hi = Self.g(1 - (1 - confidenceLevel) / 2, 4)
        let headers = ["", "coef", "std err", stat, "P>|\(stat)|", "[\(lo)", "\(hi)]"]
        return Table(columns: headers.enumerated().map { TableColumn($0.element, alignment: $0.offset == 0 ? .left : .right) },
                     rows: coefficients.map { c in
                         [.text(c.name), .number(c.estimate, display: Self.g(c.estimate, d)),
                          .number(c.standardError, display: Self.g(c.standardError, d)), .number(c.t, display: Self.g(c.t, 6)),
                          .number(c.pValue, display: pText(c.pValue)), .number(c.ciLow, display: Self.g(c.ciLow, d)),
                          .number(c.ciHigh, display: Self.g(c.ciHigh, d))]
                     })
    }

    /// The statsmodels-style summary (`results.summary()`).
    /// - Parameters:
    ///   - dependent: the name of y.
    ///   - sample: the months used, for a monthly design.
    public func summary(dependent: String = "y", sample: SampleSpan? = nil) -> RegressionSummary {
        let d = Self.displayDigits
        typealias E = RegressionSummary.Entry
        typealias P = RegressionSummary.EntryPair
        var header = [
            P(E("Dep. Variable:", dependent), E("R-squared:", Self.g(rSquared, 6))),
            P(E("Model:", isMinimumNorm ? "OLS (min-norm)" : "OLS"), E("Adj. R-squared:", Self.g(adjustedRSquared, 6))),
            P(E("Method:", "Least Squares (QR)"), E("F-statistic:", Self.g(fStatistic, 6))),
            P(E("No. Observations:", "\(nobs)"), E("Prob (F-statistic):", Self.g(fPValue, 4))),
            P(E("Df Residuals:", "\(dfResid)"), E("Log-Likelihood:", Self.g(logLikelihood, d))),
            P(E("Df Model:", "\(dfModel)"), E("AIC:", Self.g(aic, d))),
            P(E("Covariance Type:", covarianceType.description), E("BIC:", Self.g(bic, d))),
        ]
        if let sample {
            header.append(P(E("Sample:", "\(sample.first) to \(sample.last)"), E("Skipped months:", "\(sample.skipped)")))
        }
        let diagnostics = [
            P(E("Durbin-Watson:", Self.g(durbinWatson, 6)), E("Jarque-Bera (JB):", Self.g(jarqueBera.statistic, 6))),
            P(E("Skew:", Self.g(jarqueBera.skewness, 6)), E("Prob(JB):", Self.g(jarqueBera.pValue, 4))),
            P(E("Kurtosis:", Self.g(jarqueBera.kurtosis, 6)), E("Cond. No. (scaled):", Self.g(conditionNumber, 4))),
            P(E("Residual std. error:", Self.g(residualStandardError, d)), E("Covariance:", covarianceLabel)),
        ]
        var statisticRows: [[TableCell]] = summaryStatistics.map { s in
            [.text(s.label), s.value.map { .number($0, display: Self.g($0, d)) } ?? .missing]
        }
        statisticRows += [[.text("Covariance type"), .text(covarianceLabel)], [.text("Dep. variable"), .text(dependent)]]
        if let sample { statisticRows.append([.text("Sample"), .text(sample.description)]) }
        let statistics = Table(columns: [TableColumn("statistic", alignment: .left), TableColumn("value", alignment: .right)],
                               rows: statisticRows)
        let notes = isMinimumNorm ? ["the design is rank deficient (rank \(rank)); the minimum-norm solution is reported."] : []
        return RegressionSummary(title: "OLS Regression Results", header: header,
                                 coefficients: coefficientTable { Self.g($0, 4) }, diagnostics: diagnostics,
                                 statistics: statistics, notes: notes,
                                 textCoefficients: coefficientTable { NumberText.fixed($0, digits: 4) })
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
