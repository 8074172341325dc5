import ArgumentParser
import CNFin

/// The options of `cnfin seasonal --method x13` (X-11 on a regARIMA pre-adjustment).
struct SeasonalX13Options: ParsableArguments {
    @Option(help: "x13: decomposition mode (auto follows X-13's log/none transform choice).")
    var mode: X11ModeOption = .auto

    @Option(name: .customLong("cny-split"), help: ArgumentHelp("x13: split CNY windows [−B,−1] and [0,+A].", valueName: "B,A"))
    var cnySplit: String?

    @Flag(name: .customLong("cny-auto"), help: "x13: CNY windows chosen by AICc among the documented candidates (the default).")
    var cnyAuto = false

    @Option(name: .customLong("cny-form"), help: "x13: CNY regressor form (default from the series kind: stock for balances).")
    var cnyForm: ChineseNewYearRegressor.Form?

    @Option(help: ArgumentHelp("x13: automatic outlier types (comma-separated), or none.", valueName: "ao,ls,tc|none"))
    var outliers = OutlierTypesOption([.additive, .levelShift])

    @Option(name: .customLong("outlier"), help: ArgumentHelp("x13: a fixed outlier, e.g. LS2020-03 (repeatable).", valueName: "AO|LS|TC YYYY-MM"))
    var outlier: [String] = []

    @Flag(name: .customLong("break-regressors"), help: "x13: adjust across registered definitional breaks, with a level shift at each.")
    var breakRegressors = false

    @Flag(name: .customLong("ignore-breaks"), help: "Any method: adjust across registered definitional breaks as if there were none (default: the span of the current definition).")
    var ignoreBreaks = false

    @Option(name: .customLong("seasonal-filter"), help: "x13: X-11 seasonal filter.")
    var seasonalFilter: SeasonalFilterOption = .auto

    @Option(help: ArgumentHelp("x13: Henderson trend length (odd, 3…101) or auto.", valueName: "N|auto"))
    var henderson = HendersonOption(.automatic)

    func validate() throws {
        if let cnySplit, Self.pair(cnySplit) == nil { throw ValidationError("--cny-split must be B,A with B ≥ 1 and A ≥ 0, e.g. 10,20") }
        if breakRegressors && ignoreBreaks { throw ValidationError("give at most one of --break-regressors and --ignore-breaks") }
    }

    static func pair(_ s: String) -> (Int, Int)? {
        let p = s.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard p.count == 2, let b = p[0], let a = p[1], b >= 0, a >= 0, b <= 60, a <= 60 else { return nil }
        return (b, a)
    }

    var breakPolicy: BreakPolicy { breakRegressors ? .levelShifts : (ignoreBreaks ? .ignore : .currentDefinition) }
}
