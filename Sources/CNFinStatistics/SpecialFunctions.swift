#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Special functions behind the p-values: log-gamma, the regularised incomplete beta
/// and gamma functions. Complements are computed directly (never as `1 − small`), so
/// survival functions keep their relative precision far into the tails.
///
/// Algorithms: continued fractions evaluated by the modified Lentz method
/// (Lentz 1976; Thompson & Barnett 1986), the power series for `P(a, x)` when
/// `x < a + 1` (Numerical Recipes §6.2–6.4). Accuracy: about 1e-14 relative over
/// the parameter ranges regression and unit-root tests use (verified against mpmath).
public enum SpecialFunctions {
    /// `ln Γ(x)` for `x > 0` (C library `lgamma`).
    public static func logGamma(_ x: Double) -> Double { lgamma(x) }

    /// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`. When an argument is ≥ 10 the large
    /// `ln Γ` terms are cancelled analytically via Stirling's series (as R's `lbeta`), so the
    /// result keeps its relative precision for large degrees of freedom.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        let p = min(a, b), q = max(a, b)
        let logSqrt2Pi = 0.918938533204672741780329736406
        if p >= 10 {
            let corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
            return -0.5 * log(q) + logSqrt2Pi + corr + (p - 0.5) * log(p / (p + q)) + q * log1p(-p / (p + q))
        } else if q >= 10 {
            let corr = stirlingCorrection(q) - stirlingCorrection(p + q)
            return lgamma(p) + corr + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q))
        }
        return lgamma(p) + lgamma(q) - lgamma(p + q)
    }

    /// `ln Γ(x) − [(x − ½)ln x − x + ½ ln 2π]` for `x ≥ 10` (Stirling series, error < 1e-17).
    static func stirlingCorrection(_ x: Double) -> Double {
        let z = 1 / (x * x)
        let c: [Double] = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400]
        var s = 0.0
        for coefficient in c.reversed() { s = s * z + coefficient }
        return s / x
    }

    /// The regularised incomplete beta function `I_x(a, b)` and its complement
    /// `1 − I_x(a, b) = I_{1−x}(b, a)`, given both `x` and `y = 1 − x` so that a caller
    /// who knows `y` exactly (e.g. `t²/(ν + t²)`) loses nothing forming it.
    /// - Returns: `(lower, upper)` with `lower + upper = 1`; NaN for invalid arguments.
    public static func incompleteBeta(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, x >= 0, y >= 0, x.isFinite, y.isFinite else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        // Continued fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use symmetry.
        if x < (a + 1) / (a + b + 2) {
            let v = betaContinuedFractionTerm(a: a, b: b, x: x, y: y)
            return (v, 1 - v)
        } else {
            let v = betaContinuedFractionTerm(a: b, b: a, x: y, y: x)
            return (1 - v, v)
        }
    }

    /// `x^a y^b / (a B(a,b)) · CF(a, b, x)` — the value of `I_x(a, b)` when the continued
    /// fraction converges well.
    private static func betaContinuedFractionTerm(a: Double, b: Double, x: Double, y: Double) -> Double {
        let logFront = a * log(x) + b * log(y) - logBeta(a, b)
        let front = exp(logFront) / a
        if front == 0 { return 0 }
        // Modified Lentz evaluation of the continued fraction (NR betacf).
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let md = Double(m), m2 = 2 * md
            var aa = md * (b - md) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + md) * (qab + md) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 1e-16 { break }
        }
        return front * h
    }

    /// The regularised incomplete gamma functions `P(a, x) = γ(a, x)/Γ(a)` and
    /// `Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x)`, each computed directly.
    /// - Returns: `(lower: P, upper: Q)`; NaN for invalid arguments.
    public static func incompleteGamma(a: Double, x: Double) -> (lower: Double, upper: Double) {
        guard a > 0, x >= 0, !x.isNaN else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let logFront = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            // Series: P = e^{-x} x^a / Γ(a+1) Σ x^n / ((a+1)…(a+n)).
            var ap = a, sum = 1 / a, del = sum
            for _ in 0..<100_000 {
                ap += 1
                del *= x / ap
                sum += del
                if abs(del) < abs(sum) * 1e-17 { break }
            }
            let p = sum * exp(logFront)
            return (p, 1 - p)
        } else {
            // Continued fraction for Q (NR gcf), modified Lentz.
            let tiny = 1e-300
            var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
            for i in 1...100_000 {
                let an = -Double(i) * (Double(i) - a)
                b += 2
                d = an * d + b; if abs(d) < tiny { d = tiny }
                c = b + an / c; if abs(c) < tiny { c = tiny }
                d = 1 / d
                let del = d * c
                h *= del
                if abs(del - 1) < 1e-16 { break }
            }
            let q = exp(logFront) * h
            return (1 - q, q)
        }
    }
}
