import CNFinSeries
import Foundation
import Testing
@testable import CNFinARIMA

/// The outlier scan's fast path against its definition, on the bundled reference series.
///
/// - The sparse path (candidate statistics from one backward pass and the band of Σ⁻¹) equals the
///   direct one (each candidate column whitened by a filter pass) within 1e-9 relative in t, on
///   models with and without AR parts (the two compute the same inner products in a different
///   order: agreement to rounding, ~1e-13, is expected; 1e-9 leaves room for the condition of
///   the projection).
/// - The smoothed innovations `â` of an MA process have `‖â‖² = vᵀΣ⁻¹v` (the identity that makes
///   them the exact residuals), within 1e-10 relative.
@Suite struct OutlierScanTests {
    static func fits() throws -> [(RegARIMAFit, [Double])] {
        var out: [(RegARIMAFit, [Double])] = []
        for c in try Fixture.x13Cases().prefix(4) {
            let form: ChineseNewYearRegressor.Form = (c["cny_form"] as? String) == "stock" ? .stock : .flow
            let y = Fixture.doubles(c["values"])
            let start = try Fixture.month(c["start"])
            let transform: RegARIMAModel.Transform = (c["transform"] as? String) == "log" ? .log : .none
            var regs: [any RegressionVariable] = try ChineseNewYearRegressor.split(before: 5, after: 20, form: form)
            regs.append(OutlierRegressor(.additive, at: start.advanced(by: 40)))
            regs.append(OutlierRegressor(.levelShift, at: start.advanced(by: 90)))
            for order in [ARIMAOrder.airline, try ARIMAOrder(p: 1, d: 1, q: 0, seasonalP: 0, seasonalD: 1, seasonalQ: 1, period: 12),
                          try ARIMAOrder(p: 2, d: 1, q: 1, seasonalP: 1, seasonalD: 1, seasonalQ: 0, period: 12)] {
                let model = RegARIMAModel(order: order, transform: transform, regressors: regs, tolerance: 1e-6)
                let fit = try model.fit(y, start: start)
                out.append((fit, LagPolynomial.differencing(d: order.d, seasonalD: order.seasonalD, period: 12)))
            }
        }
        return out
    }

    @Test func sparsePathEqualsDirectPath() throws {
        var compared = 0
        for (fit, delta) in try Self.fits() {
            let names = Set(fit.regression.map(\.name))
            var fast = OutlierCandidateScan(types: [.additive, .levelShift, .temporaryChange])
            let a = try fast.statistics(fit: fit, delta: delta, n: fit.observations.count, start: fit.start, exclude: names)
            fast.sparse = false
            let b = try fast.statistics(fit: fit, delta: delta, n: fit.observations.count, start: fit.start, exclude: names)
            #expect(a.map(\.outlier.name) == b.map(\.outlier.name), "\(fit.order): candidate sets differ")
            var worst = 0.0
            for (x, y) in zip(a, b) { worst = max(worst, abs(x.t - y.t) / max(1, abs(y.t))) }
            #expect(worst <= 1e-9, "\(fit.order): sparse vs direct t differ by \(worst)")
            compared += a.count
        }
        #expect(compared > 5000)
    }

    @Test func smoothedInnovationsHaveTheExactNorm() throws {
        for (fit, delta) in try Self.fits() {
            let c = fit.coefficients
            let ma = ARMACoefficients(ma: c.ma, seasonalMA: c.seasonalMA, period: 12)
            let v = LagPolynomial.apply(delta, to: fit.transformed)
            let alg = try InnovationsAlgorithm(process: ARMAProcess(ma), count: v.count)
            let a = alg.smoothedInnovations(v)
            #expect(a.count == v.count + ARMAProcess(ma).q)
            let e = alg.standardizedInnovations(v)
            let quad = e.reduce(0) { $0 + $1 * $1 }
            let norm = a.reduce(0) { $0 + $1 * $1 }
            #expect(abs(norm - quad) <= 1e-10 * quad, "\(fit.order): ‖â‖² \(norm) vs vᵀΣ⁻¹v \(quad)")
        }
    }
}
