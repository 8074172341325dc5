import CNFinARIMA
import CNFinSeries
import Foundation
import Testing

/// Automatic model identification against X-13ARIMA-SEATS build 62's `automdl{maxorder=(3 1)}`
/// (Fixtures/make_automdl_fixture.py, fixture x13_automdl.json) on the six reference series:
/// same spans, transforms and CNY regressors, no automatic outliers (the `automdl` run of the
/// fixture). The comparison is of the chosen orders — exact, no tolerance — and of the trend
/// constant (X-13's "Mean is significant"). Where the choice differs, the reason is stated (and
/// worked out in the AutomaticModelChoice article): X-13 ranks candidates by the BIC of
/// Hannan–Rissanen estimates, cnfin by exact maximum likelihood.
@Suite struct AutomaticModelTests {
    struct Case {
        let name: String
        let model: RegARIMAModel
        let y: [Double]
        let start: Month
        let x13: [String: Any]
    }

    static func cases() throws -> [Case] {
        let auto = try Fixture.json("x13_automdl.json")["cases"] as? [[String: Any]] ?? []
        var out: [Case] = []
        for c in try Fixture.x13Cases() {
            let name = c["series"] as? String ?? "?"
            guard let x = auto.first(where: { ($0["series"] as? String) == name })?["automdl"] as? [String: Any] else { continue }
            let form: ChineseNewYearRegressor.Form = (c["cny_form"] as? String) == "stock" ? .stock : .flow
            let model = RegARIMAModel(transform: (c["transform"] as? String) == "log" ? .log : .none,
                                      regressors: try ChineseNewYearRegressor.split(before: 5, after: 20, form: form))
            out.append(Case(name: name, model: model, y: Fixture.doubles(c["values"]), start: try Fixture.month(c["start"]), x13: x))
        }
        return out
    }

    /// `(p,d,q)(P,D,Q)` as ARIMAOrder prints it.
    static func order(_ x: [String: Any]) -> String {
        let o = (x["order"] as? [Int]) ?? [], s = (x["seasonal_order"] as? [Int]) ?? []
        return "(\(o.map(String.init).joined(separator: ",")))(\(s.map(String.init).joined(separator: ",")))"
    }

    /// Where cnfin's choice is not X-13's, and why (measured on these spans; BIC/N is X-13's
    /// normalised BIC of the exact likelihood, which X-13's own fixed-model runs reproduce).
    static let knownDifferences: [String: String] = [
        "household_deposits_increase":
            "differencing: the exact-ML (1,0,1)(1,0,1) unit-root fit has φ = 0.924, θ = 0.824, |φ − θ| = 0.100 just above the "
            + "cancellation limit 0.1, so d = 1 is added; X-13's Hannan–Rissanen estimate is φ = 0.035 (d = 0). cnfin: (3,1,0)(0,1,1)",
        "m0": "ranking: exact ML gives (0,1,1)(1,1,1) BIC/N 17.4486 < (0,1,2)(1,1,1) 17.4503; X-13 ranks by Hannan–Rissanen BIC "
            + "(its own exact fit of (0,1,1)(1,1,1) stops at a lower local maximum, 17.4547)",
        "m2": "ranking: exact ML gives (0,1,0)(1,1,1)+const BIC/N 20.0164 < (0,1,0)(0,1,1)+const 20.0181 (X-13's own exact fits "
            + "give the same two values); X-13 ranks by Hannan–Rissanen BIC",
    ]

    @Test(arguments: ["loans_increase", "tsf_increase", "household_deposits_increase", "m0", "m1", "m2"])
    func sameChoiceAsX13(series: String) throws {
        let c = try #require(try Self.cases().first { $0.name == series })
        let r = try AutomaticModelSelection().select(c.model, c.y, start: c.start)
        let ours = r.fit.order.description, x13 = Self.order(c.x13)
        if let why = Self.knownDifferences[series] {
            withKnownIssue(Comment(rawValue: why)) { #expect(ours == x13) }
        } else {
            #expect(ours == x13)
        }
        // The trend constant: kept exactly where X-13 finds the mean significant.
        #expect(r.hasConstant == (c.x13["mean_significant"] as? Bool), "constant |t| \(r.constantT)")
        // The fit returned is the chosen model at the input's tolerance, with the candidates listed.
        #expect(r.candidates.count >= 16)
        #expect(r.fit.model.tolerance == c.model.tolerance)
    }
}
