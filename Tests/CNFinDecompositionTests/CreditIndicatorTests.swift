import CNFinSeries
import Testing
@testable import CNFinDecomposition

@Suite struct CreditIndicatorTests {
    /// New TSF of 100 a month in 2021–2022 and 150 a month in 2023; stock 10000 in 2022-12.
    /// Credit impulse 2023-12 = 100·(12·150 − 12·100)/10000 = 6; in 2023-06 = 100·(6·50)/stock(2022-06).
    @Test func handComputed() throws {
        var flows: [String: Double] = [:], stock: [String: Double] = [:]
        for year in 2021...2023 {
            for m in 1...12 {
                let key = "\(year)-" + (m < 10 ? "0\(m)" : "\(m)")
                flows[key] = year == 2023 ? 150 : 100
                stock[key] = 10000 + Double((year - 2022) * 12 + m - 12) * 100
            }
        }
        let panel = try TestSupport.panel([
            "tsf_increase": flows, "tsf_stock": stock,
            "m1_yoy": ["2023-05": 4.7], "m2_yoy": ["2023-05": 11.6],
            "household_mlt_loans_increase": ["2023-05": 1684], "loans_increase": ["2023-05": 13600],
            "bill_financing_balance": ["2023-05": 119987.56], "corporate_loans_balance": ["2023-05": 1456000],
        ])
        let dec = try TestSupport.month("2023-12"), jun = try TestSupport.month("2023-06"), may = try TestSupport.month("2023-05")
        // Exact small-integer arithmetic: 1e-12 is one rounding of the final division.
        #expect(close(CreditIndicator.creditImpulse.value(at: dec, in: panel), 6, 1e-12))
        #expect(close(CreditIndicator.creditImpulse.value(at: jun, in: panel), 100 * 300 / stock["2022-06", default: .nan], 1e-12))
        #expect(CreditIndicator.creditImpulse.value(at: try TestSupport.month("2022-06"), in: panel) == nil)  // needs 24 months
        #expect(close(CreditIndicator.m1M2Gap.value(at: may, in: panel), 4.7 - 11.6, 1e-12))
        #expect(close(CreditIndicator.householdMLTShareOfNewLoans.value(at: may, in: panel), 100 * 1684 / 13600, 1e-12))
        #expect(close(CreditIndicator.billFinancingShareOfCorporateLoans.value(at: may, in: panel), 100 * 119987.56 / 1456000, 1e-12))
        #expect(CreditIndicator.tsfMinusLoanGrowth.value(at: may, in: panel) == nil)
        let series = CreditIndicator.m1M2Gap.series(over: may...jun, in: panel)
        #expect(series.values.count == 2 && series.values[1] == nil)
    }
}
