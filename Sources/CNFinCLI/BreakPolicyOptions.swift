import ArgumentParser
import CNFin

/// `--break-regressors` and `--ignore-breaks`: how a command treats the registered definitional breaks of
/// a dataset series (``BreakPolicy``) — declared once for `arima`, `forecast`, `seasonal` and `filter`.
/// Without either, the span of the current definition is used; a command that has no regression for a
/// level shift (`filter`, `seasonal --method stl|classical`) refuses `--break-regressors`.
struct BreakPolicyOptions: ParsableArguments {
    @Flag(name: .customLong("break-regressors"), help: ArgumentHelp(
        "Model across registered definitional breaks with a level shift at each (arima, forecast, seasonal --method x13)."))
    var breakRegressors = false

    @Flag(name: .customLong("ignore-breaks"), help: ArgumentHelp(
        "Work across registered definitional breaks as if there were none (default: the span of the current definition)."))
    var ignoreBreaks = false

    func validate() throws {
        if breakRegressors && ignoreBreaks { throw usageError(en: "give at most one of --break-regressors and --ignore-breaks",
                                                                   zh: "--break-regressors 与 --ignore-breaks 至多给出一个") }
    }

    /// The library's break rule.
    var policy: BreakPolicy { breakRegressors ? .levelShifts : (ignoreBreaks ? .ignore : .currentDefinition) }
}
