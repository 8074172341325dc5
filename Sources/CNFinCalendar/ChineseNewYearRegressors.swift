import CNFinSeries

/// A window of days around a moving holiday, as inclusive day offsets from the festival
/// day (day 0): `[first, last]`. `[-5, 20]` is the 26 days from five days before the
/// festival to twenty days after it.
public struct HolidayWindow: Sendable, Hashable, CustomStringConvertible {
    /// First day of the window relative to the festival (negative = before).
    public let first: Int
    /// Last day of the window relative to the festival.
    public let last: Int

    /// The largest offset from the festival a window may reach, in days (a year either side).
    public static let maximumOffset = 366

    /// Creates a window; `first ≤ last`, both within ±``maximumOffset`` days of the festival, and
    /// the window must be shorter than 300 days. Checked before any arithmetic on the offsets.
    public init(first: Int, last: Int) throws(CalendarError) {
        for offset in [first, last] where offset < -Self.maximumOffset || offset > Self.maximumOffset {
            throw .invalidWindow(value: "[\(first), \(last)]",
                                 requirement: "each end must lie within \(Self.maximumOffset) days of the festival")
        }
        guard first <= last else {
            throw .invalidWindow(value: "[\(first), \(last)]", requirement: "the first day must not come after the last")
        }
        guard last - first < 300 else {
            throw .invalidWindow(value: "[\(first), \(last)]", requirement: "must be shorter than 300 days")
        }
        self.first = first
        self.last = last
    }

    /// `B` days before to `A` days after the festival: `[−B, +A]`.
    public init(daysBefore b: Int, daysAfter a: Int) throws(CalendarError) {
        guard b >= 0, a >= 0 else {
            throw .invalidWindow(value: "\(b),\(a)", requirement: "days before and after must be ≥ 0")
        }
        guard b <= Self.maximumOffset, a <= Self.maximumOffset else {
            throw .invalidWindow(value: "\(b),\(a)",
                                 requirement: "days before and after must be at most \(Self.maximumOffset)")
        }
        try self.init(first: -b, last: a)
    }

    /// Number of days in the window.
    public var length: Int { last - first + 1 }

    /// The default CNY window `[−5, +20]`: the statistics bureau describes the festival's effect
    /// on activity as running from about 4–5 days before to 15–20 days after the festival;
    /// the default takes the outer ends of both ranges (26 days).
    public static let chineseNewYearDefault = HolidayWindow(uncheckedFirst: -5, last: 20)

    init(uncheckedFirst: Int, last: Int) {
        self.first = uncheckedFirst
        self.last = last
    }

    public var description: String { "[\(first), +\(last)]" }
}

/// Moving-holiday regressors for the Chinese New Year in the Bell–Hillmer (1983) form
/// used by X-13ARIMA-SEATS's `genhol` utility.
///
/// For a window `[d+first, d+last]` around the festival date `d` of each year, the raw
/// regressor in calendar month `m` of year `y` is the share of the window's days falling
/// in that month, `H(y,m) = #{days of the window in (y,m)} / window length` (so the shares
/// of the months a window touches — January and February, and March for late festivals —
/// sum to 1; all other months are 0).
///
/// Centring (`genhol`'s `center=calendar`) subtracts, for each calendar month `m`, the mean
/// of `H(·,m)` over a set of reference years, so the regressor carries only the
/// *deviation* of this year's timing from an average year and the holiday component does
/// not absorb part of the fixed seasonal pattern. `genhol` takes those means over the years
/// of its date file unless `firstmean`/`lastmean` are given; the default here does the same
/// with the calendar's full span (1990–2050 for `builtin`). `.sample` centres on the years
/// of the series instead (`firstmean`/`lastmean` = the sample's years).
public struct ChineseNewYearRegressors: Sendable {
    /// How the raw shares are centred.
    public enum Centering: Sendable, Hashable {
        /// Raw shares (genhol `center=none`).
        case none
        /// Calendar-month means over the given years, or over every year of the calendar when `nil`.
        case calendar(years: ClosedRange<Int>?)
        /// Calendar-month means over the calendar years the series covers.
        case sample
    }

    /// Festival dates.
    public let calendar: ChineseNewYearCalendar
    /// One regressor per window.
    public let windows: [HolidayWindow]
    /// Centring of the shares.
    public let centering: Centering

    /// Creates the regressor generator; at least one window.
    public init(calendar: ChineseNewYearCalendar = .builtin,
                windows: [HolidayWindow] = [.chineseNewYearDefault],
                centering: Centering = .calendar(years: nil)) throws(CalendarError) {
        guard !windows.isEmpty else {
            throw .invalidWindow(value: "[]", requirement: "give at least one window")
        }
        self.calendar = calendar
        self.windows = windows
        self.centering = centering
    }

    /// Raw window shares by calendar month for every festival of the calendar.
    func shares(_ w: HolidayWindow) -> [Month: Double] {
        var out: [Month: Double] = [:]
        let len = Double(w.length)
        for d in calendar.dates {
            let start = d.daysSinceEpoch + w.first
            var counts: [Month: Int] = [:]
            for k in 0..<w.length { counts[CivilDate(daysSinceEpoch: start + k).calendarMonth, default: 0] += 1 }
            for (ym, c) in counts { out[ym, default: 0] += Double(c) / len }
        }
        return out
    }

    /// The regressors for `count` consecutive months from `start`: one array per window.
    /// - Throws: `missingFestivalDate` when the calendar does not cover a year of the sample.
    public func values(start: Month, count: Int) throws(CalendarError) -> [[Double]] {
        guard count > 0 else { return windows.map { _ in [] } }
        let end = start.advanced(by: count - 1)
        for y in start.year...end.year where calendar.date(in: y) == nil { throw .missingFestivalDate(year: y) }
        var result: [[Double]] = []
        for w in windows {
            let s = shares(w)
            var means = [Double](repeating: 0, count: 13)
            let refYears: ClosedRange<Int>?
            switch centering {
            case .none: refYears = nil
            case .calendar(let years): refYears = years ?? calendar.years
            case .sample: refYears = start.year...end.year
            }
            if let ys = refYears {
                for m in 1...12 {
                    var sum = 0.0
                    for y in ys { sum += s[Month(index: y * 12 + m - 1)] ?? 0 }
                    means[m] = sum / Double(ys.count)
                }
            }
            result.append((0..<count).map { k in
                let ym = start.advanced(by: k)
                return (s[ym] ?? 0) - means[ym.month]
            })
        }
        return result
    }
}

extension ChineseNewYearRegressors: MonthlyRegressor {
    /// `CNY [-5, +20]`: one column per window.
    public var columnNames: [String] { windows.map { "CNY \($0)" } }

    /// ``values(start:count:)``: one column per window.
    public func columns(start: Month, count: Int) throws(CalendarError) -> [[Double]] {
        try values(start: start, count: count)
    }
}
