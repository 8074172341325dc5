import Foundation

/// Minimal F and χ² tail probabilities for the residual-seasonality tests.
///
/// NOTE: a private stand-in until `CNFinStatistics` (developed in parallel) lands on
/// `main` with its distribution functions; switch to those then.
///
/// - Regularised incomplete beta `I_x(a, b)` by the continued fraction of Numerical
///   Recipes §6.4 (modified Lentz), using the symmetry `I_x(a,b) = 1 − I_{1−x}(b,a)` for
///   `x > (a+1)/(a+b+2)`.
/// - Regularised upper incomplete gamma `Q(a, x)` by the series for `x < a + 1` and the
///   continued fraction otherwise (NR §6.2).
enum Distributions {
    /// `P(F > x)` for `F ~ F(d1, d2)`: `I_{d2/(d2 + d1·x)}(d2/2, d1/2)`.
    static func fSurvival(_ x: Double, _ d1: Double, _ d2: Double) -> Double {
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        return incompleteBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2)
    }

    /// `P(X > x)` for `X ~ χ²(k)`: `Q(k/2, x/2)`.
    static func chiSquareSurvival(_ x: Double, _ k: Double) -> Double {
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        return upperIncompleteGamma(k / 2, x / 2)
    }

    static func incompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lnFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(lnFront) * betaContinuedFraction(x, a, b) / a
        }
        return 1 - exp(lnFront) * betaContinuedFraction(1 - x, b, a) / b
    }

    private static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300, eps = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let fm = Double(m), m2 = 2 * fm
            var aa = fm * (b - fm) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < eps { break }
        }
        return h
    }

    static func upperIncompleteGamma(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        let lnFront = -x + a * log(x) - lgamma(a)
        if x < a + 1 {
            var sum = 1 / a, term = 1 / a, ap = a
            for _ in 0..<10_000 {
                ap += 1
                term *= x / ap
                sum += term
                if abs(term) < abs(sum) * 1e-17 { break }
            }
            return 1 - sum * exp(lnFront)
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b; if abs(d) < tiny { d = tiny }
            c = b + an / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 1e-16 { break }
        }
        return exp(lnFront) * h
    }
}
