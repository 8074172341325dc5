import ArgumentParser
import CNFinStatistics
import Foundation

/// `cnfin test`: unit-root, stationarity, causality and autocorrelation tests on CSV columns.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Time-series tests: ADF, KPSS, Granger causality, Ljung-Box.",
        discussion: """
        All subcommands read a CSV with a header row (--data) and a column (--column). JSON keys: \
        test, statistic, p_value, lags, nobs, critical_values (object: level -> value), notes; \
        granger and ljungbox add by_lag. Numbers use 17 significant digits.

        Examples:
          cnfin test adf --data m2.csv --column m2_yoy --regression ct --autolag aic
          cnfin test kpss --data m2.csv --column m2_yoy --nlags auto --format json
          cnfin test granger --data m2.csv --column m2_yoy --cause loans_yoy --maxlag 6
          cnfin test ljungbox --data resid.csv --column e --lags 12
        """,
        subcommands: [ADF.self, KPSSCommand.self, Granger.self, LjungBoxCommand.self]
    )

    struct Input: ParsableArguments {
        @Option(help: "CSV file with a header row.") var data: String
        @Option(help: "Column to test.") var column: String
        @Flag(help: "Drop rows with a missing value in the selected columns.") var dropna = false
        @Option(help: "Output format: text, json, markdown, csv, latex.") var format: StatsFormat = .text

        func columns(_ extra: [String] = []) throws(StatisticsError) -> [[Double]] {
            let table = try NumericTable(contentsOf: URL(fileURLWithPath: data))
            return try table.select([column] + extra, dropNA: dropna).columns
        }
    }

    struct ADF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "adf", abstract: "Augmented Dickey-Fuller unit-root test (MacKinnon p-values).",
            discussion: "As statsmodels adfuller: --regression n|c|ct, --autolag aic|bic|t-stat|none, --maxlag N "
                + "(default ceil(12(n/100)^(1/4)); with --autolag none exactly N lags).")
        @OptionGroup var input: Input
        @Option(help: "Deterministic terms: n, c, ct.") var regression = "c"
        @Option(help: "Lag selection: aic, bic, t-stat, none.") var autolag = "aic"
        @Option(help: "Maximum (or, with --autolag none, fixed) lag.") var maxlag: Int?

        func validate() throws {
            guard ADFRegression(rawValue: regression) != nil else { throw ValidationError("--regression must be n, c or ct") }
            guard ["aic", "bic", "t-stat", "none"].contains(autolag.lowercased()) else {
                throw ValidationError("--autolag must be aic, bic, t-stat or none")
            }
            if autolag.lowercased() == "none" && maxlag == nil { throw ValidationError("--autolag none needs --maxlag") }
        }

        func run() throws {
            do {
                let x = try input.columns()[0]
                let sel: LagSelection
                switch autolag.lowercased() {
                case "bic": sel = .bic(maxLag: maxlag)
                case "t-stat": sel = .tStat(maxLag: maxlag)
                case "none": sel = .fixed(maxlag ?? 0)
                default: sel = .aic(maxLag: maxlag)
                }
                let r = try AugmentedDickeyFuller.test(x, regression: ADFRegression(rawValue: regression) ?? .constant, lags: sel)
                print(TestOutput.render(r, column: input.column, format: input.format), terminator: "")
            } catch { StatsOutput.fail(String(describing: error)) }
        }
    }

    struct KPSSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kpss", abstract: "KPSS stationarity test (level or trend).",
            discussion: "As statsmodels kpss: --regression c|ct, --nlags auto (Hobijn et al. 1998) | legacy | N.")
        @OptionGroup var input: Input
        @Option(help: "Null hypothesis: c (level) or ct (trend).") var regression = "c"
        @Option(help: "Bartlett bandwidth: auto, legacy or a number.") var nlags = "auto"

        func validate() throws {
            guard KPSSRegression(rawValue: regression) != nil else { throw ValidationError("--regression must be c or ct") }
            guard nlags == "auto" || nlags == "legacy" || Int(nlags) != nil else {
                throw ValidationError("--nlags must be auto, legacy or an integer")
            }
        }

        func run() throws {
            do {
                let x = try input.columns()[0]
                let bw: KPSSBandwidth = nlags == "auto" ? .automatic : (nlags == "legacy" ? .legacy : .fixed(Int(nlags) ?? 0))
                let r = try KPSS.test(x, regression: KPSSRegression(rawValue: regression) ?? .level, bandwidth: bw)
                print(TestOutput.render(r, column: input.column, format: input.format), terminator: "")
            } catch { StatsOutput.fail(String(describing: error)) }
        }
    }

    struct Granger: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "granger", abstract: "Granger causality F test: does --cause help predict --column?",
            discussion: "As statsmodels grangercausalitytests (ssr-based F); reports lags 1...maxlag, the headline at --maxlag.")
        @OptionGroup var input: Input
        @Option(help: "The candidate causing column.") var cause: String
        @Option(help: "Highest lag order.") var maxlag = 4

        func validate() throws { if maxlag < 1 { throw ValidationError("--maxlag must be at least 1") } }

        func run() throws {
            do {
                let cols = try input.columns([cause])
                let all = try GrangerCausality.test(y: cols[0], x: cols[1], maxLag: maxlag)
                guard let last = all.last else { return }
                let byLag = all.map { ($0.lags, $0.fTest.statistic, $0.fTest.pValue) }
                print(TestOutput.render(last.fTest, column: "\(cause) -> \(input.column)", format: input.format, byLag: byLag),
                      terminator: "")
            } catch { StatsOutput.fail(String(describing: error)) }
        }
    }

    struct LjungBoxCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ljungbox", abstract: "Ljung-Box (and Box-Pierce) autocorrelation test.",
            discussion: "As statsmodels acorr_ljungbox; --lags default min(10, n/5); --model-df subtracts fitted ARMA parameters.")
        @OptionGroup var input: Input
        @Option(help: "Highest lag.") var lags: Int?
        @Option(help: "Degrees of freedom used by a fitted model.") var modelDf = 0

        func run() throws {
            do {
                let x = try input.columns()[0]
                let h = lags ?? max(1, min(10, x.count / 5))
                let all = try LjungBox.test(x, maxLag: h, modelDF: modelDf)
                guard let last = all.last else { return }
                let headline = TimeSeriesTestResult(test: "Ljung-Box", statistic: last.ljungBox, pValue: last.ljungBoxPValue ?? .nan,
                                                    lags: h, nobs: x.count, criticalValues: [],
                                                    notes: ["Box-Pierce Q = \(StatsOutput.g(last.boxPierce, 10)), p = \(StatsOutput.g(last.boxPiercePValue, 6))"])
                let byLag = all.map { ($0.lag, $0.ljungBox, $0.ljungBoxPValue ?? .nan) }
                print(TestOutput.render(headline, column: input.column, format: input.format, byLag: byLag), terminator: "")
            } catch { StatsOutput.fail(String(describing: error)) }
        }
    }
}

enum TestOutput {
    static func render(_ r: TimeSeriesTestResult, column: String, format: StatsFormat, byLag: [(Int, Double, Double)] = []) -> String {
        typealias O = StatsOutput
        switch format {
        case .json:
            var s = "{\n  \"test\": \(O.jsonString(r.test)),\n  \"column\": \(O.jsonString(column)),\n"
            s += "  \"statistic\": \(O.json(r.statistic)),\n  \"p_value\": \(O.json(r.pValue)),\n"
            s += "  \"lags\": \(r.lags),\n  \"nobs\": \(r.nobs),\n"
            s += "  \"critical_values\": {" + r.criticalValues.map { "\(O.jsonString($0.level)): \(O.json($0.value))" }.joined(separator: ", ") + "},\n"
            if !byLag.isEmpty {
                s += "  \"by_lag\": [" + byLag.map { "{\"lag\": \($0.0), \"statistic\": \(O.json($0.1)), \"p_value\": \(O.json($0.2))}" }
                    .joined(separator: ", ") + "],\n"
            }
            s += "  \"notes\": [" + r.notes.map(O.jsonString).joined(separator: ", ") + "]\n}\n"
            return s
        case .csv:
            var s = "test,column,statistic,p_value,lags,nobs" + r.criticalValues.map { ",crit_" + $0.level }.joined() + "\n"
            s += [O.csvField(r.test), O.csvField(column), O.json(r.statistic), O.json(r.pValue), "\(r.lags)", "\(r.nobs)"].joined(separator: ",")
            s += r.criticalValues.map { "," + O.json($0.value) }.joined() + "\n"
            return s
        case .text, .markdown, .latex:
            var rows = [["Test", r.test], ["Column", column], ["Statistic", O.g(r.statistic, 10)], ["p-value", O.g(r.pValue, 6)],
                        ["Lags", "\(r.lags)"], ["Observations", "\(r.nobs)"]]
            rows += r.criticalValues.map { ["Critical value (\($0.level))", O.g($0.value, 6)] }
            rows += r.notes.map { ["Note", $0] }
            var lagRows: [[String]] = byLag.map { ["\($0.0)", O.g($0.1, 10), O.g($0.2, 6)] }
            if format == .markdown {
                var s = O.markdownTable(["", "value"], rows)
                if !lagRows.isEmpty { s += "\n" + O.markdownTable(["lag", "statistic", "p-value"], lagRows) }
                return s
            }
            if format == .latex {
                var s = O.latexTable(["", "value"], rows)
                if !lagRows.isEmpty { s += "\n" + O.latexTable(["lag", "statistic", "p-value"], lagRows) }
                return s
            }
            var lines = rows.map { $0[0] + ":" + String(repeating: " ", count: max(1, 28 - $0[0].count)) + $0[1] }
            if !lagRows.isEmpty {
                lines.append("")
                lagRows.insert(contentsOf: [], at: 0)
                lines += O.textTable(["lag", "statistic", "p-value"], lagRows)
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
