import CNFinTestSupport
import Testing

/// The golden comparison's rule (`printedPrecisionDifference`): equal text, numbers within one unit of the
/// last printed digit, nothing looser.
struct GoldenComparisonTests {
    @Test func aFlipOfTheLastPrintedDigitIsEqualAtPrintedPrecision() {
        #expect(printedPrecisionDifference("2016-05  1461695.110  1448322.630   13372.480",
                                           "2016-05  1461695.110  1448322.629   13372.481") == nil)
        #expect(printedPrecisionDifference("| const | -7009169.2 | 44651.928 |", "| const | -7009169.2 | 44651.929 |") == nil)
        #expect(printedPrecisionDifference("x = 1.2345e-05", "x = 1.2346e-05") == nil)
        #expect(printedPrecisionDifference("增加16,100亿元", "增加16,101亿元") == nil)
    }

    @Test func aCarryThatWidensANumberMayShiftThePadding() {
        #expect(printedPrecisionDifference("a   9.99 |", "a  10.00 |") == nil)
    }

    @Test func moreThanOneUnitIsADifference() {
        #expect(printedPrecisionDifference("1448322.631", "1448322.629") != nil)
        #expect(printedPrecisionDifference("x = 1.2345e-05", "x = 1.2345e-04") != nil)
        #expect(printedPrecisionDifference("0.5", "-0.5") != nil)
    }

    @Test func aDifferentPrintedPrecisionIsADifference() {
        #expect(printedPrecisionDifference("1448322.63", "1448322.630") != nil)
        #expect(printedPrecisionDifference("8", "8.0") != nil)
    }

    @Test func datesIdentifiersAndTextAreExact() {
        #expect(printedPrecisionDifference("2016-05  1.0", "2016-06  1.0") != nil)
        #expect(printedPrecisionDifference("2015-01…2023-12", "2015-01…2023-11") != nil)
        #expect(printedPrecisionDifference("2026年6月", "2027年6月") != nil)
        #expect(printedPrecisionDifference("filter 3x3", "filter 4x3") != nil)
        #expect(printedPrecisionDifference("M2 余额", "M1 余额") != nil)
        #expect(printedPrecisionDifference("trend 1.0", "cycle 1.0") != nil)
        #expect(printedPrecisionDifference("a 1.0", "a 1.0 b") != nil)
    }
}
