/// Errors raised by the Chinese New Year calendar and its regressors.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A holiday window (or the list of windows) is invalid: `value` as given, `requirement` what is needed.
    case invalidWindow(value: String, requirement: String)
    /// A festival date is missing from the calendar for a year the series covers.
    case missingFestivalDate(year: Int)
    /// The Chinese New Year table could not be parsed.
    case invalidCalendar(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidWindow(value, requirement):
            return "invalid holiday window = \(value): \(requirement)"
        case let .missingFestivalDate(year):
            return "no Chinese New Year date is known for \(year); the calendar covers a limited range of years"
        case let .invalidCalendar(line, reason):
            return "Chinese New Year calendar, line \(line): \(reason)"
        }
    }
}
