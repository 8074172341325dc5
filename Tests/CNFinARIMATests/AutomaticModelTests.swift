import CNFinARIMA
import CNFinSeries
import Foundation
import Testing

/// Automatic model identification against X-13ARIMA-SEATS build 62's `automdl{maxorder=(3 1)}`
/// (Fixtures/make_automdl_fixture.py) on the six reference series, same spans, transforms and
/// CNY regressors, without automatic outliers.
@Suite struct AutomaticModelTests {
    static func cases() throws -> [(name: String, model: RegARIMAModel, y: [Double], start: Month, x13: [String: Any])] {
        let auto = try Fixture.json("x13_automdl.json")["cases"] as? [[String: Any]] ?? []
        var out: [(String, RegARIMAModel, [Double], Month, [String: Any])] = []
        for c in try Fixture.x13Cases() {
            let name = c["series"] as? String ?? "?"
            guard let x = auto.first(where: { ($0["series"] as? String) == name }) else { continue }
            let form: ChineseNewYearRegressor.Form = (c["cny_form"] as? String) == "stock" ? .stock : .flow
            let model = RegARIMAModel(transform: (c["transform"] as? String) == "log" ? .log : .none,
                                      regressors: try ChineseNewYearRegressor.split(before: 5, after: 20, form: form))
            out.append((name, model, Fixture.doubles(c["values"]), try Fixture.month(c["start"]), x))
        }
        return out
    }

    static func order(_ x: Any?) -> String {
        let a = (x as? [String: Any]) ?? [:]
        let o = (a["order"] as? [Int]) ?? [], s = (a["seasonal_order"] as? [Int]) ?? []
        return "(\(o.map(String.init).joined(separator: ",")))(\(s.map(String.init).joined(separator: ",")))"
    }

    @Test(arguments: ["loans_increase", "tsf_increase", "household_deposits_increase", "m0", "m1", "m2"])
    func sameChoiceAsX13(series: String) throws {
        var compared = 0
        for c in try Self.cases() where c.name == series {
            let r = try AutomaticModelSelection().select(c.model, c.y, start: c.start)
            let x13 = Self.order(c.x13["automdl"])
            var log = ""
            print(c.name, r.fit.order.description, "X-13", x13, "d/D", r.regularDifference, r.seasonalDifference, "const", r.hasConstant, r.constantT,
                  "airline?", r.choseAirline, r.identified.order, r.identifiedLjungBoxP ?? -1, r.airlineLjungBoxP ?? -1, to: &log)
            for s in r.differencingSteps { print("  ", s.order, s.coefficients.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.4f", $0.value))" }, to: &log) }
            for k in r.candidates.sorted(by: { $0.bic < $1.bic }).prefix(5) { print("    ", k.order, k.normalizedBIC, to: &log) }
            FileHandle.standardError.write(Data(log.utf8))
            compared += 1
        }
        #expect(compared == 1)
    }
}
