/// Dates of the Chinese New Year (Spring Festival, 春节), one per year.
///
/// `builtin` holds 1990–2050 (generated from the project's `chinese-new-year.csv` by
/// `Tests/CNFinSeasonalTests/Fixtures/make_cny_table.py`); `init(csv:)` parses the same
/// `year,date` format (`date` as `YYYY-MM-DD`) for other tables.
public struct ChineseNewYearCalendar: Sendable, Equatable {
    /// Festival dates sorted by year, one per year.
    public let dates: [CivilDate]

    init(uncheckedDates: [CivilDate]) { self.dates = uncheckedDates }

    /// Parses CSV text with a header line and columns `year,date`.
    /// - Throws: `invalidCalendar` naming the offending line.
    public init(csv text: String) throws(CalendarError) {
        var out: [CivilDate] = []
        var seen = Set<Int>()
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters()
            if line.isEmpty { continue }
            if i == 0 && line.lowercased().hasPrefix("year") { continue }
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count >= 2, let year = Int(f[0].trimmingCharacters()) else {
                throw .invalidCalendar(line: i + 1, reason: "expected `year,YYYY-MM-DD`, got \"\(line)\"")
            }
            let p = f[1].trimmingCharacters().split(separator: "-")
            guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
                  let date = CivilDate(validating: y, m, d) else {
                throw .invalidCalendar(line: i + 1, reason: "invalid date \"\(f[1])\"")
            }
            guard y == year else { throw .invalidCalendar(line: i + 1, reason: "date \(date) is not in year \(year)") }
            // Monthly series are indexed by CNFinSeries' Month, which covers years 1000–9999.
            guard (1001...9998).contains(year) else {
                throw .invalidCalendar(line: i + 1, reason: "year \(year) is outside 1001–9998 (the months a series can have)")
            }
            guard seen.insert(year).inserted else { throw .invalidCalendar(line: i + 1, reason: "year \(year) appears twice") }
            out.append(date)
        }
        guard !out.isEmpty else { throw .invalidCalendar(line: 1, reason: "no dates") }
        self.dates = out.sorted()
    }

    /// The festival date of `year`, if known.
    public func date(in year: Int) -> CivilDate? {
        guard let first = dates.first else { return nil }
        let i = year - first.year
        if i >= 0, i < dates.count, dates[i].year == year { return dates[i] }
        return dates.first { $0.year == year }
    }

    /// The years covered.
    public var years: ClosedRange<Int>? {
        guard let a = dates.first?.year, let b = dates.last?.year else { return nil }
        return a...b
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
