#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution.
public enum Normal {
    /// `Φ(x) = ½ erfc(−x/√2)`.
    public static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
    /// `1 − Φ(x) = ½ erfc(x/√2)`, precise in the upper tail.
    public static func sf(_ x: Double) -> Double { 0.5 * erfc(x / 2.0.squareRoot()) }
    /// Density `φ(x) = e^{−x²/2}/√(2π)`.
    public static func pdf(_ x: Double) -> Double { exp(-0.5 * x * x) / (2 * Double.pi).squareRoot() }

    /// The quantile `Φ⁻¹(p)`: Abramowitz & Stegun 26.2.23 as a start, then Halley
    /// steps on `Φ(x) − p` (cubic convergence; full double precision in 3–4 steps).
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
        if p == 0.5 { return 0 }
        if p > 0.5 { return -lowerQuantile(1 - p, exact: false, upperP: p) }
        return lowerQuantile(p, exact: true, upperP: p)
    }

    /// The inverse survival function `x` with `1 − Φ(x) = q`, precise for tiny `q`.
    public static func inverseSF(_ q: Double) -> Double {
        guard q > 0, q < 1 else { return q == 0 ? .infinity : (q == 1 ? -.infinity : .nan) }
        if q <= 0.5 { return -lowerQuantile(q, exact: true, upperP: q) }
        return lowerQuantile(1 - q, exact: false, upperP: q)
    }

    /// Solves `Φ(x) = p` for `p ≤ ½` (x ≤ 0).
    private static func lowerQuantile(_ p: Double, exact: Bool, upperP: Double) -> Double {
        let t = (-2 * log(p)).squareRoot()
        var x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        for _ in 0..<8 {
            let e = cdf(x) - p
            let u = e / pdf(x)
            let step = u / (1 + x * u / 2)
            x -= step
            if abs(step) <= 1e-16 * max(1, abs(x)) { break }
        }
        return x
    }
}

/// Student's t distribution with `df` degrees of freedom:
/// `P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½)` for `t ≥ 0`.
public enum StudentT {
    /// `P(T ≤ t)`.
    public static func cdf(_ t: Double, df: Double) -> Double { sf(-t, df: df) }

    /// `P(T > t)`, precise in the upper tail.
    public static func sf(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if t.isInfinite { return t > 0 ? 0 : 1 }
        let t2 = t * t
        let x = df / (df + t2), y = t2 / (df + t2)
        let tail = 0.5 * SpecialFunctions.incompleteBeta(a: df / 2, b: 0.5, x: x, y: y).lower
        return t >= 0 ? tail : 1 - tail
    }

    /// Two-sided p-value `P(|T| > |t|)`.
    public static func twoSidedPValue(_ t: Double, df: Double) -> Double { min(1, 2 * sf(abs(t), df: df)) }

    /// Density.
    public static func pdf(_ t: Double, df: Double) -> Double {
        exp(lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi) - (df + 1) / 2 * log1p(t * t / df))
    }

    /// The quantile `t` with `P(T ≤ t) = p`: safeguarded Newton iteration on the
    /// survival function (bisection whenever a step leaves the bracket).
    public static func quantile(_ p: Double, df: Double) -> Double {
        guard p > 0, p < 1, df > 0 else { return p == 0 ? -.infinity : (p == 1 ? .infinity : .nan) }
        if p == 0.5 { return 0 }
        if p < 0.5 { return -inverseSF(p, df: df) }
        return inverseSF(1 - p, df: df)
    }

    /// The `t` with `P(T > t) = q`.
    public static func inverseSF(_ q: Double, df: Double) -> Double {
        guard q > 0, q < 1, df > 0 else { return q == 0 ? .infinity : (q == 1 ? -.infinity : .nan) }
        if q > 0.5 { return -inverseSF(1 - q, df: df) }
        if q == 0.5 { return 0 }
        let z = Normal.inverseSF(q)
        // Cornish–Fisher expansion to O(ν⁻⁴) (Abramowitz & Stegun 26.7.5) as the start.
        let z2 = z * z
        let g1 = z * (z2 + 1) / 4
        let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
        let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
        let g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160
        var x = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df
        // Fast path: one Newton step on sf(x) − q. Its error is c·step² with
        // c = |f''/2f'| = (ν+1)x/(2(ν+x²)) ≤ (ν+1)/(4√ν), so a step ≤ 1e-10·x leaves a relative
        // error far below the rounding of sf itself (for moderate ν and the usual levels the
        // start is already within ~1e-12, e.g. ν = 236, p = 0.975).
        if x > 0, x.isFinite {
            let f = sf(x, df: df) - q
            if f == 0 { return x }
            let step = f / pdf(x, df: df)
            if abs(step) <= 1e-10 * x { return x + step }
        }
        // Safeguarded Newton: bracket, then Newton steps with bisection fallback.
        if !(x > 0 && x.isFinite) { x = z + (z * z * z + z) / (4 * df) }
        var lo = 0.0, hi = max(2 * x, 1)
        while sf(hi, df: df) > q { lo = hi; hi *= 2; if hi > 1e300 { break } }
        if !(x > lo && x < hi) { x = 0.5 * (lo + hi) }
        for _ in 0..<200 {
            let f = sf(x, df: df) - q
            if f == 0 { break }
            if f > 0 { lo = x } else { hi = x }
            var next = x + f / pdf(x, df: df)
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - x) <= 2e-16 * abs(x) { x = next; break }
            x = next
        }
        return x
    }
}

/// Fisher's F distribution with `(d1, d2)` degrees of freedom:
/// `P(F > f) = I_{d2/(d2+d1 f)}(d2/2, d1/2)`.
public enum FDistribution {
    /// `P(F > f)`, precise in the upper tail.
    public static func sf(_ f: Double, d1: Double, d2: Double) -> Double {
        guard d1 > 0, d2 > 0, !f.isNaN else { return .nan }
        if f <= 0 { return 1 }
        if f.isInfinite { return 0 }
        let den = d2 + d1 * f
        return SpecialFunctions.incompleteBeta(a: d2 / 2, b: d1 / 2, x: d2 / den, y: d1 * f / den).lower
    }

    /// `P(F ≤ f)`.
    public static func cdf(_ f: Double, d1: Double, d2: Double) -> Double {
        guard d1 > 0, d2 > 0, !f.isNaN else { return .nan }
        if f <= 0 { return 0 }
        if f.isInfinite { return 1 }
        let den = d2 + d1 * f
        return SpecialFunctions.incompleteBeta(a: d2 / 2, b: d1 / 2, x: d2 / den, y: d1 * f / den).upper
    }
}

/// The χ² distribution with `k` degrees of freedom: `P(X > x) = Q(k/2, x/2)`.
public enum ChiSquared {
    /// `P(X > x)`, precise in the upper tail.
    public static func sf(_ x: Double, df: Double) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return SpecialFunctions.incompleteGamma(a: df / 2, x: x / 2).upper
    }

    /// `P(X ≤ x)`.
    public static func cdf(_ x: Double, df: Double) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        return SpecialFunctions.incompleteGamma(a: df / 2, x: x / 2).lower
    }
}
