import CNFinCalendar
import CNFinSeries

/// A Chinese New Year regressor: the genhol-style share of a window of days around the
/// festival in each month (`ChineseNewYearRegressors`, centred on calendar-month means over
/// the calendar's years), in flow or stock form.
///
/// - **flow** (`H_t`): the share of the window's days that fall in month `t` — for monthly
///   increments (new loans, TSF) whose activity is spread over the window.
/// - **stock** (`S_t = Σ_{u ≤ t} H_u`, summed from January of the year): the share of the window
///   *elapsed by the end of month t* (centred), like X-13's `easterstock` — for month-end
///   balances (M0, M1, deposits), whose level is displaced while the window is in progress. The
///   centred shares of a calendar year sum to zero, so `S_t` returns to zero once the window has
///   passed.
///
/// The usual names: `cny` (one window `[−B, +A]`), `cny_pre` (`[−B, −1]`) and `cny_post` (`[0, +A]`).
public struct ChineseNewYearRegressor: RegressionVariable {
    public enum Form: String, Sendable, Hashable, CaseIterable { case flow, stock }

    public let name: String
    public let window: HolidayWindow
    public let form: Form
    public let calendar: ChineseNewYearCalendar

    public init(name: String, window: HolidayWindow, form: Form = .flow, calendar: ChineseNewYearCalendar = .builtin) {
        self.name = name
        self.window = window
        self.form = form
        self.calendar = calendar
    }

    public var isHoliday: Bool { true }

    /// One window `[−before, +after]` named `cny`.
    public static func window(before: Int, after: Int, form: Form = .flow) throws(ARIMAError) -> [ChineseNewYearRegressor] {
        do {
            return [ChineseNewYearRegressor(name: "cny", window: try HolidayWindow(daysBefore: before, daysAfter: after), form: form)]
        } catch {
            throw .invalidParameter(name: "CNY window", value: "\(before),\(after)", requirement: error.description)
        }
    }

    /// Split windows `cny_pre` = `[−before, −1]` and `cny_post` = `[0, +after]`.
    public static func split(before: Int, after: Int, form: Form = .flow) throws(ARIMAError) -> [ChineseNewYearRegressor] {
        guard before >= 1, after >= 0 else {
            throw .invalidParameter(name: "CNY split window", value: "\(before),\(after)", requirement: "needs at least one day before (B ≥ 1) and A ≥ 0")
        }
        do {
            return [ChineseNewYearRegressor(name: "cny_pre", window: try HolidayWindow(first: -before, last: -1), form: form),
                    ChineseNewYearRegressor(name: "cny_post", window: try HolidayWindow(first: 0, last: after), form: form)]
        } catch {
            throw .invalidParameter(name: "CNY split window", value: "\(before),\(after)", requirement: error.description)
        }
    }

    public func values(start: Month, count: Int) throws(ARIMAError) -> [Double] {
        guard count > 0 else { return [] }
        let gen: ChineseNewYearRegressors
        do { gen = try ChineseNewYearRegressors(calendar: calendar, windows: [window]) } catch {
            throw .invalidParameter(name: "CNY window", value: window.description, requirement: error.description)
        }
        switch form {
        case .flow:
            do { return try gen.values(start: start, count: count)[0] } catch { throw Self.map(error) }
        case .stock:
            let january = start.january
            let lead = january.distance(to: start)
            let flow: [Double]
            do { flow = try gen.values(start: january, count: lead + count)[0] } catch { throw Self.map(error) }
            var out: [Double] = []
            out.reserveCapacity(count)
            var s = 0.0
            for (k, v) in flow.enumerated() {
                if january.advanced(by: k).month == 1 { s = 0 }
                s += v
                if k >= lead { out.append(s) }
            }
            return out
        }
    }

    static func map(_ e: CalendarError) -> ARIMAError {
        switch e {
        case let .missingFestivalDate(year):
            return .invalidParameter(name: "CNY calendar", value: "\(year)", requirement: "no festival date is known for this year (the built-in calendar covers 1990–2050)")
        default:
            return .invalidParameter(name: "CNY regressor", value: "", requirement: e.description)
        }
    }
}
