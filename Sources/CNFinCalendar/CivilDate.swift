import CNFinSeries

/// A day of the proleptic Gregorian calendar, with day arithmetic by the days-from-civil
/// algorithm (Hinnant, "chrono-compatible low-level date algorithms").
///
/// This is a different concept from CNFinSeries' ``CNFinSeries/Month``, which is what every
/// monthly series, result and regressor in this module is indexed by: `CivilDate` has *day*
/// precision and exists only for the moving-holiday machinery — the Chinese New Year date of
/// each year (``ChineseNewYearCalendar``), and counting which days of a holiday window
/// `[d+first, d+last]` fall in which calendar month (``ChineseNewYearRegressors``), which needs
/// day arithmetic across month and year ends. ``calendarMonth`` maps a day to its ``CNFinSeries/Month``.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month of the year, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// Creates a date without validation (used by the generated table).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date, `nil` if it does not exist.
    public init?(validating year: Int, _ month: Int, _ day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(year: year, month: month) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` since 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `k` days later.
    public func adding(days k: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + k) }

    /// The calendar month containing this date (years outside 1000…9999 are clamped, as by
    /// ``CNFinSeries/Month/init(index:)``; the festival calendars cover 1990–2050).
    public var calendarMonth: Month { Month(index: year * 12 + month - 1) }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// `YYYY-MM-DD`.
    public var description: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
