import CNFinSeries
import Foundation
import Testing
@testable import CNFinSeasonal
import CNFinCalendar
import CNFinStatistics

@Suite struct ChineseNewYearTests {
    /// The generated table equals the dataset CSV (the copy in Fixtures, taken from
    /// /work/shared/datasets/chinese-new-year.csv; switch to Datasets/data once on main).
    @Test func builtinTableEqualsCSV() throws {
        let parsed = try ChineseNewYearCalendar(csv: Fixture.text("chinese-new-year.csv"))
        #expect(parsed == ChineseNewYearCalendar.builtin)
        #expect(parsed.years == 1990...2050)
        #expect(parsed.date(in: 2024)?.description == "2024-02-10")
    }

    @Test func dateArithmetic() throws {
        let d = CivilDate(year: 2024, month: 2, day: 10)
        #expect(d.adding(days: 20).description == "2024-03-01")   // leap year
        #expect(d.adding(days: -41).description == "2023-12-31")
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(Month(year: 2020, month: 12)?.advanced(by: 1).description == "2021-01")
        #expect(Month(year: 2020, month: 1)?.advanced(by: -13).description == "2018-12")
    }

    @Test func badCalendar() {
        #expect(throws: CalendarError.self) { try ChineseNewYearCalendar(csv: "year,date\n2020,2020-02-30\n") }
        #expect(throws: CalendarError.self) { try ChineseNewYearCalendar(csv: "year,date\n2020,2021-01-25\n") }
        // Outside the years a Month can hold (a window may spill into the adjacent year).
        #expect(throws: CalendarError.self) { try ChineseNewYearCalendar(csv: "year,date\n999,0999-02-01\n") }
        #expect(throws: CalendarError.self) { try HolidayWindow(first: 3, last: 1) }
    }

    /// Regressors vs an independent pandas construction (date_range + to_period counts):
    /// shares are ratios of small integers, so agreement is to rounding (1e-12 absolute).
    @Test func regressorsMatchIndependentConstruction() throws {
        let cases = try Fixture.json("cny_regressors.json")["cases"] as? [[String: Any]] ?? []
        #expect(cases.count == 4)
        for c in cases {
            let first = try #require(c["first"] as? Int), last = try #require(c["last"] as? Int)
            let startText = try #require(c["start"] as? String), endText = try #require(c["end"] as? String)
            func ym(_ s: String) throws -> Month {
                let p = s.split(separator: "-").compactMap { Int($0) }
                return try #require(Month(year: p[0], month: p[1]))
            }
            let start = try ym(startText), end = try ym(endText)
            let count = end.index - start.index + 1
            let w = try HolidayWindow(first: first, last: last)
            for (centering, key) in [(ChineseNewYearRegressors.Centering.none, "raw"),
                                     (.calendar(years: nil), "centred_calendar"), (.sample, "centred_sample")] {
                let v = try ChineseNewYearRegressors(windows: [w], centering: centering).values(start: start, count: count)[0]
                let ref = Fixture.doubles(c[key])
                let e = zip(v, ref).map { abs($0 - $1) }.max() ?? .infinity
                #expect(v.count == ref.count && e < 1e-12, "window \(w) \(key): max error \(e)")
            }
        }
    }

    @Test func rawSharesSumToOneInFestivalYears() throws {
        let start = try #require(Month(year: 2019, month: 1))
        let v = try ChineseNewYearRegressors(centering: .none).values(start: start, count: 12 * 7)[0]
        for y in 0..<7 {
            let s = v[(12 * y)..<(12 * y + 3)].reduce(0, +)
            #expect(abs(s - 1) < 1e-14)
        }
    }

    @Test func missingYear() throws {
        let start = try #require(Month(year: 2049, month: 1))
        #expect(throws: CalendarError.missingFestivalDate(year: 2051)) {
            try ChineseNewYearRegressors().values(start: start, count: 36)
        }
    }
}

/// The F and χ² tail probabilities the residual-seasonality tests use (CNFinStatistics'
/// `FDistribution.sf`, `ChiSquared.sf`) vs scipy.stats: 1e-10 relative (continued fractions
/// converge to ~1e-15; lgamma rounding dominates).
@Suite struct DistributionTests {
    @Test func matchScipy() throws {
        let j = try Fixture.json("distributions.json")
        for c in j["f_sf"] as? [[String: Double]] ?? [] {
            let v = FDistribution.sf(c["x"] ?? 0, d1: c["d1"] ?? 0, d2: c["d2"] ?? 0)
            #expect(abs(v - (c["sf"] ?? 0)) <= 1e-10 * max(c["sf"] ?? 0, 1e-300), "F \(c)")
        }
        for c in j["chi2_sf"] as? [[String: Double]] ?? [] {
            let v = ChiSquared.sf(c["x"] ?? 0, df: c["k"] ?? 0)
            #expect(abs(v - (c["sf"] ?? 0)) <= 1e-10 * max(c["sf"] ?? 0, 1e-300), "chi2 \(c)")
        }
    }
}

/// The Fixtures copy of the dates equals the dataset engineer's `Datasets/data/chinese-new-year.csv`
/// (located from this source file; skipped when the repository layout is not present).
@Test func fixtureCalendarEqualsDatasetsCopy() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Datasets/data/chinese-new-year.csv")
    guard let text = try? String(contentsOf: path, encoding: .utf8) else { return }
    #expect(try ChineseNewYearCalendar(csv: text) == ChineseNewYearCalendar.builtin)
}
