import Testing
@testable import CNFinSeasonal

/// Integer parameters near `Int.max` are errors, never overflow traps (issue 13: `seasonal
/// --cny-window 9223372036854775807,1` trapped in the window's arithmetic).
@Suite struct ParameterRangeTests {
    static let y = (0..<120).map { Double($0 % 12) + 0.01 * Double($0) }

    @Test(arguments: [Int.max, Int.max - 1, Int.max / 2, 1 << 40])
    func hugeValuesAreErrors(_ v: Int) {
        // HolidayWindow moved to CNFinCalendar with its own error type.
        #expect(throws: CalendarError.self) { try HolidayWindow(daysBefore: v, daysAfter: 1) }
        #expect(throws: CalendarError.self) { try HolidayWindow(daysBefore: 1, daysAfter: v) }
        #expect(throws: CalendarError.self) { try HolidayWindow(first: -v, last: 1) }
        #expect(throws: CalendarError.self) { try HolidayWindow(first: v - 5, last: v) }
        #expect(throws: SeasonalError.self) { try STL(period: v) }
        #expect(throws: SeasonalError.self) { try SeasonalAdjustment(period: v, holiday: nil) }
        #expect(throws: SeasonalError.self) { try HamiltonFilter(horizon: v, lags: 12).fit(Self.y) }
        #expect(throws: SeasonalError.self) { try HamiltonFilter(horizon: 24, lags: v).fit(Self.y) }
    }

    @Test func windowsWithinAYearStillWork() throws {
        #expect(try HolidayWindow(daysBefore: 5, daysAfter: 20).length == 26)
        #expect(try HolidayWindow(first: -HolidayWindow.maximumOffset, last: -100).length == HolidayWindow.maximumOffset - 99)
    }
}
