import CNFin

/// The command-line advice that goes with library errors, written down once: library errors carry
/// data only (months, column names, paths); which option fixes them is the CLI's business, and this
/// is the one file that says it.
///
/// Advice reaches the user two ways:
/// - ``suffix(for:)``: every runtime error printed by ``reportingErrors(_:)`` (and `cnfin report`)
///   gets `" (…)"` naming the option that addresses it (``output(_:)``, ``sampleRange(_:)``,
///   ``ingest(_:)``);
/// - ``advised(_:by:)``: a command that offers a flag attaches its advice where the error is thrown:
///   ``sampleRange(_:)`` by ``inContext(_:_:)``, whose callers (regress --series, test, seasonal,
///   filter) all take `--from/--to`; ``regression(_:)`` by `cnfin regress`, which takes
///   `--no-intercept`; ``withDropNAAdvice(_:)`` by the CSV readers of regress and test (`--dropna`).
enum ErrorAdvice {
    /// `" (…)"` naming the options that address `error`, or an empty string. An error that already
    /// carries its advice (``AdvisedError``, inside an ``InputContextError``) gets none here.
    static func suffix(for error: any Error) -> String {
        guard let text = output(error) ?? sampleRange(error) ?? ingest(error) else { return "" }
        return " (\(text))"
    }

    /// `--force` / `--out` advice for an output that would replace existing files.
    static func output(_ error: any Error) -> String? {
        if let e = error as? ReportError, case .outputNotEmpty = e {
            return "add --force to replace the report's files, or choose another --out"
        }
        if let e = error as? AtomicWriteError, case .destinationExists = e {
            return "add --force to replace it"
        }
        return nil
    }

    /// `--from/--to` advice for a gap in months that must be consecutive.
    static func sampleRange(_ error: any Error) -> String? {
        switch error {
        case let StatisticsError.notConsecutive(_, _, _, lastBefore, firstAfter, _):
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

    /// `ingest`/`import`/`update` advice: the month to give, or the flag that replaces stored figures.
    static func ingest(_ error: any Error) -> String? {
        guard let e = error as? IngestError else { return nil }
        switch e {
        case .missingMonth: return "give --month"
        case .monthConflict: return "check --month"
        case .disagreementsRefused: return "give --revise to replace them"
        default: return nil
        }
    }

    /// CSV-input advice: a missing cell in a selected column.
    static func missingValue(_ error: any Error) -> String? {
        if let e = error as? CSVError, case .missingValue = e { return "use --dropna to drop incomplete rows" }
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

/// A library error with the command-line advice that goes with it (see ``ErrorAdvice``).
struct AdvisedError: Error, CustomStringConvertible {
    var underlying: any Error
    var advice: String

    var description: String { "\(underlying) (\(advice))" }
}

/// Runs `body`, attaching `advice` to the library errors it throws (see ``ErrorAdvice``).
func advising<T>(_ advice: (any Error) -> String?, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ErrorAdvice.advised(error, by: advice)
    }
}

/// Runs `body`; a missing CSV cell gets the advice to pass `--dropna` (``ErrorAdvice/missingValue(_:)``).
func withDropNAAdvice<T>(_ body: () throws(CSVError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ErrorAdvice.advised(error, by: ErrorAdvice.missingValue)
    }
}
