import ArgumentParser
import CNFin

/// The options of `cnfin seasonal --method x13` (X-11 on a regARIMA pre-adjustment).
struct SeasonalX13Options: ParsableArguments {
    @Option(help: "x13: decomposition mode (auto follows X-13's log/none transform choice).")
    var mode: X11ModeOption = .auto

    @Option(name: .customLong("cny-split"), parsing: .unconditional, help: ArgumentHelp("x13: split CNY windows [−B,−1] and [0,+A], each 0…60 days.", valueName: "B,A"),
            transform: HolidayDaysOption.parser(days: 0...60))
    var cnySplit: HolidayDaysOption?

    @Flag(name: .customLong("cny-auto"), help: "x13: CNY windows chosen by AICc among the documented candidates (the default).")
    var cnyAuto = false

    @Option(name: .customLong("cny-form"), help: "x13: CNY regressor form (default from the series kind: stock for balances).")
    var cnyForm: ChineseNewYearRegressor.Form?

    @Option(help: ArgumentHelp("x13: automatic outlier types (comma-separated), or none.", valueName: "ao,ls,tc|none"))
    var outliers = OutlierTypesOption([.additive, .levelShift])

    @Option(name: .customLong("outlier"), help: ArgumentHelp("x13: fixed outliers, e.g. LS2020-03 (comma-separated, repeatable).",
                                                             valueName: "AO|LS|TC YYYY-MM"), transform: OutlierListOption.parse)
    var outlier: [OutlierListOption] = []


    @Option(name: .customLong("seasonal-filter"), help: "x13: X-11 seasonal filter.")
    var seasonalFilter: SeasonalFilterOption = .auto

    @Option(help: ArgumentHelp("x13: Henderson trend length (odd, 3…101) or auto.", valueName: "N|auto"))
    var henderson = HendersonOption(.automatic)
}
