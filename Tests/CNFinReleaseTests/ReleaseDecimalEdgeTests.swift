import Testing
@testable import CNFinRelease

/// Values far below the release precision (1e-9, 1e-300, the smallest subnormal) and scales
/// beyond 10¹⁸: the exact decimal arithmetic never forms a power of ten that `Int` cannot hold
/// (issue 13: a dataset value of 1e-300 trapped `cnfin summary` in the rounding). Expectations
/// are exact: the values are decimals rounded (half up) at 8 places, as documented.
@Suite struct ReleaseDecimalEdgeTests {
    @Test(arguments: [1e-9, -1e-9, 1e-20, 1e-300, -3e-300, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude])
    func valuesBelowTheScaleAreZero(_ x: Double) throws {
        let d = try #require(ReleaseDecimal(x))
        #expect(d.isZero)
        #expect(d.scale <= ReleaseDecimal.maximumScale)
        let big = try #require(ReleaseDecimal(2_820_504.68))
        #expect((big - d) == big && (big + d) == big)
        #expect(d.shifted(down: 4).rounded(places: 2, rule: .halfUp).isZero)
        #expect(ReleaseRounding.chineseAmount(ReleaseRounding.amount(big - d)) == ReleaseRounding.chineseAmount(ReleaseRounding.amount(big)))
    }

    @Test func tinyButRepresentableDigitsAreKept() throws {
        // Rounded at the 8th decimal, half up (merging with the rounding fix: digits beyond 8 places are binary noise).
        #expect(try #require(ReleaseDecimal(1.5e-8)).description == "0.00000002")
        #expect(try #require(ReleaseDecimal(1.4e-8)).description == "0.00000001")
        #expect(try #require(ReleaseDecimal(0.12345678)).description == "0.12345678")
    }

    @Test(arguments: [19, 40, 400, Int.max])
    func scalesBeyondIntPowersAreClamped(_ scale: Int) {
        let d = ReleaseDecimal(significand: 7, scale: scale)
        #expect(d.scale <= 18)
        _ = d.rounded(places: 2, rule: .halfEven)
        _ = d + ReleaseDecimal(significand: 1, scale: 0)
        #expect(ReleaseDecimal(parsing: "1e-99999999999999999999") == nil)
        #expect(ReleaseDecimal(parsing: "1e-401") == nil)
    }
}
