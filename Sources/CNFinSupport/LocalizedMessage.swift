/// A message — typically an error — that can say itself in the reader's language.
///
/// `description` (from `CustomStringConvertible`) stays the English text, as in logs and tests;
/// ``message(in:)`` is what a command prints for a reader who chose `language`. Chinese messages are
/// wholly Chinese: series are named by their names (an id the user typed may follow in parentheses,
/// since it is what they type to fix it), numbers and months keep their printed form, and no English
/// word appears beyond the allow-list of the output checks (M0/M1/M2, TSF, RMB, CSV, file names).
///
/// Errors carry data, not advice: which command-line flag fixes an error is the CLI's business.
public protocol LocalizedMessage: CustomStringConvertible {
    /// The message in `language`.
    func message(in language: DisplayLanguage) -> String
}

/// The message of `error` in `language`: its ``LocalizedMessage/message(in:)`` when it has one,
/// otherwise its `description` (an error from outside cnfin, which has only English).
public func localizedMessage(of error: any Error, in language: DisplayLanguage) -> String {
    if let localized = error as? any LocalizedMessage { return localized.message(in: language) }
    return "\(error)"
}
