import CNFinARIMA
import CNFinSeries
import Foundation
import Testing

/// Every bad input gets a typed error, never a fit.
@Suite struct ARIMABadInputTests {
    let start = Month(year: 2010, month: 1) ?? Month(index: 24120)
    var y: [Double] {
        (0..<120).map { (i: Int) -> Double in
            let t = Double(i)
            let seasonal: Double = 10 * sin(t * Double.pi / 6)
            let noise = Double((i * 7919) % 13)
            return 100 + t + seasonal + noise
        }
    }

    @Test func ordersOutOfRange() {
        #expect(throws: ARIMAError.orderOutOfRange(name: "p", value: 7, allowed: "0…6")) { try ARIMAOrder(p: 7) }
        #expect(throws: ARIMAError.orderOutOfRange(name: "D", value: 2, allowed: "0…1")) { try ARIMAOrder(seasonalD: 2) }
        #expect(throws: ARIMAError.self) { try ARIMAOrder(q: -1) }
    }

    @Test func spanTooShort() {
        #expect(throws: ARIMAError.spanTooShort(count: 20, required: 27)) {
            try RegARIMAModel().fit(Array(y.prefix(20)), start: start)
        }
    }

    @Test func gapAndNonPositive() {
        var g = y
        g[30] = .nan
        #expect(throws: ARIMAError.gap(month: "2012-07")) { try RegARIMAModel().fit(g, start: start) }
        var z = y
        z[5] = 0
        #expect(throws: ARIMAError.nonPositiveForLog(month: "2010-06", value: 0)) {
            try RegARIMAModel(transform: .log).fit(z, start: start)
        }
    }

    /// A constant under d = D = 1 vanishes after differencing; two identical regressors are collinear.
    @Test func collinearRegressors() {
        #expect(throws: ARIMAError.collinearRegressors(names: ["const"])) {
            try RegARIMAModel(regressors: [ConstantRegressor()]).fit(y, start: start)
        }
        let a = UserRegressor(name: "a", start: start, values: (0..<120).map { Double($0 % 5) })
        let b = UserRegressor(name: "b", start: start, values: (0..<120).map { 2 * Double($0 % 5) })
        #expect(throws: ARIMAError.self) { try RegARIMAModel(regressors: [a, b]).fit(y, start: start) }
        #expect(throws: ARIMAError.duplicateRegressor(name: "a")) { try RegARIMAModel(regressors: [a, a]).fit(y, start: start) }
    }

    @Test func startingValuesAndConvergence() {
        #expect(throws: ARIMAError.invalidStartingValues(polynomial: "MA")) {
            try RegARIMAModel(startingValues: [1.2, 0.1]).fit(y, start: start)
        }
        // One iteration cannot converge: the error names the iterations and the gradient norm.
        do {
            _ = try RegARIMAModel(maxIterations: 1).fit(y, start: start)
            Issue.record("expected noConvergence")
        } catch {
            guard case let .noConvergence(iterations, gradientNorm) = error else { Issue.record("\(error)"); return }
            #expect(iterations == 1 && gradientNorm.isFinite && gradientNorm > 0)
        }
    }

    @Test func outlierParsingAndFutureRegressors() throws {
        #expect(throws: ARIMAError.self) { try OutlierRegressor(parsing: "XX2010-01") }
        #expect(throws: ARIMAError.self) { try OutlierRegressor(parsing: "LS2010-13") }
        #expect(throws: ARIMAError.self) { try OutlierRegressor(parsing: "RP2010-06-2010-01") }
        #expect(try OutlierRegressor(parsing: "ls2020-03").name == "LS2020-03")
        let u = UserRegressor(name: "u", start: start, values: (0..<120).map { Double($0 % 7) })
        let fit = try RegARIMAModel(regressors: [u]).fit(y, start: start)
        #expect(throws: ARIMAError.missingFutureRegressor(name: "u", month: "2020-01")) { try fit.forecast(horizon: 3) }
        #expect(throws: ARIMAError.self) { try fit.forecast(horizon: 0) }
        #expect(throws: ARIMAError.self) { try fit.forecast(horizon: 3, level: 1.5) }
    }

    /// The break rule: default span of the current definition; an explicit span across a
    /// definitional break is an error naming it; level shifts or nothing when asked.
    @Test func breakRule() throws {
        let b = DefinitionalBreak(id: "x_2015", seriesIDs: ["x"], from: try #require(Month(year: 2015, month: 1)), kind: .definition,
                                  description: "test")
        let vintage = DefinitionalBreak(id: "v", seriesIDs: ["x"], from: try #require(Month(year: 2013, month: 1)), kind: .vintage,
                                        description: "not a level break")
        let r = try BreakPolicy.currentDefinition.resolve(seriesID: "x", start: start, count: 120, breaks: [b, vintage], explicitSpan: false)
        #expect(r.start.description == "2015-01" && r.count == 60 && r.note != nil)
        #expect(throws: ARIMAError.breakInSpan(breakID: "x_2015", month: "2015-01", series: "x")) {
            try BreakPolicy.currentDefinition.resolve(seriesID: "x", start: start, count: 120, breaks: [b], explicitSpan: true)
        }
        let ls = try BreakPolicy.levelShifts.resolve(seriesID: "x", start: start, count: 120, breaks: [b], explicitSpan: true)
        #expect(ls.levelShifts.map(\.name) == ["LS2015-01"] && ls.count == 120)
        let ig = try BreakPolicy.ignore.resolve(seriesID: "x", start: start, count: 120, breaks: [b], explicitSpan: true)
        #expect(ig.levelShifts.isEmpty && ig.count == 120 && ig.note != nil)
        let none = try BreakPolicy.currentDefinition.resolve(seriesID: "y", start: start, count: 120, breaks: [b], explicitSpan: true)
        #expect(none.note == nil && none.count == 120)
        // The note is data, written in the reader's language: English names the break id and the span,
        // Chinese names the break by its month and no id.
        let note = try #require(r.breakNote)
        #expect(note.breaks == [BreakRuleNote.Break(id: "x_2015", month: try #require(Month(year: 2015, month: 1)))])
        #expect(note.text(in: .en).contains("x_2015 (2015-01)") && note.text(in: .en).contains("2015-01…"))
        let zh = note.text(in: .zh)
        #expect(zh.contains("2015年1月") && zh.contains("2015-01…") && !zh.contains("x_2015") && !zh.contains("x "))
        #expect(try #require(ig.breakNote).text(in: .zh).contains("视同无变更"))
    }
}
