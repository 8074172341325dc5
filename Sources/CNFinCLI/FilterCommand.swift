import ArgumentParser
import CNFinSeasonal
import Foundation

/// `cnfin filter`: Hodrick–Prescott and Hamilton trend filters.
struct FilterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Trend/cycle filters: Hodrick–Prescott (two- or one-sided) and Hamilton (2018).",
        discussion: """
        hp: minimises Σ(y−τ)² + λΣ(Δ²τ)² by a banded Cholesky solve (λ = 129600 for monthly \
        data). --one-sided gives the real-time trend: at each t the last point of the \
        two-sided trend of the data up to t.
        hamilton: regresses y[t+h] on 1, y[t], …, y[t−p+1] (h = 24, p = 12 monthly); trend = \
        fitted value, cycle = residual.

        Output columns: month,observed,trend,cycle.

        Examples:
          cnfin filter hp --data m2.csv --column m2_yoy
          cnfin filter hp --data m2.csv --column m2_yoy --one-sided --format csv
          cnfin filter hamilton --data loans.csv --column balance --horizon 24 --lags 12
        """
    )

    @Argument(help: "Filter: hp or hamilton.")
    var filter: String

    @Argument(help: "Bundled dataset id (available once the datasets module lands; use --data meanwhile).")
    var id: String?

    @Option(help: "CSV file with a date column (YYYY-MM or YYYY-MM-DD) and the value column.")
    var data: String?

    @Option(help: "Name of the value column in --data.")
    var column: String?

    @Option(name: .customLong("date-column"), help: "Name of the date column (default: the first column).")
    var dateColumn: String?

    @Option(help: "HP smoothing parameter λ.")
    var lambda: Double = 129_600

    @Flag(name: .customLong("one-sided"), help: "One-sided (real-time) HP filter.")
    var oneSided = false

    @Option(help: "Hamilton horizon h.")
    var horizon: Int = 24

    @Option(help: "Hamilton lags p.")
    var lags: Int = 12

    @Option(help: "Output format: text, csv or json.")
    var format: String = "text"

    func validate() throws {
        guard ["hp", "hamilton"].contains(filter) else { throw ValidationError("filter must be hp or hamilton") }
        guard (id == nil) != (data == nil) else { throw ValidationError("give either a dataset ID or --data FILE.csv") }
        if data != nil && column == nil { throw ValidationError("--data needs --column") }
        guard ["text", "csv", "json"].contains(format) else { throw ValidationError("--format must be text, csv or json") }
        if oneSided && filter != "hp" { throw ValidationError("--one-sided applies to hp only") }
    }

    func run() throws {
        do {
            let s = try MonthlyInput.load(id: id, data: data, column: column, dateColumn: dateColumn)
            let r: FilterResult
            var title: String
            if filter == "hp" {
                let f = try HodrickPrescottFilter(lambda: lambda)
                r = oneSided ? try f.fitOneSided(s.values) : try f.fit(s.values)
                title = "\(oneSided ? "One-sided" : "Two-sided") HP filter, λ = \(Number.fixed(lambda, 0))"
            } else {
                r = try HamiltonFilter(horizon: horizon, lags: lags).fit(s.values).filter
                title = "Hamilton filter, h = \(horizon), p = \(lags)"
            }
            let months = (0..<s.values.count).map { s.start.advanced(by: $0) }
            let cols: [(String, [Double])] = [("observed", r.observed), ("trend", r.trend), ("cycle", r.cycle)]
            switch format {
            case "csv":
                print("month," + cols.map(\.0).joined(separator: ","))
                for i in months.indices { print(months[i].description + "," + cols.map { Number.csv($0.1[i]) }.joined(separator: ",")) }
            case "json":
                var out = "{\n  \"series\": \(Number.jsonString(s.name)),\n  \"filter\": \(Number.jsonString(title)),\n"
                out += "  \"months\": [" + months.map { Number.jsonString($0.description) }.joined(separator: ", ") + "],\n"
                out += cols.map { "  \(Number.jsonString($0.0)): [" + $0.1.map(Number.json).joined(separator: ", ") + "]" }.joined(separator: ",\n")
                print(out + "\n}")
            default:
                print("\(title) of \(s.name)\n")
                let w = [7, 14, 14, 14]
                func pad(_ v: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - v.count)) + v }
                print(["month", "observed", "trend", "cycle"].enumerated().map { pad($1, w[$0]) }.joined(separator: "  "))
                for i in months.indices {
                    print(([months[i].description] + cols.map { Number.fixed($0.1[i], 3) }).enumerated().map { pad($1, w[$0]) }.joined(separator: "  "))
                }
            }
        } catch let e as SeasonalError {
            CLIError.exit(e.description)
        } catch let e as MonthlyInput.InputError {
            CLIError.exit(e.description)
        }
    }
}
