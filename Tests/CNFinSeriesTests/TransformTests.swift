import Foundation
import Testing
@testable import CNFinSeries

func approx(_ a: Double?, _ b: Double?, _ tol: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= tol * max(1, abs(y))
    default: return false
    }
}

func approx(_ a: [Double?], _ b: [Double?], _ tol: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { approx($0, $1, tol) }
}

@Suite struct TransformTests {
    // 14 months: 100, 101, …, 113 from 2022-01
    let level = MonthlySeries(id: "lv", start: month("2022-01"), values: (0..<14).map { Double(100 + $0) })

    @Test func lagAndDifference() {
        let l = level.lag(2)
        #expect(l.start == month("2022-03"))
        #expect(l[month("2022-03")] == 100)
        let d = level.difference(3)
        #expect(d.values.prefix(3).allSatisfy { $0 == nil })
        #expect(d[month("2022-04")] == 3)
        var gappy = level
        gappy[month("2022-05")] = nil
        #expect(gappy.difference()[month("2022-05")] == nil)
        #expect(gappy.difference()[month("2022-06")] == nil)
        #expect(gappy.difference()[month("2022-07")] == 1)
    }

    @Test func yearOverYear() {
        let y = level.yearOverYearGrowth()
        #expect(y.unit == .percent && y.kind == .rate)
        #expect(y.values.prefix(12).allSatisfy { $0 == nil })
        #expect(approx(y[month("2023-01")], (112.0 / 100.0 - 1) * 100))  // 12.0
        #expect(approx(y[month("2023-02")], (113.0 / 101.0 - 1) * 100))  // 11.881188…
        // M2 May 2023 against May 2022 (2820504.68 / 2527026.15 − 1) · 100 = 11.6134…
        let m2 = MonthlySeries(id: "m2", start: month("2022-05"), values: [2527026.15] + Array(repeating: nil, count: 11) + [2820504.68])
        #expect(approx(m2.yearOverYearGrowth()[month("2023-05")], 11.61359291830044, 1e-9))
        // zero base → missing
        let z = MonthlySeries(id: "z", start: month("2022-01"), values: [0] + Array(repeating: 1, count: 12))
        #expect(z.yearOverYearGrowth()[month("2023-01")] == nil)
    }

    @Test func monthOverMonthAndAnnualised() {
        let m = level.monthOverMonthGrowth()
        #expect(m[month("2022-01")] == nil)
        #expect(approx(m[month("2022-02")], 1.0))
        let rate = MonthlySeries(id: "g", start: month("2023-01"), values: [1.0, -1.0, nil], unit: .percent, kind: .rate)
        let a = rate.annualizedFromMonthlyRate()
        #expect(approx(a.values, [12.682503013196972, -11.361512828387072, nil]))
        // 3-month change 100 → 103: ((1.03)^4 − 1)·100 = 12.550881
        let q = MonthlySeries(id: "q", start: month("2023-01"), values: [100, nil, nil, 103])
        #expect(approx(q.annualizedGrowth(over: 3)[month("2023-04")], 12.550881, 1e-7))
        #expect(q.annualizedGrowth(over: 0)[month("2023-04")] == nil)
    }

    @Test func percentagePoints() {
        let r = MonthlySeries(id: "r", start: month("2022-05"), values: [11.0] + Array(repeating: nil, count: 10) + [11.8, 11.4],
                              unit: .percent, kind: .rate)
        let pp1 = r.percentagePointChange(1)
        #expect(pp1.unit == .percentagePoints)
        #expect(approx(pp1[month("2023-05")], -0.4))
        #expect(approx(r.percentagePointChange(12)[month("2023-05")], 0.4))
    }

    @Test func rolling() {
        let f = MonthlySeries(id: "f", start: month("2023-01"), values: [1, 2, 3, nil, 5, 6, 7], kind: .flow)
        #expect(f.rollingSum(window: 3).values == [nil, nil, 6, nil, nil, nil, 18])
        #expect(f.rollingMean(window: 2).values == [nil, 1.5, 2.5, nil, nil, 5.5, 6.5])
        #expect(f.rollingSum(window: 0).values.allSatisfy { $0 == nil })
        let twelve = MonthlySeries(id: "t", start: month("2022-01"), values: (1...13).map(Double.init), kind: .flow)
        #expect(twelve.twelveMonthSum()[month("2022-12")] == 78)
        #expect(twelve.twelveMonthSum()[month("2023-01")] == 90)
        #expect(twelve.twelveMonthSum()[month("2022-11")] == nil)
    }

    @Test func logDifference() {
        let x = MonthlySeries(id: "x", start: month("2023-01"), values: [100, 110, 0, 5])
        #expect(approx(x.logDifference()[month("2023-02")], 100 * log(1.1)))
        #expect(x.logDifference()[month("2023-03")] == nil)
        #expect(x.logDifference()[month("2023-04")] == nil)
    }

    @Test func unitConversion() throws {
        let yi = MonthlySeries(id: "m2", start: month("2023-05"), values: [2820504.68, nil], unit: .yi)
        let wan = try yi.converted(to: .wanYi)
        #expect(wan.unit == .wanYi)
        #expect(approx(wan.values, [282.050468, nil]))
        let back = try wan.converted(to: .yi)
        #expect(approx(back.values, yi.values))
        #expect(try yi.converted(to: .yi) == yi)
        #expect(throws: SeriesError.unitConversion(seriesID: "m2", from: .yi, to: .percent)) { try yi.converted(to: .percent) }
    }
}

@Suite struct YearToDateTests {
    @Test func flowFromYTD() {
        // 2022: Jan 10, Feb 25 (→15), Mar 45 (→20); 2023: Jan missing, Feb combined 30, Mar 42 (→12)
        let ytd = MonthlySeries(id: "c", start: month("2022-01"),
                                values: [10, 25, 45] + Array(repeating: nil, count: 9) + [nil, 30, 42], kind: .flow)
        let flow = ytd.flowFromYearToDate()
        #expect(flow[month("2022-01")] == 10)
        #expect(flow[month("2022-02")] == 15)
        #expect(flow[month("2022-03")] == 20)
        #expect(flow[month("2022-04")] == nil)
        #expect(flow[month("2023-01")] == nil)
        #expect(flow[month("2023-02")] == 30)  // Jan–Feb combined stays combined
        #expect(flow[month("2023-03")] == 12)
        // round trip
        #expect(flow.yearToDateFromFlow().values == ytd.values)
    }

    @Test func ytdFromFlow() {
        let flow = MonthlySeries(id: "f", start: month("2023-01"), values: [5, 7, nil, 4], kind: .flow)
        #expect(flow.yearToDateFromFlow().values == [5, 12, nil, nil])
        // a year starting in March cannot be cumulated
        let late = MonthlySeries(id: "g", start: month("2023-03"), values: [1, 2], kind: .flow)
        #expect(late.yearToDateFromFlow().values == [nil, nil])
        // starting in February: Jan outside range → combined
        let feb = MonthlySeries(id: "h", start: month("2023-02"), values: [8, 2], kind: .flow)
        #expect(feb.yearToDateFromFlow().values == [8, 10])
        #expect(feb.yearToDateFromFlow().flowFromYearToDate().values == feb.values)
    }

    @Test func roundTripFullYears() {
        let flows: [Double?] = (0..<36).map { Double(($0 * 37) % 23) - 5 }
        let f = MonthlySeries(id: "f", start: month("2020-01"), values: flows, kind: .flow)
        #expect(approx(f.yearToDateFromFlow().flowFromYearToDate().values, flows))
        #expect(f.yearToDateFromFlow()[month("2020-12")] == flows[0..<12].reduce(0) { $0 + ($1 ?? 0) })
    }
}

@Suite struct BreakAwareGrowthTests {
    let definitionBreak = DefinitionalBreak(id: "2015-01-nondep", seriesIDs: ["deposits_balance"], from: month("2015-01"),
                                            kind: .definition, description: "deposits include non-depository FIs")
    // 2014-01 … 2015-02: level jumps by 10% in 2015-01
    var deposits: MonthlySeries {
        MonthlySeries(id: "deposits_balance", start: month("2014-01"),
                      values: (0..<12).map { 100 + Double($0) } + [122, 123])
    }

    @Test func straddleDefinition() {
        #expect(definitionBreak.straddles(month("2014-01"), month("2015-01")))
        #expect(definitionBreak.straddles(month("2014-12"), month("2015-12")))
        #expect(!definitionBreak.straddles(month("2015-01"), month("2016-01")))
        #expect(!definitionBreak.straddles(month("2013-12"), month("2014-12")))
    }

    @Test func usesPublishedRateAcrossBreak() {
        let published = MonthlySeries(id: "deposits_yoy", start: month("2015-01"), values: [10.5], unit: .percent, kind: .rate)
        let result = deposits.yearOverYearGrowth(breaks: [definitionBreak], published: published)
        #expect(result.series[month("2015-01")] == 10.5)
        #expect(result.series[month("2015-02")] == nil)   // no published value
        #expect(result.notes.count == 2)
        #expect(result.notes[0].resolution == .usedPublishedRate)
        #expect(result.notes[0].breakID == "2015-01-nondep")
        #expect(approx(result.notes[0].levelRate, 22.0))
        #expect(result.notes[1].resolution == .leftMissing)
        #expect(result.notes[1].month == month("2015-02"))
        #expect(result.notes[1].message.contains("left missing"))
        // 2014 months are not affected (no t−12 values), and the plain YoY silently mixes levels
        #expect(approx(deposits.yearOverYearGrowth()[month("2015-02")], (123.0 / 101 - 1) * 100))
    }

    @Test func ignoresOtherSeriesAndKinds() {
        let other = DefinitionalBreak(id: "o", seriesIDs: ["m2"], from: month("2015-01"), kind: .definition, description: "")
        let vintage = DefinitionalBreak(id: "v", seriesIDs: ["deposits_balance"], from: month("2015-01"), kind: .vintage, description: "")
        let result = deposits.yearOverYearGrowth(breaks: [other, vintage])
        #expect(result.notes.isEmpty)
        #expect(approx(result.series[month("2015-01")], 22.0))
        // breaks attached to the series are used too
        var attached = deposits
        attached.breaks = [definitionBreak]
        #expect(attached.yearOverYearGrowth(breaks: []).series[month("2015-01")] == nil)
    }
}

@Suite struct CloseMatchTests {
    @Test func levenshtein() {
        #expect(CloseMatches.levenshtein("kitten", "sitting") == 3)
        #expect(CloseMatches.levenshtein("", "abc") == 3)
        #expect(CloseMatches.levenshtein("m2", "m2") == 0)
        #expect(CloseMatches.levenshtein("贷款", "存款") == 1)
    }

    @Test func suggestions() {
        let ids = ["m0", "m1", "m2", "m2_yoy", "loans_balance", "loans_yoy", "deposits_balance", "tsf_stock"]
        #expect(CloseMatches.suggestions(for: "m3", among: ids) == ["m0", "m1", "m2"])
        #expect(CloseMatches.suggestions(for: "loan_balance", among: ids) == ["loans_balance"])
        #expect(CloseMatches.suggestions(for: "M2_YOY", among: ids).first == "m2_yoy")
        #expect(CloseMatches.suggestions(for: "zzzzzzzzzz", among: ids).isEmpty)
        // A short prefix: the ids that start with it (shortest first) before those that only contain it.
        let loanIDs = ["corporate_loans_balance", "corporate_loans_increase", "household_loans_balance", "loans_balance",
                       "loans_increase", "loans_yoy", "tsf_fx_loans"]
        #expect(CloseMatches.suggestions(for: "loan", among: loanIDs) == ["loans_yoy", "loans_balance", "loans_increase"])
        #expect(CloseMatches.suggestions(for: "household_loan", among: loanIDs).first == "household_loans_balance")
        #expect(CloseMatches.didYouMean(["a", "b", "c"]) == "; did you mean 'a', 'b' or 'c'?")
        #expect(SeriesError.unknownSeries(id: "m3", suggestions: ["m2"]).description == "unknown series 'm3'; did you mean 'm2'?")
    }
}
