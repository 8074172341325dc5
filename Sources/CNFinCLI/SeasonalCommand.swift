import ArgumentParser
import CNFinSeasonal
import Foundation

/// `cnfin seasonal`: seasonal adjustment with optional CNY pre-adjustment.
struct SeasonalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seasonal",
        abstract: "Seasonally adjust a monthly series (STL or classical), with Chinese New Year handling.",
        discussion: """
        The series is regressed on CNY moving-holiday regressors (share of the window \
        [−B, +A] days around the festival falling in each month, centred on calendar-month \
        means, as X-13's genhol), 11 centred month dummies and a linear trend; the estimated \
        holiday effect is removed and the rest decomposed by STL (default) or classical \
        decomposition. Residual seasonality of the adjusted series is tested automatically \
        (F-test on month dummies and QS, on first differences); p > 0.1 passes.

        CSV output columns: month,observed,trend,seasonal,holiday,irregular,adjusted \
        (factors instead of components with --log).

        Examples:
          cnfin seasonal --data tsf.csv --column tsf_increment --cny
          cnfin seasonal --data loans.csv --column value --cny-window 7,15 --robust --format csv
          cnfin seasonal --data m2.csv --column m2 --log --no-cny --method classical --format json
        """
    )

    @Argument(help: "Bundled dataset id (available once the datasets module lands; use --data meanwhile).")
    var id: String?

    @Option(help: "CSV file with a date column (YYYY-MM or YYYY-MM-DD) and the value column.")
    var data: String?

    @Option(help: "Name of the value column in --data.")
    var column: String?

    @Option(name: .customLong("date-column"), help: "Name of the date column (default: the first column).")
    var dateColumn: String?

    @Option(help: "Decomposition: stl or classical.")
    var method: String = "stl"

    @Option(help: "Seasonal period (CNY handling needs 12).")
    var period: Int = 12

    @Flag(help: "Robust STL (bisquare outer iterations).")
    var robust = false

    @Flag(inversion: .prefixedNo, help: "Pre-adjust for the Chinese New Year.")
    var cny = true

    @Option(name: .customLong("cny-window"), help: "CNY window as B,A: from B days before to A days after the festival (default 5,20).")
    var cnyWindow: String = "5,20"

    @Flag(help: "Adjust in logs (multiplicative); all values must be positive.")
    var log = false

    @Option(help: "Output format: text, csv or json.")
    var format: String = "text"

    func validate() throws {
        guard (id == nil) != (data == nil) else { throw ValidationError("give either a dataset ID or --data FILE.csv") }
        if data != nil && column == nil { throw ValidationError("--data needs --column") }
        guard ["stl", "classical"].contains(method) else { throw ValidationError("--method must be stl or classical") }
        guard ["text", "csv", "json"].contains(format) else { throw ValidationError("--format must be text, csv or json") }
        guard parseWindow(cnyWindow) != nil else { throw ValidationError("--cny-window must be B,A with non-negative integers, e.g. 5,20") }
        if cny && period != 12 { throw ValidationError("CNY handling needs --period 12 (or use --no-cny)") }
    }

    func parseWindow(_ s: String) -> (Int, Int)? {
        let p = s.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard p.count == 2, let b = p[0], let a = p[1], b >= 0, a >= 0 else { return nil }
        return (b, a)
    }

    func run() throws {
        do {
            let series = try MonthlyInput.load(id: id, data: data, column: column, dateColumn: dateColumn)
            var holiday: ChineseNewYearRegressors?
            if cny, let (b, a) = parseWindow(cnyWindow) {
                holiday = try ChineseNewYearRegressors(windows: [HolidayWindow(daysBefore: b, daysAfter: a)])
            }
            let model = try SeasonalAdjustment(period: period, method: method == "classical" ? .classical : .stl,
                                               robust: robust, holiday: holiday, logTransform: log)
            let r = try model.fit(series.values, start: series.start)
            print(render(r, name: series.name), terminator: "")
        } catch let e as SeasonalError {
            CLIError.exit(e.description)
        } catch let e as MonthlyInput.InputError {
            CLIError.exit(e.description)
        }
    }

    func render(_ r: SeasonalAdjustmentResult, name: String) -> String {
        let cols: [(String, [Double])] = [("observed", r.observed), ("trend", r.trend), ("seasonal", r.seasonal),
                                          ("holiday", r.holiday), ("irregular", r.irregular), ("adjusted", r.adjusted)]
        let d = r.diagnostics
        switch format {
        case "csv":
            var s = "month," + cols.map(\.0).joined(separator: ",") + "\n"
            for i in r.months.indices {
                s += r.months[i].description + "," + cols.map { Number.csv($0.1[i]) }.joined(separator: ",") + "\n"
            }
            return s
        case "json":
            var s = "{\n  \"series\": \(Number.jsonString(name)),\n  \"multiplicative\": \(r.multiplicative),\n"
            s += "  \"months\": [" + r.months.map { Number.jsonString($0.description) }.joined(separator: ", ") + "],\n"
            for (k, v) in cols + [("mom_growth_pct", r.monthOnMonthGrowth), ("annualized_growth_pct", r.annualizedGrowth)] {
                s += "  \(Number.jsonString(k)): [" + v.map(Number.json).joined(separator: ", ") + "],\n"
            }
            s += "  \"coefficients\": [" + r.coefficients.map {
                "{\"name\": \(Number.jsonString($0.name)), \"estimate\": \(Number.json($0.estimate)), \"std_error\": \(Number.json($0.standardError))}"
            }.joined(separator: ", ") + "],\n"
            s += "  \"festival_effects\": [" + r.festivalEffects.map { f in
                "{\"year\": \(f.year), \"date\": \"\(f.festivalDate)\", \"months\": [" + f.months.map {
                    "{\"month\": \"\($0.month)\", \"effect\": \(Number.json($0.effect)), \"std_error\": \(Number.json($0.standardError))}"
                }.joined(separator: ", ") + "]}"
            }.joined(separator: ", ") + "],\n"
            s += "  \"diagnostics\": {\"f_statistic\": \(Number.json(d.fStatistic)), \"f_df\": [\(d.fDegreesOfFreedom.0), \(d.fDegreesOfFreedom.1)], "
            s += "\"f_p_value\": \(Number.json(d.fPValue)), \"qs_statistic\": \(Number.json(d.qsStatistic)), "
            s += "\"qs_p_value\": \(Number.json(d.qsPValue)), \"passes\": \(d.passes)}\n}\n"
            return s
        default:
            var s = "Seasonal adjustment of \(name) (\(r.months.first?.description ?? "")…\(r.months.last?.description ?? ""), "
            s += "\(method.uppercased())\(robust ? " robust" : ""), \(r.multiplicative ? "log/multiplicative" : "additive"), "
            s += holidayDescription + ")\n\n"
            if !r.holidayCoefficients.isEmpty {
                s += "CNY regression effects:\n"
                for c in r.holidayCoefficients {
                    s += "  \(c.name): \(Number.fixed(c.estimate, 4))  (s.e. \(Number.fixed(c.standardError, 4)), t = \(Number.fixed(c.tStatistic, 2)))\n"
                }
                s += "Festival effect by year (\(r.multiplicative ? "%" : "units of the series")):\n"
                for f in r.festivalEffects {
                    s += "  \(f.year) (\(f.festivalDate)): " + f.months.map {
                        "\(Number.monthName($0.month.month)) \(Number.fixed($0.effect, 1)) ± \(Number.fixed($0.standardError, 1))"
                    }.joined(separator: ", ") + "\n"
                }
                s += "\n"
            }
            s += "Residual seasonality in the adjusted series (first differences, n = \(d.observations)):\n"
            s += "  F-test on 11 month dummies: F(\(d.fDegreesOfFreedom.0), \(d.fDegreesOfFreedom.1)) = \(Number.fixed(d.fStatistic, 3)), p = \(Number.fixed(d.fPValue, 4))\n"
            s += "  QS (lags 12, 24):           QS = \(Number.fixed(d.qsStatistic, 3)), p = \(Number.fixed(d.qsPValue, 4))\n"
            s += "  → \(d.passes ? "no residual seasonality (both p > 0.1)" : "RESIDUAL SEASONALITY (a p-value ≤ 0.1)")\n\n"
            let header = ["month"] + cols.map(\.0) + ["mom %", "ann. %"]
            var rows = [header]
            let mom = r.monthOnMonthGrowth, ann = r.annualizedGrowth
            for i in r.months.indices {
                rows.append([r.months[i].description] + cols.map { Number.fixed($0.1[i], r.multiplicative && $0.0 != "observed" && $0.0 != "trend" && $0.0 != "adjusted" ? 4 : 1) }
                            + [Number.fixed(mom[i], 2), Number.fixed(ann[i], 1)])
            }
            let widths = header.indices.map { j in rows.map { $0[j].count }.max() ?? 0 }
            for row in rows {
                s += row.enumerated().map { j, v in String(repeating: " ", count: widths[j] - v.count) + v }.joined(separator: "  ") + "\n"
            }
            return s
        }
    }

    var holidayDescription: String {
        guard cny, let (b, a) = parseWindow(cnyWindow) else { return "no CNY handling" }
        return "CNY window [−\(b), +\(a)] days"
    }
}

/// Runtime-error exit: message on stderr starting `error:`, exit code 1.
enum CLIError {
    static func exit(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

/// Number formatting for the seasonal/filter commands (JSON with 17 significant digits, NaN → null).
enum Number {
    static func json(_ v: Double) -> String { v.isFinite ? String(format: "%.17g", v) : "null" }
    static func csv(_ v: Double) -> String { v.isFinite ? String(format: "%.17g", v) : "" }
    static func fixed(_ v: Double, _ digits: Int) -> String { v.isFinite ? String(format: "%.\(digits)f", v) : "—" }
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
    static func monthName(_ m: Int) -> String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, m - 1))]
    }
}

/// A monthly series read from a CSV file.
///
/// NOTE: a minimal stand-in until CNFinSeries' monthly CSV reader and CNFinDatasets' ids
/// are on `main`; then `load` should delegate to them.
struct MonthlyInput {
    struct InputError: Error, CustomStringConvertible { let description: String }

    let name: String
    let start: YearMonth
    let values: [Double]

    static func load(id: String?, data: String?, column: String?, dateColumn: String?) throws -> MonthlyInput {
        if let id { throw InputError(description: "dataset id '\(id)': bundled datasets are not available in this build yet; export the series and use --data FILE.csv --column COL") }
        guard let path = data, let column else { throw InputError(description: "no input series") }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw InputError(description: "cannot read \(path): \(error.localizedDescription)")
        }
        var lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard !lines.isEmpty else { throw InputError(description: "\(path) is empty") }
        let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let vi = header.firstIndex(of: column) else {
            throw InputError(description: "\(path) has no column '\(column)' (columns: \(header.joined(separator: ", ")))")
        }
        let di: Int
        if let dateColumn {
            guard let i = header.firstIndex(of: dateColumn) else { throw InputError(description: "\(path) has no date column '\(dateColumn)'") }
            di = i
        } else {
            di = 0
        }
        var months: [YearMonth] = [], values: [Double] = []
        for (k, line) in lines.enumerated() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count > max(vi, di) else { throw InputError(description: "\(path) line \(k + 2): too few fields") }
            let parts = f[di].split(separator: "-")
            guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), let ym = YearMonth(year: y, month: m) else {
                throw InputError(description: "\(path) line \(k + 2): date '\(f[di])' is not YYYY-MM or YYYY-MM-DD")
            }
            guard let v = Double(f[vi]), v.isFinite else {
                throw InputError(description: "\(path) line \(k + 2): value '\(f[vi])' in column \(column) is missing or not a number; the series must be complete")
            }
            if let last = months.last, ym.ordinal != last.ordinal + 1 {
                throw InputError(description: "\(path) line \(k + 2): \(ym) does not follow \(last) (months must be consecutive, ascending, without gaps)")
            }
            months.append(ym)
            values.append(v)
        }
        guard let start = months.first else { throw InputError(description: "\(path) has no data rows") }
        return MonthlyInput(name: column, start: start, values: values)
    }
}
