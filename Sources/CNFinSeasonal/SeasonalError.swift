import CNFinLinearAlgebra
import CNFinSeries
import CNFinStatistics

/// Bounds on the integer parameters of the seasonal and filtering methods, checked before any
/// arithmetic on them (`2·period`, `period + 2`, `n − h − p + 1` must not overflow).
public enum SeasonalLimits {
    /// The largest seasonal period accepted (2²⁰ observations; monthly data uses 12).
    public static let maximumPeriod = 1 << 20
}

/// Errors raised by seasonal adjustment, decomposition and trend filters.
/// Every case says what was wrong with the input and what is needed instead.
public enum SeasonalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The series has fewer observations than the method needs.
    case tooShort(method: String, count: Int, required: Int)
    /// A value is NaN or infinite (a gap or a missing observation).
    case nonFinite(method: String, index: Int)
    /// The seasonal period is below 2.
    case invalidPeriod(Int)
    /// A smoother or filter parameter is outside its domain.
    case invalidParameter(name: String, value: String, requirement: String)
    /// A logarithm was requested but a value is zero or negative.
    case nonPositiveForLog(index: Int, value: Double)
    /// A logarithm was requested but the value of `month` (`YYYY-MM`) is zero or negative.
    /// (`month` is text: a month payload here crashed Swift 6.3.1 typed throws under swift-testing.)
    case nonPositiveForLogInMonth(month: String, value: Double)
    /// Lengths of two inputs that must match differ.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// The regression design is rank-deficient; the named columns are (near) linear combinations of the others.
    case rankDeficient(columns: [String])
    /// A festival date is missing from the Chinese New Year calendar for a year the series covers.
    case missingFestivalDate(year: Int)
    /// The Chinese New Year table could not be parsed.
    case invalidCalendar(line: Int, reason: String)
    /// An error from the linear-algebra layer.
    case linearAlgebra(LinearAlgebraError)
    /// An error from the regression layer (CNFinStatistics) not covered by the cases above.
    case statistics(StatisticsError)
    /// The series has missing months inside the span to be adjusted: `firstMissing…lastMissing`
    /// is the first run of missing months; `longestComplete` is the longest gap-free span
    /// (`from`, `to`), if any.
    case gap(series: String, firstMissing: Month, lastMissing: Month, longestComplete: ClosedRange<Month>?)

    public var description: String {
        switch self {
        case let .tooShort(method, count, required):
            return "\(method): the series has \(count) observations; at least \(required) are needed"
        case let .nonFinite(method, index):
            return "\(method): observation \(index) is missing, NaN or infinite; the method needs a complete series without gaps"
        case let .invalidPeriod(p):
            return "the seasonal period must be between 2 and \(SeasonalLimits.maximumPeriod) (got \(p))"
        case let .invalidParameter(name, value, requirement):
            return "invalid \(name) = \(value): \(requirement)"
        case let .nonPositiveForLog(index, value):
            return "cannot take logarithms: observation \(index) is \(value) (≤ 0); use an additive (non-log) adjustment for series that can be zero or negative"
        case let .nonPositiveForLogInMonth(month, value):
            return "cannot take logarithms: the value of \(month) is \(value) (≤ 0); use an additive (non-log) adjustment for series that can be zero or negative"
        case let .lengthMismatch(what, expected, actual):
            return "\(what): expected \(expected) values, got \(actual)"
        case let .rankDeficient(columns):
            return "the regression design is rank-deficient: column(s) \(columns.joined(separator: ", ")) are linear combinations of the others"
        case let .missingFestivalDate(year):
            return "no Chinese New Year date is known for \(year); the calendar covers a limited range of years"
        case let .invalidCalendar(line, reason):
            return "Chinese New Year calendar, line \(line): \(reason)"
        case let .linearAlgebra(e):
            return e.description
        case let .statistics(e):
            return e.description
        case let .gap(series, first, last, longest):
            let missing = first == last ? "month \(first) is missing" : "months \(first)…\(last) are missing"
            var text = "\(series): \(missing); seasonal adjustment needs consecutive months without gaps"
            if let longest {
                text += " — the longest gap-free span is \(longest.lowerBound)…\(longest.upperBound)"
            }
            return text
        }
    }
}

/// Checks that every value is finite; the index of the first bad one is reported.
@inline(__always)
func requireFinite(_ y: [Double], _ method: String) throws(SeasonalError) {
    for (i, v) in y.enumerated() where !v.isFinite { throw .nonFinite(method: method, index: i) }
}

extension SeasonalError {
    /// The same condition as a calendar error, in seasonal-adjustment terms.
    init(_ error: CalendarError) {
        switch error {
        case let .invalidWindow(value, requirement):
            self = .invalidParameter(name: "holiday window", value: value, requirement: requirement)
        case let .missingFestivalDate(year):
            self = .missingFestivalDate(year: year)
        case let .invalidCalendar(line, reason):
            self = .invalidCalendar(line: line, reason: reason)
        }
    }
}
