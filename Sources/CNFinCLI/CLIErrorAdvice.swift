import CNFin

/// The one place where library errors get command-line advice: the libraries' messages say what is
/// wrong in their own terms (no flags), and this adds which option changes it.
enum CLIErrorAdvice {
    /// `" (…)"` naming the options that address `error`, or an empty string.
    static func advice(for error: any Error) -> String {
        if let e = error as? ReportError, case .outputNotEmpty = e {
            return " (add --force to replace the report's files, or choose another --out)"
        }
        if let e = error as? SeasonalError, case .gap(_, _, _, let longest?) = e {
            return " (choose it with --from \(longest.lowerBound) --to \(longest.upperBound))"
        }
        if let e = error as? AtomicWriteError, case .destinationExists = e {
            return " (add --force to replace it)"
        }
        return ""
    }
}
