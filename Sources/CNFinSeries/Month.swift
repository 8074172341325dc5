import CNFinSupport

/// A calendar month, e.g. `2023-05`.
///
/// Months are ordered and can be counted: ``index`` = 12·year + (month − 1),
/// so `a.distance(to: b)` is the number of months from `a` to `b` and
/// `a.advanced(by: k)` is the month k months after `a` (k may be negative).
/// The text form is `YYYY-MM`; parsing also accepts `YYYY-MM-DD` (the day is
/// validated and dropped) and `YYYYMM`. Codable as that `YYYY-MM` string.
public struct Month: Sendable, Hashable, Comparable, Strideable, Codable,
    LosslessStringConvertible, CustomDebugStringConvertible
{
    /// The year: 1000…9999 for every month parsed or made by ``init(year:month:)``;
    /// month arithmetic (``advanced(by:)``, ``init(index:)``) is exact beyond that range.
    public let year: Int
    /// The month of the year, 1…12.
    public let month: Int

    /// Creates a month; `nil` unless 1000 ≤ year ≤ 9999 and 1 ≤ month ≤ 12.
    public init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month with the given ``index`` (12·year + month − 1).
    ///
    /// Arithmetic is exact outside the years 1000…9999 that parsing accepts: clamping
    /// there would make `m.advanced(by: 1) == m` at 9999-12 (a loop `while m <= last`
    /// never ends) and make a lag or lead at the edge alias another month. A month
    /// outside the parsed range matches no data. Only indices beyond ±``maximumOffset``
    /// (about 6·10¹⁵ years from year 0) are clamped, so that index arithmetic cannot overflow.
    public init(index: Int) {
        let bounded = min(max(index, -Month.maximumOffset), Month.maximumOffset)
        // Floor division, so that negative indices give month 1…12.
        let (q, r) = bounded.quotientAndRemainder(dividingBy: 12)
        self.year = r < 0 ? q - 1 : q
        self.month = (r < 0 ? r + 12 : r) + 1
    }

    /// 12·year + (month − 1): consecutive months have consecutive indices.
    public var index: Int { year * 12 + month - 1 }

    /// Parses `YYYY-MM`, `YYYY-MM-DD` or `YYYYMM` (surrounding whitespace is ignored).
    public init?(_ description: String) {
        guard let month = try? Month.parse(description) else { return nil }
        self = month
    }

    /// Parses `YYYY-MM`, `YYYY-MM-DD` or `YYYYMM`, or says why the text is not a month.
    public static func parse(_ text: String) throws(MonthParseError) -> Month {
        if let month = plainYearMonth(text) { return month }
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let year: Substring, monthText: Substring
        var dayText: Substring?
        switch parts.count {
        case 1 where trimmed.count == 6:
            year = trimmed.prefix(4)
            monthText = trimmed.suffix(2)
        case 2:
            year = parts[0]; monthText = parts[1]
        case 3:
            year = parts[0]; monthText = parts[1]; dayText = parts[2]
        default:
            throw MonthParseError(text: text, problem: .notAMonth)
        }
        guard year.count == 4, monthText.count == 2, year.allSatisfy(\.isASCIIDigit), monthText.allSatisfy(\.isASCIIDigit),
              let y = Int(year), let m = Int(monthText)
        else {
            throw MonthParseError(text: text, problem: .notAMonth)
        }
        guard let result = Month(year: y, month: m) else {
            throw MonthParseError(text: text, problem: .outOfRange)
        }
        if let dayText {
            guard dayText.count == 2, dayText.allSatisfy(\.isASCIIDigit), let d = Int(dayText),
                  (1...result.numberOfDays).contains(d)
            else {
                throw MonthParseError(text: text, problem: .noSuchDay(lastDay: result.numberOfDays, month: result.description))
            }
        }
        return result
    }

    /// The month spelled exactly `YYYY-MM` (ASCII digits, a valid month), read
    /// from the UTF-8 bytes; `nil` for anything else, which ``parse(_:)``
    /// then handles (and explains) the general way.
    static func plainYearMonth(_ text: String) -> Month? {
        var utf8 = text.utf8.makeIterator()
        func digit(_ byte: UInt8?) -> Int? {
            guard let byte, byte &- 0x30 < 10 else { return nil }
            return Int(byte &- 0x30)
        }
        guard let y0 = digit(utf8.next()), let y1 = digit(utf8.next()), let y2 = digit(utf8.next()),
              let y3 = digit(utf8.next()), utf8.next() == 0x2D, let m0 = digit(utf8.next()), let m1 = digit(utf8.next()),
              utf8.next() == nil
        else { return nil }
        return Month(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1)
    }

    /// The number of days in the month (Gregorian calendar).
    public var numberOfDays: Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// January of the same year.
    public var january: Month { Month(index: year * 12) }

    /// `YYYY-MM`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    public var debugDescription: String { description }

    public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }

    /// The month `n` months later (earlier for negative `n`). Exact whenever the result's
    /// index lies within ±``maximumOffset``; beyond, it saturates there (far from any data).
    public func advanced(by n: Int) -> Month {
        let limit = Month.maximumOffset
        // Both terms are within ±2⁵⁶, so the sum cannot overflow.
        return Month(index: index + min(max(n, -limit), limit))
    }

    /// The number of months from `self` to `other` (positive if `other` is later).
    public func distance(to other: Month) -> Int { other.index - index }

    /// The largest month index (in absolute value) that month arithmetic produces: 2⁵⁶,
    /// so that sums and differences of two indices never overflow `Int`.
    public static let maximumOffset = 1 << 56

    /// Decodes from a `YYYY-MM` (or `YYYY-MM-DD`, `YYYYMM`) string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Month.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as a `YYYY-MM` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Text that is not a month, and why.
public struct MonthParseError: Error, Equatable, LocalizedMessage {
    /// Why a text is not a month.
    public enum Problem: Sendable, Equatable {
        /// Not of the form `YYYY-MM`, `YYYY-MM-DD` or `YYYYMM`.
        case notAMonth
        /// A month outside 01–12 or a year outside 1000–9999.
        case outOfRange
        /// A day outside `01–lastDay` of `month` (`YYYY-MM`).
        case noSuchDay(lastDay: Int, month: String)
    }

    /// The text that failed to parse.
    public let text: String
    /// Why.
    public let problem: Problem

    /// Creates an error.
    public init(text: String, problem: Problem) {
        self.text = text
        self.problem = problem
    }

    /// Why, in English.
    public var reason: String { reason(in: .en) }

    /// Why, in `language`.
    public func reason(in language: DisplayLanguage) -> String {
        switch (problem, language) {
        case (.notAMonth, .en): return "expected YYYY-MM, YYYY-MM-DD or YYYYMM"
        case (.notAMonth, .zh): return "应写作「YYYY-MM」、「YYYY-MM-DD」或「YYYYMM」"
        case (.outOfRange, .en): return "month must be 01–12 and year 1000–9999"
        case (.outOfRange, .zh): return "月份须在01–12之间，年份须在1000–9999之间"
        case let (.noSuchDay(lastDay, month), .en): return "day must be 01–\(lastDay) in \(month)"
        case let (.noSuchDay(lastDay, month), .zh): return "\(month)的日期须在01–\(lastDay)之间"
        }
    }

    public var description: String { message(in: .en) }

    /// `invalid month "text": reason`; in Chinese `无效的月份「text」：reason`.
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return "invalid month \"\(text)\": \(reason(in: .en))"
        case .zh: return "无效的月份\(ChineseWording.quoted(text))：\(reason(in: .zh))"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
