import ArgumentParser
import CNFinOutput
import CNFinStatistics
import Foundation

/// Output formats of the statistics commands.
enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, csv, latex
}

/// `cnfin regress`: OLS with non-robust, HC or HAC standard errors; rolling/expanding windows.
struct RegressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Linear regression (OLS) of one CSV column on others.",
        discussion: """
        Estimates y = b0 + b1 x1 + ... by Householder QR with column pivoting on a column-scaled \
        design, refined in extended precision (NIST StRD accuracy). The CSV needs a header row; \
        numbers may use exponent notation; an empty or NA cell is an error unless --dropna is given.

        Covariances: nonrobust, HC0-HC3 (White / MacKinnon-White), HAC (Newey-West, Bartlett kernel; \
        --maxlags L, default floor(4(n/100)^(2/9)); no small-sample correction unless --hac-correction, \
        as statsmodels' default; R's sandwich::NeweyWest also prewhitens by default). Robust p-values \
        use the normal distribution, as statsmodels does.

        JSON keys: nobs, df_model, df_resid, r_squared, adj_r_squared, residual_std_error, f_statistic, \
        f_p_value, log_likelihood, aic, bic, durbin_watson, condition_number, cov_type, coefficients \
        (name, estimate, std_error, t, p_value, ci_low, ci_high); numbers with 17 significant digits.

        Examples:
          cnfin regress --data Longley.csv --y y --x x1,x2,x3,x4,x5,x6
          cnfin regress --data m2.csv --y m2_yoy --x loans_yoy --cov HAC --maxlags 12 --format json
          cnfin regress --data m2.csv --y m2_yoy --x loans_yoy --rolling 36 --format csv
        """
    )

    @Option(help: "CSV file with a header row.") var data: String
    @Option(help: "Dependent-variable column.") var y: String
    @Option(help: "Regressor columns, comma-separated.") var x: String
    @Flag(help: "Omit the constant term.") var noIntercept = false
    @Option(help: "Covariance: nonrobust, HC0, HC1, HC2, HC3, HAC.") var cov = "nonrobust"
    @Option(help: "HAC lag count (default floor(4(n/100)^(2/9))).") var maxlags: Int?
    @Flag(help: "HAC: multiply by n/(n-k) (statsmodels use_correction=True, R adjust=TRUE).") var hacCorrection = false
    @Option(help: "Rolling-window length (observations).") var rolling: Int?
    @Flag(help: "Expanding windows from the first k+1 observations (or --min-nobs).") var expanding = false
    @Option(help: "First expanding window length.") var minNobs: Int?
    @Option(help: "Confidence level for intervals.") var confidence = 0.95
    @Flag(help: "Drop rows with a missing value in the selected columns.") var dropna = false
    @Option(help: "Output format: text, json, markdown, csv, latex.") var format: StatsFormat = .text

    func validate() throws {
        if rolling != nil && expanding { throw ValidationError("--rolling and --expanding are mutually exclusive") }
        if maxlags != nil && cov.uppercased() != "HAC" { throw ValidationError("--maxlags applies only to --cov HAC") }
        if !["NONROBUST", "HC0", "HC1", "HC2", "HC3", "HAC"].contains(cov.uppercased()) {
            throw ValidationError("unknown covariance '\(cov)'; use nonrobust, HC0, HC1, HC2, HC3 or HAC")
        }
        if let m = maxlags, m < 0 { throw ValidationError("--maxlags must be non-negative") }
        if !(confidence > 0 && confidence < 1) { throw ValidationError("--confidence must lie strictly between 0 and 1") }
        if (rolling != nil || expanding) && cov.uppercased() != "NONROBUST" {
            throw ValidationError("rolling and expanding regressions report non-robust standard errors only")
        }
    }

    func run() throws {
        do {
            let xNames = x.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let table = try NumericTable(contentsOf: URL(fileURLWithPath: data))
            let selected = try table.select([y] + xNames, dropNA: dropna)
            let model = try LinearModel(y: selected.columns[0], x: Array(selected.columns.dropFirst()), names: xNames,
                                        intercept: !noIntercept)
            if rolling != nil || expanding {
                let scheme: RollingScheme = rolling.map { .rolling(window: $0) }
                    ?? .expanding(minObservations: minNobs ?? model.parameterCount + 1)
                let results = try RollingOLS(model: model, scheme: scheme).fit()
                print(StatsOutput.rolling(results, lines: selected.lines, format: format), terminator: "")
                return
            }
            let covariance: CovarianceType
            switch cov.uppercased() {
            case "HC0": covariance = .hc0
            case "HC1": covariance = .hc1
            case "HC2": covariance = .hc2
            case "HC3": covariance = .hc3
            case "HAC": covariance = .hac(maxLags: maxlags, smallSampleCorrection: hacCorrection)
            default: covariance = .nonrobust
            }
            let results = try model.fit(covariance: covariance, confidenceLevel: confidence)
            print(StatsOutput.regression(results, dependent: y, format: format), terminator: "")
        } catch {
            StatsOutput.fail(String(describing: error))
        }
    }
}

/// Formatting for the statistics commands: the statsmodels-style summary is laid out here; Markdown and
/// LaTeX tables go through CNFinOutput's renderers; JSON/CSV numbers use 17 significant digits.
enum StatsOutput {
    /// Prints `error: …` to stderr and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        exit(1)
    }

    /// 17 significant digits, JSON-safe (null for non-finite).
    static func json(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "null" }
        return String(format: "%.17g", v)
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    static func g(_ v: Double?, _ digits: Int = 6) -> String {
        guard let v else { return "" }
        if v.isNaN { return "nan" }
        return String(format: "%.\(digits)g", v)
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Aligned text table: first column left-aligned, others right-aligned.
    static func textTable(_ header: [String], _ rows: [[String]]) -> [String] {
        var widths = header.map(\.count)
        for r in rows { for (j, c) in r.enumerated() where j < widths.count { widths[j] = max(widths[j], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { j, c in
                let pad = String(repeating: " ", count: max(0, widths[j] - c.count))
                return j == 0 ? c + pad : pad + c
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }

    /// A CNFinOutput table: first column left-aligned, the others right-aligned.
    static func outputTable(_ header: [String], _ rows: [[String]]) -> Table {
        Table(columns: header.enumerated().map { TableColumn($0.element, alignment: $0.offset == 0 ? .left : .right) },
              rows: rows.map { $0.map { TableCell(stringLiteral: $0) } })
    }

    static func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
        MarkdownRenderer().render(outputTable(header, rows))
    }

    static func latexTable(_ header: [String], _ rows: [[String]]) -> String {
        LaTeXRenderer().render(outputTable(header, rows))
    }

    static func covLabel(_ r: RegressionResults) -> String {
        if case let .hac(_, corrected) = r.covarianceType {
            return "HAC (Bartlett, \(r.hacLags ?? 0) lags\(corrected ? ", n/(n-k) corrected" : ""))"
        }
        return r.covarianceType.description
    }

    static func summaryPairs(_ r: RegressionResults) -> [(String, String, Double?)] {
        [("nobs", "No. Observations", Double(r.nobs)), ("df_model", "Df Model", Double(r.dfModel)),
         ("df_resid", "Df Residuals", Double(r.dfResid)), ("r_squared", "R-squared", r.rSquared),
         ("adj_r_squared", "Adj. R-squared", r.adjustedRSquared), ("residual_std_error", "Residual std. error", r.residualStandardError),
         ("f_statistic", "F-statistic", r.fStatistic), ("f_p_value", "Prob (F-statistic)", r.fPValue),
         ("log_likelihood", "Log-Likelihood", r.logLikelihood), ("aic", "AIC", r.aic), ("bic", "BIC", r.bic),
         ("durbin_watson", "Durbin-Watson", r.durbinWatson), ("condition_number", "Cond. No. (scaled)", r.conditionNumber)]
    }

    static func regression(_ r: RegressionResults, dependent: String, format: StatsFormat) -> String {
        let level = r.confidenceLevel
        let lo = g((1 - level) / 2, 4), hi = g(1 - (1 - level) / 2, 4)
        let statName = r.usesTDistribution ? "t" : "z"
        switch format {
        case .json:
            var s = "{\n"
            s += "  \"dependent\": \(jsonString(dependent)),\n"
            for (key, _, v) in summaryPairs(r) {
                let value = ["nobs", "df_model", "df_resid"].contains(key) ? String(Int(v ?? 0)) : json(v)
                s += "  \"\(key)\": \(value),\n"
            }
            s += "  \"cov_type\": \(jsonString(r.covarianceType.description)),\n"
            if let l = r.hacLags { s += "  \"hac_maxlags\": \(l),\n" }
            s += "  \"confidence_level\": \(json(level)),\n"
            s += "  \"minimum_norm\": \(r.isMinimumNorm),\n"
            s += "  \"jarque_bera\": {\"statistic\": \(json(r.jarqueBera.statistic)), \"p_value\": \(json(r.jarqueBera.pValue)), "
                + "\"skew\": \(json(r.jarqueBera.skewness)), \"kurtosis\": \(json(r.jarqueBera.kurtosis))},\n"
            s += "  \"coefficients\": [\n"
            s += r.coefficients.map { c in
                "    {\"name\": \(jsonString(c.name)), \"estimate\": \(json(c.estimate)), \"std_error\": \(json(c.standardError)), "
                    + "\"t\": \(json(c.t)), \"p_value\": \(json(c.pValue)), \"ci_low\": \(json(c.ciLow)), \"ci_high\": \(json(c.ciHigh))}"
            }.joined(separator: ",\n")
            s += "\n  ]\n}\n"
            return s
        case .csv:
            var s = "name,estimate,std_error,t,p_value,ci_low,ci_high\n"
            for c in r.coefficients {
                s += ([csvField(c.name)] + [c.estimate, c.standardError, c.t, c.pValue, c.ciLow, c.ciHigh].map { json($0) }).joined(separator: ",") + "\n"
            }
            return s
        case .markdown, .latex:
            let header = ["", "coef", "std err", statName, format == .latex ? "p-value" : "P>|\(statName)|", "[\(lo)", "\(hi)]"]
            let rows = r.coefficients.map { c in
                [c.name, g(c.estimate, 15), g(c.standardError, 15), g(c.t, 6), g(c.pValue, 4), g(c.ciLow, 8), g(c.ciHigh, 8)]
            }
            let stats = summaryPairs(r).map { [$0.1, g($0.2, 10)] } + [["Covariance type", covLabel(r)], ["Dep. variable", dependent]]
            if format == .markdown {
                return markdownTable(header, rows) + "\n" + markdownTable(["statistic", "value"], stats)
            }
            return latexTable(header, rows) + "\n" + latexTable(["statistic", "value"], stats)
        case .text:
            let header = ["", "coef", "std err", statName, "P>|\(statName)|", "[\(lo)", "\(hi)]"]
            let rows = r.coefficients.map { c in
                [c.name, g(c.estimate, 15), g(c.standardError, 15), g(c.t, 6), String(format: "%.4f", c.pValue), g(c.ciLow, 8), g(c.ciHigh, 8)]
            }
            let t = textTable(header, rows)
            let width = max(78, t.map(\.count).max() ?? 0)
            let half = (width - 2) / 2
            let rule = String(repeating: "=", count: width), thin = String(repeating: "-", count: width)
            func pair(_ l: String, _ lv: String, _ r: String, _ rv: String) -> String {
                let left = l + String(repeating: " ", count: max(1, half - l.count - lv.count)) + lv
                let right = r + String(repeating: " ", count: max(1, half - r.count - rv.count)) + rv
                return left + "  " + right
            }
            var lines = [String(repeating: " ", count: max(0, (width - 22) / 2)) + "OLS Regression Results", rule]
            lines.append(pair("Dep. Variable:", dependent, "R-squared:", g(r.rSquared, 6)))
            lines.append(pair("Model:", r.isMinimumNorm ? "OLS (min-norm)" : "OLS", "Adj. R-squared:", g(r.adjustedRSquared, 6)))
            lines.append(pair("Method:", "Least Squares (QR)", "F-statistic:", g(r.fStatistic, 6)))
            lines.append(pair("No. Observations:", "\(r.nobs)", "Prob (F-statistic):", g(r.fPValue, 4)))
            lines.append(pair("Df Residuals:", "\(r.dfResid)", "Log-Likelihood:", g(r.logLikelihood, 8)))
            lines.append(pair("Df Model:", "\(r.dfModel)", "AIC:", g(r.aic, 8)))
            lines.append(pair("Covariance Type:", r.covarianceType.description, "BIC:", g(r.bic, 8)))
            lines.append(rule)
            lines.append(t[0]); lines.append(thin); lines.append(contentsOf: t.dropFirst())
            lines.append(rule)
            lines.append(pair("Durbin-Watson:", g(r.durbinWatson, 6), "Jarque-Bera (JB):", g(r.jarqueBera.statistic, 6)))
            lines.append(pair("Skew:", g(r.jarqueBera.skewness, 6), "Prob(JB):", g(r.jarqueBera.pValue, 4)))
            lines.append(pair("Kurtosis:", g(r.jarqueBera.kurtosis, 6), "Cond. No. (scaled):", g(r.conditionNumber, 4)))
            lines.append(pair("Residual std. error:", g(r.residualStandardError, 10), "Covariance:", covLabel(r)))
            lines.append(rule)
            if r.isMinimumNorm {
                lines.append("Note: the design is rank deficient (rank \(r.rank)); the minimum-norm solution is reported.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    static func rolling(_ r: RollingRegressionResults, lines: [Int], format: StatsFormat) -> String {
        let header = ["end_line", "nobs"] + r.names.flatMap { [$0, "se_\($0)"] }
        let rows: [[Double]] = r.windowEnds.indices.map { w in
            [Double(lines[r.windowEnds[w]]), Double(r.windowObservations[w])]
                + zip(r.params[w], r.standardErrors[w]).flatMap { [$0, $1] }
        }
        switch format {
        case .json:
            var s = "{\n"
            switch r.scheme {
            case let .rolling(w): s += "  \"scheme\": \"rolling\",\n  \"window\": \(w),\n"
            case let .expanding(m): s += "  \"scheme\": \"expanding\",\n  \"min_nobs\": \(m),\n"
            }
            s += "  \"names\": [" + r.names.map(jsonString).joined(separator: ", ") + "],\n  \"windows\": [\n"
            s += r.windowEnds.indices.map { w in
                "    {\"end_line\": \(lines[r.windowEnds[w]]), \"nobs\": \(r.windowObservations[w]), \"params\": ["
                    + r.params[w].map { json($0) }.joined(separator: ", ") + "], \"std_errors\": ["
                    + r.standardErrors[w].map { json($0) }.joined(separator: ", ") + "]}"
            }.joined(separator: ",\n")
            return s + "\n  ]\n}\n"
        case .csv:
            return ([header.map(csvField).joined(separator: ",")]
                + rows.map { row in row.enumerated().map { $0.offset < 2 ? String(Int($0.element)) : json($0.element) }.joined(separator: ",") })
                .joined(separator: "\n") + "\n"
        case .text, .markdown, .latex:
            let cells = rows.map { row in row.enumerated().map { $0.offset < 2 ? String(Int($0.element)) : g($0.element, 8) } }
            if format == .markdown { return markdownTable(header, cells) }
            if format == .latex { return latexTable(header, cells) }
            return textTable(header, cells).joined(separator: "\n") + "\n"
        }
    }
}
