import Foundation
import Testing
@testable import CNFinSeries

func month(_ text: String) -> Month {
    Month(text) ?? Month(index: 0)
}

@Suite struct MonthTests {
    @Test func parsesThreeForms() throws {
        #expect(try Month.parse("2023-05") == Month(year: 2023, month: 5))
        #expect(try Month.parse("2023-05-31") == Month(year: 2023, month: 5))
        #expect(try Month.parse("202305") == Month(year: 2023, month: 5))
        #expect(try Month.parse(" 2023-12 ") == Month(year: 2023, month: 12))
        #expect(try Month.parse("2024-02-29") == Month(year: 2024, month: 2))
    }

    @Test(arguments: ["2023-13", "2023-00", "2023-5", "23-05", "2023/05", "2023-02-29", "2023-04-31", "2023-05-00",
                      "20235", "abcd-ef", "", "0999-01", "2023-05-01-01", "２０２３-05"])
    func rejects(_ text: String) {
        #expect(throws: MonthParseError.self) { try Month.parse(text) }
        #expect(Month(text) == nil)
    }

    @Test func prints() {
        #expect(month("2023-05").description == "2023-05")
        #expect(month("1999-12").description == "1999-12")
    }

    @Test func arithmetic() {
        let may = month("2023-05")
        #expect(may.advanced(by: 8) == month("2024-01"))
        #expect(may.advanced(by: -5) == month("2022-12"))
        #expect(may.advanced(by: -17) == month("2021-12"))
        #expect(may.advanced(by: 0) == may)
        #expect(month("2022-12").distance(to: month("2023-01")) == 1)
        #expect(month("2024-01").distance(to: month("2023-01")) == -12)
        #expect(Array(stride(from: month("2023-11"), through: month("2024-02"), by: 1)).map(\.description)
            == ["2023-11", "2023-12", "2024-01", "2024-02"])
        #expect(month("2023-01") < month("2023-02"))
        #expect(month("2022-12") < month("2023-01"))
        #expect(month("2024-02").numberOfDays == 29)
        #expect(month("1900-02").numberOfDays == 28)
        #expect(month("2000-02").numberOfDays == 29)
        #expect(month("2023-07").january == month("2023-01"))
    }

    /// Found by Fuzz/FuzzMonth (Fuzz/crashes/FuzzMonth/advanced-by-int-max): `index + n` trapped on overflow.
    /// Offsets near `Int.max` never trap (a fuzz finding); arithmetic is exact for offsets and
    /// indices within ±`Month.maximumOffset`; larger ones saturate there.
    @Test func advancedByExtremeOffsetsNeverTraps() {
        let may = month("2023-05")
        #expect(may.advanced(by: .max) == Month(index: Month.maximumOffset))
        #expect(may.advanced(by: .min) == Month(index: may.index - Month.maximumOffset))  // the offset saturates
        #expect(Month(index: .max).advanced(by: .max - 1) == Month(index: Month.maximumOffset))
        #expect(Month(index: .min).advanced(by: .min + 1) == Month(index: -Month.maximumOffset))
        #expect(month("9999-12").advanced(by: 1) > month("9999-12"))
    }

    @Test func codableAsString() throws {
        let data = try JSONEncoder().encode([month("2023-05")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2023-05"]"#)
        #expect(try JSONDecoder().decode([Month].self, from: Data(#"["2023-05-10","202306"]"#.utf8))
            == [month("2023-05"), month("2023-06")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Month].self, from: Data(#"["2023-13"]"#.utf8)) }
    }
}

@Suite struct MonthlySeriesTests {
    let s = MonthlySeries(id: "x", start: month("2023-01"), values: [nil, 1, 2, nil, 4, nil])

    @Test func accessors() {
        #expect(s.end == month("2023-06"))
        #expect(s[month("2023-02")] == 1)
        #expect(s[month("2023-04")] == nil)
        #expect(s[month("2022-12")] == nil)
        #expect(s[month("2030-01")] == nil)
        #expect(s.months.count == 6)
        #expect(s.observations.map(\.month) == [month("2023-02"), month("2023-03"), month("2023-05")])
    }

    @Test func trimAndSlice() {
        let t = s.trimmed()
        #expect(t.start == month("2023-02"))
        #expect(t.values == [1, 2, nil, 4])
        let sl = s.sliced(from: month("2023-03"), to: month("2024-01"))
        #expect(sl.start == month("2023-03"))
        #expect(sl.values == [2, nil, 4, nil])
        #expect(s.sliced(from: month("2025-01")).isEmpty)
        #expect(MonthlySeries(id: "e", start: month("2023-01"), values: [nil, nil]).trimmed().isEmpty)
    }

    @Test func subscriptSetterExtends() {
        var t = s
        t[month("2022-11")] = 9
        t[month("2023-08")] = 8
        #expect(t.start == month("2022-11"))
        #expect(t.values == [9, nil, nil, 1, 2, nil, 4, nil, nil, 8])
    }

    @Test func fromObservations() {
        let t = MonthlySeries(id: "o", observations: [(month("2023-03"), 3), (month("2023-01"), 1)])
        #expect(t.start == month("2023-01"))
        #expect(t.values == [1, nil, 3])
    }

    @Test func alignment() {
        let a = MonthlySeries(id: "a", start: month("2023-01"), values: [1, 2])
        let b = MonthlySeries(id: "b", start: month("2023-02"), values: [20, 30])
        let frame = align([a, b])
        #expect(frame.months == [month("2023-01"), month("2023-02"), month("2023-03")])
        #expect(frame.values == [[1, nil], [2, 20], [nil, 30]])
        #expect(frame.column("b") == [nil, 20, 30])
        #expect(frame.column("c") == nil)
        #expect(frame.completeRows.map(\.month) == [month("2023-02")])
        #expect(align([]).months.isEmpty)
    }
}

/// Month arithmetic at the edges of the parsed range (9999-12, 1000-01) and with extreme
/// offsets: it must stay exact (a loop `while m <= last { m = m.advanced(by: 1) }` ending at
/// 9999-12 terminates; a lag never aliases another month) and never overflow.
@Suite struct MonthEdgeArithmeticTests {
    @Test func advancesPastTheLastParsedMonth() {
        let last = month("9999-12")
        #expect(last.advanced(by: 1) > last)
        #expect(last.advanced(by: 1).distance(to: last) == -1)
        #expect(month("1000-01").advanced(by: -1) < month("1000-01"))
        #expect(month("1000-01").advanced(by: -12).distance(to: month("1000-01")) == 12)
        // The month after 9999-12 is no month that parsing produces, so it matches no data.
        #expect(Month(last.advanced(by: 1).description) == nil)
    }

    @Test func loopToTheLastMonthTerminates() {
        var m = month("9999-10"), count = 0
        while m <= month("9999-12"), count < 100 {
            m = m.advanced(by: 1)
            count += 1
        }
        #expect(count == 3)
        #expect(Array(month("9999-11")...month("9999-12")).count == 2)
    }

    @Test(arguments: [Int.max, Int.min, Int.max / 2, Int.min / 2, 1 << 60])
    func extremeOffsetsDoNotOverflow(_ n: Int) {
        let m = month("2023-05").advanced(by: n)
        #expect(abs(m.index) <= Month.maximumOffset)
        #expect((1...12).contains(m.month))
        // The distance back is finite and has the right sign.
        #expect(n > 0 ? m.distance(to: month("2023-05")) < 0 : m.distance(to: month("2023-05")) > 0)
        #expect((1...12).contains(Month(index: n).month))
    }

    @Test func negativeIndicesUseFloorDivision() {
        #expect(Month(index: -1).year == -1)
        #expect(Month(index: -1).month == 12)
        #expect(Month(index: -12).month == 1)
        #expect(Month(index: -13).year == -2)
    }
}
