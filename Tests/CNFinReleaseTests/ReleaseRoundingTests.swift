import Testing
@testable import CNFinRelease

/// The rounding rules at their edges. All values are exact decimals, so the
/// expectations are exact strings (no tolerance).
@Suite struct ReleaseRoundingTests {
    func zh(_ yi: Double) -> String {
        ReleaseDecimal(yi).map { ReleaseRounding.chineseAmount(ReleaseRounding.amount($0)) } ?? "invalid"
    }
    func en(_ yi: Double) -> String {
        ReleaseDecimal(yi).map { ReleaseRounding.englishAmount(ReleaseRounding.amount($0)) } ?? "invalid"
    }
    func d(_ x: Double) -> ReleaseDecimal { ReleaseDecimal(x) ?? ReleaseDecimal(significand: -999_999, scale: 0) }

    @Test func mayTwentyTwentyThreeAmounts() {
        #expect(zh(13627.94) == "1.36万亿元")
        #expect(zh(2820504.68) == "282.05万亿元")
        #expect(zh(-5417.62) == "5418亿元")
        #expect(zh(3672.1) == "3672亿元")
        #expect(en(13627.94) == "RMB1.36 trillion")
        #expect(en(-5418) == "RMB541.8 billion")
        #expect(en(3312) == "RMB331.2 billion")
    }

    @Test func wanYiBoundary() {
        // Decided on the amount rounded to whole 亿元: "10000亿元" never appears.
        #expect(zh(9999.4) == "9999亿元")
        #expect(zh(9999.5) == "1万亿元")
        #expect(zh(9999.6) == "1万亿元")
        #expect(zh(10000) == "1万亿元")
        #expect(zh(-9999.6) == "1万亿元")
        #expect(en(9999.4) == "RMB999.9 billion")
        #expect(en(9999.6) == "RMB1 trillion")
        #expect(zh(10049.99) == "1万亿元")
        #expect(zh(10050) == "1.01万亿元")
    }

    @Test func trailingZerosDropped() {
        #expect(zh(3048000) == "304.8万亿元")
        #expect(zh(62000) == "6.2万亿元")
        #expect(en(671000) == "RMB67.1 trillion")
        #expect(en(90) == "RMB9.0 billion")   // billions keep their one decimal
        #expect(ReleaseRounding.rateText(d(11.0)) == "11")
        #expect(ReleaseRounding.rateText(d(-1.4)) == "1.4")
    }

    @Test func tiesHalfUpVersusHalfEven() {
        #expect(d(0.25).rounded(places: 1, rule: .halfUp).description == "0.3")
        #expect(d(0.25).rounded(places: 1, rule: .halfEven).description == "0.2")
        #expect(d(-0.25).rounded(places: 1, rule: .halfUp).description == "-0.3")
        #expect(d(0.35).rounded(places: 1, rule: .halfEven).description == "0.4")
        // 0.35 is 0.34999999999999997779… in binary; the exact decimal is a tie.
        #expect(d(0.35).rounded(places: 1, rule: .halfUp).description == "0.4")
        // 万亿 ties: 13650亿 = 1.365万亿.
        #expect(ReleaseRounding.amount(d(13650), rule: .halfUp) == .wanYi(ReleaseDecimal(significand: 137, scale: 2)))
        #expect(ReleaseRounding.amount(d(13650), rule: .halfEven) == .wanYi(ReleaseDecimal(significand: 136, scale: 2)))
        #expect(ReleaseRounding.rule == .halfUp)
    }

    @Test func exactDifferences() {
        #expect((d(11.4) - d(11.0)).description == "0.4")
        #expect((d(11.6) - d(12.4)).trimmedDescription == "-0.8")
        #expect((d(0.1) + d(0.2)).trimmedDescription == "0.3")
    }

    @Test func decimalParsing() {
        #expect(ReleaseDecimal(1e-05)?.trimmedDescription == "0.00001")
        // Digits beyond the 8th decimal are binary noise: rounded away, not truncated.
        #expect(ReleaseDecimal(-0.7999999999999999)?.trimmedDescription == "-0.8")
        #expect(ReleaseDecimal(11.599999999999998)?.trimmedDescription == "11.6")
        #expect(ReleaseDecimal(2820504.6799999997)?.trimmedDescription == "2820504.68")
        #expect(ReleaseDecimal(-0.0)?.trimmedDescription == "0")
        #expect(ReleaseDecimal(.nan) == nil)
        #expect(ReleaseDecimal(.infinity) == nil)
        #expect(ReleaseDecimal(1e12) == nil)
        #expect(ReleaseDecimal(2820504.68)?.description == "2820504.68")
    }
}
