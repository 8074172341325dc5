import ArgumentParser
import CNFin

/// The options of `cnfin seasonal --method x13` (X-11 on a regARIMA pre-adjustment).
struct SeasonalX13Options: ParsableArguments {
    @Option(help: ArgumentHelp("x13: decomposition mode (auto follows X-13's log/none transform choice).", valueName: "auto|add|mult|logadd"))
    var mode: String = "auto"

    @Option(name: .customLong("cny-split"), help: ArgumentHelp("x13: split CNY windows [−B,−1] and [0,+A].", valueName: "B,A"))
    var cnySplit: String?

    @Flag(name: .customLong("cny-auto"), help: "x13: CNY windows chosen by AICc among the documented candidates (the default).")
    var cnyAuto = false

    @Option(name: .customLong("cny-form"), help: ArgumentHelp("x13: CNY regressor form (default from the series kind: stock for balances).", valueName: "flow|stock"))
    var cnyForm: String?

    @Option(help: ArgumentHelp("x13: automatic outlier types, or none.", valueName: "ao,ls,tc|none"))
    var outliers: String = "ao,ls"

    @Option(name: .customLong("outlier"), help: ArgumentHelp("x13: a fixed outlier, e.g. LS2020-03 (repeatable).", valueName: "AO|LS|TC YYYY-MM"))
    var outlier: [String] = []

    @Flag(name: .customLong("break-regressors"), help: "x13: adjust across registered definitional breaks, with a level shift at each.")
    var breakRegressors = false

    @Flag(name: .customLong("ignore-breaks"), help: "Any method: adjust across registered definitional breaks as if there were none (default: the span of the current definition).")
    var ignoreBreaks = false

    @Option(name: .customLong("seasonal-filter"), help: ArgumentHelp("x13: X-11 seasonal filter.", valueName: "3x1|3x3|3x5|3x9|3x15|stable|auto"))
    var seasonalFilter: String = "auto"

    @Option(help: ArgumentHelp("x13: Henderson trend length (odd) or auto.", valueName: "N|auto"))
    var henderson: String = "auto"

    func validate() throws {
        guard ["auto", "add", "mult", "logadd"].contains(mode) else { throw ValidationError("--mode must be auto, add, mult or logadd (got '\(mode)')") }
        if let cnySplit, Self.pair(cnySplit) == nil { throw ValidationError("--cny-split must be B,A with B ≥ 1 and A ≥ 0, e.g. 10,20") }
        if let cnyForm, ChineseNewYearRegressor.Form(rawValue: cnyForm) == nil { throw ValidationError("--cny-form must be flow or stock") }
        _ = try outlierTypes()
        if breakRegressors && ignoreBreaks { throw ValidationError("give at most one of --break-regressors and --ignore-breaks") }
        _ = try filterChoice()
        _ = try hendersonChoice()
    }

    static func pair(_ s: String) -> (Int, Int)? {
        let p = s.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard p.count == 2, let b = p[0], let a = p[1], b >= 0, a >= 0, b <= 60, a <= 60 else { return nil }
        return (b, a)
    }

    func outlierTypes() throws -> [OutlierRegressor.Kind] {
        if outliers.lowercased() == "none" { return [] }
        return try outliers.split(separator: ",").map { s in
            guard let k = OutlierRegressor.Kind(rawValue: s.trimmingCharacters(in: .whitespaces).uppercased()), k != .ramp else {
                throw ValidationError("--outliers takes ao, ls, tc (comma-separated) or none (got '\(outliers)')")
            }
            return k
        }
    }

    func filterChoice() throws -> X11Options.SeasonalFilterChoice {
        if seasonalFilter == "auto" { return .automatic }
        guard let f = SeasonalFilter(rawValue: seasonalFilter) else {
            throw ValidationError("--seasonal-filter must be 3x1, 3x3, 3x5, 3x9, 3x15, stable or auto (got '\(seasonalFilter)')")
        }
        return .fixed(f)
    }

    func hendersonChoice() throws -> X11Options.HendersonChoice {
        if henderson == "auto" { return .automatic }
        guard let n = Int(henderson), n >= 3, n <= 101, n % 2 == 1 else {
            throw ValidationError("--henderson must be an odd length 3…101 or auto (got '\(henderson)')")
        }
        return .fixed(n)
    }

    var breakPolicy: BreakPolicy { breakRegressors ? .levelShifts : (ignoreBreaks ? .ignore : .currentDefinition) }
}
