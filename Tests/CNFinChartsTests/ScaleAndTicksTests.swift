import Testing
@testable import CNFinCharts

@Suite struct ScaleAndTicksTests {
    @Test func niceStepsAreOneTwoFive() {
        let cases: [(Double, Double)] = [(0, 1), (-3.2, 17.9), (8.1, 12.4), (0, 18_900), (-400, 18_900), (0.01, 0.07), (5, 5), (-7, -2)]
        for (lo, hi) in cases {
            for target in 3...8 {
                let s = NiceScale(minimum: lo, maximum: hi, targetIntervals: target)
                #expect(s.lower <= lo && s.upper >= hi, "\(lo)…\(hi)")
                let mantissa = s.step / pow10(Int((s.step).log10Floor))
                #expect([1, 2, 5].contains { abs(mantissa - Double($0)) < 1e-9 }, "step \(s.step)")
                #expect(s.ticks.count >= 2 && s.ticks.count <= 2 * target + 3)
            }
        }
        let s = NiceScale(minimum: 8.1, maximum: 12.4, targetIntervals: 5)
        #expect(s.ticks == [8, 9, 10, 11, 12, 13])
        #expect(NiceScale(minimum: 0, maximum: 18_900, targetIntervals: 5).label(20_000) == "20,000")
        #expect(NiceScale(minimum: 0.01, maximum: 0.07, targetIntervals: 4).label(0.02) == "0.02")
    }

    @Test func monthTicksAreYearsForLongSpansAndQuartersForShort() {
        let long = MonthAxisTicks(firstIndex: 2019 * 12 + 5, count: 60, width: 640, fontSize: 11)
        #expect(long.stepMonths == 12)
        #expect(long.ticks.map(\.label) == ["2020", "2021", "2022", "2023", "2024"])
        let short = MonthAxisTicks(firstIndex: 2022 * 12 + 4, count: 13, width: 640, fontSize: 11)
        #expect(short.stepMonths == 3)
        #expect(short.ticks.first?.label == "2022-07")
        // A narrow axis thins labels so they never overlap.
        let narrow = MonthAxisTicks(firstIndex: 2000 * 12, count: 300, width: 300, fontSize: 11)
        let slot = 300.0 / 300
        #expect(Double(narrow.stepMonths) * slot >= TextMetrics.width("2000", fontSize: 11) + 10)
    }

    @Test func textWidthsAndWrapping() {
        #expect(TextMetrics.width("贷款", fontSize: 10) == 20)
        #expect(abs(TextMetrics.width("ab", fontSize: 10) - 11) < 1e-12)
        let lines = TextMetrics.wrap("Source: People's Bank of China, monthly financial statistics report", maxWidth: 120, fontSize: 10)
        #expect(lines.count > 1)
        for l in lines { #expect(TextMetrics.width(l, fontSize: 10) <= 120 || !l.contains(" ")) }
        let zh = TextMetrics.wrap("来源：中国人民银行金融统计数据报告和社会融资规模统计数据报告", maxWidth: 100, fontSize: 10)
        for l in zh { #expect(TextMetrics.width(l, fontSize: 10) <= 100) }
    }

    @Test func numbersAreFixedAndLocaleFree() {
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(3) == "3")
        #expect(SVGNumber.format(1.005, decimals: 1) == "1")
        #expect(SVGNumber.fixed(1_234_567.891, decimals: 1, grouping: true) == "1,234,567.9")
        #expect(SVGNumber.fixed(-2.5, decimals: 2) == "-2.50")
    }
}

private func pow10(_ k: Int) -> Double {
    var r = 1.0
    if k >= 0 { for _ in 0..<k { r *= 10 } } else { for _ in 0..<(-k) { r /= 10 } }
    return r
}

private extension Double {
    var log10Floor: Double {
        var k = 0.0, x = self
        while x >= 10 { x /= 10; k += 1 }
        while x < 1 { x *= 10; k -= 1 }
        return k
    }
}
