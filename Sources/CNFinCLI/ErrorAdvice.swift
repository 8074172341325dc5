import CNFin

/// The command-line advice that goes with library errors, written down once: library errors carry
/// data only (months, column names, paths); which option fixes them is the CLI's business, and this
/// is the one file that says it — in both languages (``BilingualText``). Flags are written as the user
/// types them, in either language (「可加 --force 覆盖」).
///
/// Advice reaches the user two ways:
/// - ``suffix(for:in:)``: every runtime error printed by ``reportingErrors(language:_:)`` (and `cnfin report`)
///   gets `" (…)"` (Chinese: `（…）`) naming the option that addresses it (``output(_:)``, ``sampleRange(_:)``,
///   ``ingest(_:)``);
/// - ``advised(_:by:)``: a command that offers a flag attaches its advice where the error is thrown:
///   ``sampleRange(_:)`` by ``inContext(_:_:)``, whose callers (regress --series, test, seasonal,
///   filter) all take `--from/--to`; ``regression(_:)`` by `cnfin regress`, which takes
///   `--no-intercept`; ``withDropNAAdvice(_:)`` by the CSV readers of regress and test (`--dropna`).
enum ErrorAdvice {
    /// `" (…)"` (Chinese: `（…）`) naming the options that address `error`, or an empty string. An error
    /// that already carries its advice (``AdvisedError``, inside an ``InputContextError``) gets none here.
    static func suffix(for error: any Error, in language: DisplayLanguage) -> String {
        guard let advice = output(error) ?? sampleRange(error) ?? ingest(error) else { return "" }
        return advice.parenthesized(in: language)
    }

    /// `--force` / `--out` advice for an output that would replace existing files.
    static func output(_ error: any Error) -> BilingualText? {
        if let e = error as? ReportError, case .outputNotEmpty = e {
            return BilingualText(en: "add --force to replace the report's files, or choose another --out",
                                 zh: "可加 --force 覆盖报告的文件，或用 --out 另选目录")
        }
        if let e = error as? AtomicWriteError, case .destinationExists = e {
            return BilingualText(en: "add --force to replace it", zh: "可加 --force 覆盖")
        }
        return nil
    }

    /// `--from/--to` advice for a gap in months that must be consecutive.
    static func sampleRange(_ error: any Error) -> BilingualText? {
        switch error {
        case let StatisticsError.notConsecutive(_, _, _, lastBefore, firstAfter, _):
            return BilingualText(en: "e.g. --from \(firstAfter) or --to \(lastBefore)",
                                 zh: "例如 --from \(firstAfter) 或 --to \(lastBefore)")
        case let SeasonalError.gap(_, _, _, longest?):
            return BilingualText(
                en: "choose a gap-free span with --from/--to: --from \(longest.lowerBound) --to \(longest.upperBound)",
                zh: "请用 --from/--to 选择无缺口的区间：--from \(longest.lowerBound) --to \(longest.upperBound)")
        case SeasonalError.gap:
            return BilingualText(en: "choose a gap-free span with --from/--to", zh: "请用 --from/--to 选择无缺口的区间")
        default:
            return nil
        }
    }

    /// `cnfin regress` advice: a constant regressor beside the intercept.
    static func regression(_ error: any Error) -> BilingualText? {
        if case StatisticsError.constantColumn = error { return BilingualText(en: "or use --no-intercept", zh: "或使用 --no-intercept") }
        return nil
    }

    /// `ingest`/`import`/`update` advice: the month to give, or the flag that replaces stored figures.
    static func ingest(_ error: any Error) -> BilingualText? {
        guard let e = error as? IngestError else { return nil }
        switch e {
        case .missingMonth: return BilingualText(en: "give --month", zh: "请给出 --month")
        case .monthConflict: return BilingualText(en: "check --month", zh: "请检查 --month")
        case .disagreementsRefused: return BilingualText(en: "give --revise to replace them", zh: "可加 --revise 替换已存数据")
        default: return nil
        }
    }

    /// CSV-input advice: a missing cell in a selected column.
    static func missingValue(_ error: any Error) -> BilingualText? {
        if let e = error as? CSVError, case .missingValue = e {
            return BilingualText(en: "use --dropna to drop incomplete rows", zh: "可用 --dropna 剔除不完整的行")
        }
        return nil
    }

    /// `error` with `advice` attached (looking inside an ``InputContextError``), or `error` unchanged
    /// when there is no advice for it.
    static func advised(_ error: any Error, by advice: (any Error) -> BilingualText?) -> any Error {
        if let context = error as? InputContextError {
            return InputContextError(input: context.input, underlying: advised(context.underlying, by: advice))
        }
        guard let text = advice(error) else { return error }
        return AdvisedError(underlying: error, advice: text)
    }
}

/// A text of the command line in both languages (a piece of advice, an input's label).
struct BilingualText: Sendable, Equatable {
    var en: String
    var zh: String

    /// The text in `language`.
    func text(in language: DisplayLanguage) -> String { language == .zh ? zh : en }

    /// `" (text)"` in English, `（text）` in Chinese.
    func parenthesized(in language: DisplayLanguage) -> String {
        language == .zh ? "（\(zh)）" : " (\(en))"
    }
}

/// A library error with the command-line advice that goes with it (see ``ErrorAdvice``).
struct AdvisedError: Error, LocalizedMessage {
    var underlying: any Error
    var advice: BilingualText

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        localizedMessage(of: underlying, in: language) + advice.parenthesized(in: language)
    }
}

/// Runs `body`, attaching `advice` to the library errors it throws (see ``ErrorAdvice``).
func advising<T>(_ advice: (any Error) -> BilingualText?, _ body: () throws -> T) throws -> T {
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
