import Testing
@testable import CNFinSupport

/// Moved from CNFinOutputTests (OutputFormatTests, NumberFormatTests) with ``NumberText`` (CNFinOutput → CNFinSupport).
@Suite struct NumberTextTests {
    /// Half-way cases round away from zero whichever side the binary value lies, so the text never
    /// depends on the last bits (2.675 is stored below the half-way point, 124053.25 exactly on it).
    @Test func fixedRoundsHalfWayCasesOnTheDecimalValue() {
        for x in [124053.25, 124053.25.nextUp, 124053.25.nextDown] { #expect(NumberText.fixed(x, digits: 1) == "124053.3") }
        for x in [-0.125, (-0.125).nextUp, (-0.125).nextDown] { #expect(NumberText.fixed(x, digits: 2) == "-0.13") }
        #expect(NumberText.fixed(2.675, digits: 2) == "2.68")
        #expect(NumberText.fixed(0.1 + 0.2, digits: 1) == "0.3")
        #expect(NumberText.fixed(11.3789, digits: 1) == "11.4")
        #expect(NumberText.fixed(-0.04, digits: 1) == "-0.0")
        #expect(NumberText.fixed(1e12 + 0.25, digits: 2) == "1000000000000.25")   // beyond the grid: printed as it is
        #expect(NumberText.fixed(.nan, digits: 1) == "NaN")
    }

    @Test func shortestNumbers() {
        #expect(NumberText.shortest(2820504.68) == "2820504.68")
        #expect(NumberText.shortest(15560) == "15560")
        #expect(NumberText.shortest(4.7) == "4.7")
        #expect(NumberText.shortest(-0.5) == "-0.5")
        #expect(NumberText.fixed(11.36, digits: 1) == "11.4")
    }

    @Test func thousandsSeparators() {
        #expect(NumberText.grouped("2820504.68") == "2,820,504.68")
        #expect(NumberText.grouped("-13600") == "-13,600")
        #expect(NumberText.grouped("999.5") == "999.5")
        #expect(NumberText.grouped("1000") == "1,000")
        #expect(NumberText.grouped("100") == "100")
        #expect(NumberText.grouped("-1234567") == "-1,234,567")
        #expect(NumberText.grouped("NaN") == "NaN")  // not a plain decimal: unchanged
    }

    /// Half-way cases at several decimals, both signs, and the binary neighbours of each: the decimal value
    /// decides (the PBoC rounds half up in magnitude), never the last bit.
    @Test func fixedHalfWayCasesAtEveryPrecision() {
        let cases: [(Double, Int, String)] = [
            (0.5, 0, "1"), (1.5, 0, "2"), (2.5, 0, "3"), (-2.5, 0, "-3"),
            (0.05, 1, "0.1"), (0.15, 1, "0.2"), (0.25, 1, "0.3"), (0.35, 1, "0.4"), (-0.35, 1, "-0.4"),
            (1.005, 2, "1.01"), (1.015, 2, "1.02"), (-1.005, 2, "-1.01"), (13627.945, 2, "13627.95"),
            (0.0005, 3, "0.001"), (11.35, 1, "11.4"), (11.45, 1, "11.5"),
        ]
        for (x, d, text) in cases {
            for y in [x, x.nextUp, x.nextDown] {
                #expect(NumberText.fixed(y, digits: d) == text, "\(y) to \(d) decimals")
            }
        }
        // Not a half-way case: ordinary rounding either side.
        #expect(NumberText.fixed(0.149, digits: 1) == "0.1")
        #expect(NumberText.fixed(0.151, digits: 1) == "0.2")
        #expect(NumberText.fixed(8, digits: 1) == "8.0")
    }

    /// Shortest round trip: the text reads back to the same double, for integers, fractions,
    /// extremes and subnormals.
    @Test func shortestRoundTrips() {
        let values: [Double] = [0, -0.0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2820504.68, 123456789.125, 1e-7, .leastNonzeroMagnitude,
                                .leastNormalMagnitude, .greatestFiniteMagnitude, 9_007_199_254_740_991, 9_007_199_254_740_992, 9_999_999_999_999_998, 1e16, 1e300]
        for x in values {
            let text = NumberText.shortest(x)
            #expect(Double(text) == x, "\(text)")
            #expect(text.hasSuffix(".0") == false, "\(text)")
        }
        #expect(NumberText.shortest(-0.0) == "0")
        #expect(NumberText.shortest(9_007_199_254_740_991) == "9007199254740991")
        #expect(NumberText.shortest(9_007_199_254_740_992) == "9007199254740992")
        #expect(NumberText.shortest(1e16) == "1e+16")
        #expect(NumberText.shortest(0.3) == "0.3")
        #expect(NumberText.shortest(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberText.shortest(.infinity) == "inf")
        #expect(NumberText.shortest(-.infinity) == "-inf")
        #expect(NumberText.shortest(.nan) == "NaN")
    }

    @Test func zeroSignAndFractionZeros() {
        #expect(NumberText.droppingNegativeZeroSign("-0.00") == "0.00")
        #expect(NumberText.droppingNegativeZeroSign("-0") == "0")
        #expect(NumberText.droppingNegativeZeroSign("-0.01") == "-0.01")
        #expect(NumberText.trimmingFractionZeros("11.50") == "11.5")
        #expect(NumberText.trimmingFractionZeros("11.0") == "11")
        #expect(NumberText.trimmingFractionZeros("-0.0") == "0")
        #expect(NumberText.trimmingFractionZeros("1300") == "1300")
    }

    @Test func significantDigits() {
        #expect(NumberText.significant(0.99546, digits: 4) == "0.9955")
        #expect(NumberText.significant(123456, digits: 3) == "1.23e+05")
        #expect(NumberText.significant(.nan, digits: 4) == "nan")
    }
}
