import CNFin

/// The command-line advice that goes with library errors, written down once: library errors carry
/// data only (months, column names); which flag fixes them is the CLI's business.
///
/// Advice is added where a command offers the flag: ``sampleRange(_:)`` by ``inContext(_:_:)``,
/// whose callers (regress --series, test, seasonal, filter) all take `--from/--to`;
/// ``regression(_:)`` by `cnfin regress`, which takes `--no-intercept`.
enum ErrorAdvice {
    /// `--from/--to` advice for a gap in months that must be consecutive.
    static func sampleRange(_ error: any Error) -> String? {
        switch error {
        case let StatisticsError.notConsecutive(_, _, _, lastBefore, firstAfter):
            return "e.g. --from \(firstAfter) or --to \(lastBefore)"
        case let SeasonalError.gap(_, _, _, longest?):
            return "choose a gap-free span with --from/--to: --from \(longest.lowerBound) --to \(longest.upperBound)"
        case SeasonalError.gap:
            return "choose a gap-free span with --from/--to"
        default:
            return nil
        }
    }

    /// `cnfin regress` advice: a constant regressor beside the intercept.
    static func regression(_ error: any Error) -> String? {
        if case StatisticsError.constantColumn = error { return "or use --no-intercept" }
        return nil
    }

    /// `error` with `advice` attached (looking inside an ``InputContextError``), or `error` unchanged
    /// when there is no advice for it.
    static func advised(_ error: any Error, by advice: (any Error) -> String?) -> any Error {
        if let context = error as? InputContextError {
            return InputContextError(input: context.input, underlying: advised(context.underlying, by: advice))
        }
        guard let text = advice(error) else { return error }
        return AdvisedError(underlying: error, advice: text)
    }
}

/// Runs `body`, attaching `advice` to the library errors it throws (see ``ErrorAdvice``).
func advising<T>(_ advice: (any Error) -> String?, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ErrorAdvice.advised(error, by: advice)
    }
}
