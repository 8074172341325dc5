@testable import CNFinARIMA
import CNFinLinearAlgebra
import CNFinSeries
import Foundation
import Testing

/// The innovations-algorithm likelihood and its building blocks against closed forms and a
/// dense Cholesky evaluation of the Gaussian likelihood.
@Suite struct LikelihoodTests {
    /// `(1−B)(1−B^12) = 1 − B − B^12 + B^13`; Schur–Cohn stability of `1 − φz`.
    @Test func polynomials() {
        let d = LagPolynomial.differencing(d: 1, seasonalD: 1, period: 12)
        #expect(d.count == 14 && d[0] == 1 && d[1] == -1 && d[12] == -1 && d[13] == 1)
        #expect(d[2...11].allSatisfy { $0 == 0 })
        #expect(LagPolynomial.isStable([0.9]) && !LagPolynomial.isStable([1.0]) && !LagPolynomial.isStable([-1.2]))
        // 1 − 1.5z + 0.56z² = (1 − 0.7z)(1 − 0.8z): stable; 1 − 2.5z + z² = (1 − 2z)(1 − 0.5z): not.
        #expect(LagPolynomial.isStable([1.5, -0.56]) && !LagPolynomial.isStable([2.5, -1]))
    }

    /// ARMA(1,1) autocovariances (Brockwell–Davis sign, σ² = 1): γ₀ = (1 + 2φθ + θ²)/(1 − φ²),
    /// γ₁ = (1 + φθ)(φ + θ)/(1 − φ²), γ_k = φγ_{k−1}; to 1e-13 relative.
    @Test func armaAutocovariances() throws {
        let phi = 0.6, theta = 0.3   // X-13 sign: ma = −0.3
        let g = try ARMAProcess(ARMACoefficients(ar: [phi], ma: [-theta])).autocovariances(maxLag: 4)
        let g0 = (1 + 2 * phi * theta + theta * theta) / (1 - phi * phi)
        let g1 = (1 + phi * theta) * (phi + theta) / (1 - phi * phi)
        #expect(abs(g[0] / g0 - 1) < 1e-13 && abs(g[1] / g1 - 1) < 1e-13)
        for k in 2...4 { #expect(abs(g[k] / (phi * g[k - 1]) - 1) < 1e-13) }
    }

    /// The concentrated log-likelihood of an ARMA(1,1) and of a seasonal ARMA(1,0)(0,1)_12 equal
    /// the dense evaluation `−(n/2)(log 2π + 1 + log(xᵀΣ⁻¹x/n)) − ½ log det Σ` with Σ the Toeplitz
    /// matrix of closed-form / ψ-weight autocovariances, by Cholesky: 1e-9 absolute.
    @Test func likelihoodEqualsDenseCholesky() throws {
        var state: UInt64 = 12345
        func normal() -> Double {   // Box–Muller on a fixed LCG: reproducible data
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u1 = Double(state >> 11) / Double(1 << 53) + 1e-12
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let u2 = Double(state >> 11) / Double(1 << 53)
            return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        }
        let n = 60
        let x = (0..<n).map { _ in normal() }
        let models: [(ARIMAOrder, [Double])] = [
            (try ARIMAOrder(p: 1, d: 0, q: 1, seasonalP: 0, seasonalD: 0, seasonalQ: 0), [0.6, -0.3]),
            (try ARIMAOrder(p: 1, d: 0, q: 0, seasonalP: 0, seasonalD: 0, seasonalQ: 1), [-0.4, 0.7]),
        ]
        for (order, v) in models {
            let c = ARMACoefficients(vector: v, order: order)
            // Autocovariances from ψ-weights summed to convergence (independent of the p+1 system).
            let proc = ARMAProcess(c)
            let psi = proc.psi(upTo: 4000)
            var gamma = [Double](repeating: 0, count: n)
            for k in 0..<n { for j in 0..<(psi.count - k) { gamma[k] += psi[j] * psi[j + k] } }
            var sigma = Matrix(rows: n, columns: n)
            for i in 0..<n { for j in 0..<n { sigma[i, j] = gamma[abs(i - j)] } }
            let chol = try Cholesky(sigma)
            let sx = try chol.solve(x)
            let quad = zip(x, sx).map { $0 * $1 }.reduce(0, +)
            let logdet = 2 * (0..<n).map { log(chol.upper[$0, $0]) }.reduce(0, +)
            let dense = -0.5 * Double(n) * (log(2 * Double.pi) + 1 + log(quad / Double(n))) - 0.5 * logdet
            let ours = try ConcentratedLikelihood(order: order, w: x, columns: []).evaluate(v).logLikelihood(count: n)
            #expect(abs(ours - dense) < 1e-9, "\(order) \(v): \(ours) vs dense \(dense)")
        }
    }
}

/// The speed paths of the likelihood (issue 16) against the plain ones they replace.
@Suite struct LikelihoodSpeedPathTests {
    /// Two columns filtered in one pass (``InnovationsAlgorithm/innovations(_:from:_:from:)``)
    /// equal the one-column filter: the same sums in the same order, so agreement to 1e-14 of the
    /// columns' scale (rounding of one operation at most, were the compiler to contract differently).
    @Test func pairedColumnFilterEqualsSingle() throws {
        let c = ARMACoefficients(ar: [0.4], ma: [0.6], seasonalMA: [0.5])
        let n = 120
        let alg = try InnovationsAlgorithm(process: ARMAProcess(c), count: n)
        var a = [Double](repeating: 0, count: n), b = [Double](repeating: 0, count: n)
        for t in 30..<n { a[t] = sin(Double(t)) + 2 }            // LS-like column from month 30
        for t in 70..<n { b[t] = t == 70 ? 1 : (t == 71 ? -1 : 0) } // AO-like column from month 70
        let (pa, pb) = alg.innovations(a, from: 30, b, from: 70)
        let sa = alg.innovations(a, from: 30), sb = alg.innovations(b, from: 70)
        for t in 0..<n {
            #expect(abs(pa[t] - sa[t]) <= 1e-14 * 3)
            #expect(abs(pb[t] - sb[t]) <= 1e-14)
        }
        #expect(pb[..<70].allSatisfy { $0 == 0 })
    }

    /// Fits run side by side return what a sequential map returns, in index order.
    @Test func concurrentFitsKeepOrder() throws {
        let y: [Double] = (0..<96).map { (t: Int) -> Double in
            let x = Double(t)
            let seasonal: Double = 10 * sin(x * Double.pi / 6)
            let bump: Double = t % 7 == 0 ? 3 : -1
            return 100 + 0.5 * x + seasonal + bump
        }
        guard let start = Month("2015-01") else { Issue.record("bad month"); return }
        let models = [RegARIMAModel(), RegARIMAModel(transform: .log), RegARIMAModel(order: try ARIMAOrder(p: 1, d: 1, q: 0))]
        let parallel: [Double?] = ConcurrentFits.concurrentMap(count: models.count) { (i: Int) -> Double? in
            (try? models[i].fit(y, start: start))?.logLikelihood
        }
        let sequential: [Double?] = models.map { (m: RegARIMAModel) -> Double? in (try? m.fit(y, start: start))?.logLikelihood }
        #expect(parallel.count == 3)
        for (p, s) in zip(parallel, sequential) {
            let pv: Double = try #require(p)
            let sv: Double = try #require(s)
            #expect(abs(pv - sv) <= 1e-12 * abs(sv))   // the same computation: equal up to rounding
        }
    }
}
