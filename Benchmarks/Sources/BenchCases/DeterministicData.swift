import Foundation

/// Deterministic benchmark data, reproduced bit for bit by `compare/peer.py`.
///
/// Uniforms come from the counter-based SplitMix64 generator (Steele, Lea & Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// `z = seed + (i+1)·0x9E3779B97F4A7C15`, then the finaliser
/// `z ^= z>>30; z *= 0xBF58476D1CE4E5B9; z ^= z>>27; z *= 0x94D049BB133111EB; z ^= z>>31`,
/// and `u = (z >> 11)·2⁻⁵³`. Being counter-based it vectorises in NumPy.
/// Normals use Box–Muller on consecutive pairs:
/// `N[i] = √(−2 ln(1 − u[2i]))·cos(2π·u[2i+1])`.
public enum DeterministicData {
    /// `count` uniforms in [0, 1) from stream `seed`.
    public static func uniforms(seed: UInt64, count: Int) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            var z = seed &+ UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            out[i] = Double(z >> 11) * 0x1.0p-53
        }
        return out
    }

    /// `count` standard normals from stream `seed` (Box–Muller on uniform pairs).
    public static func normals(seed: UInt64, count: Int) -> [Double] {
        let u = uniforms(seed: seed, count: 2 * count)
        var out = [Double](repeating: 0, count: count)
        for i in 0..<count {
            out[i] = (-2 * Foundation.log(1 - u[2 * i])).squareRoot() * Foundation.cos(2 * Double.pi * u[2 * i + 1])
        }
        return out
    }

    /// Regression data: `x` is `n × (k−1)` column-major standard normals (no constant
    /// column; models add the intercept), `y = 1 + Σⱼ xⱼ/(j+1) + ε`, `ε ~ N(0,1)`.
    /// Stream layout: the first `n·(k−1)` normals fill `x` column by column, the next `n` are `ε`.
    public static func regression(n: Int, k: Int, seed: UInt64) -> (y: [Double], x: [Double]) {
        let p = k - 1
        let z = normals(seed: seed, count: n * p + n)
        var y = [Double](repeating: 1, count: n)
        for j in 0..<p {
            let b = 1 / Double(j + 2)
            for i in 0..<n { y[i] += b * z[j * n + i] }
        }
        for i in 0..<n { y[i] += z[n * p + i] }
        return (y, Array(z[0..<(n * p)]))
    }

    /// A monthly-like series `y_t = 100 + 0.05t + 3 sin(2πt/12) + cos(4πt/12) + ε_t`, `ε_t ~ N(0,1)`.
    public static func seasonal(n: Int, seed: UInt64) -> [Double] {
        let e = normals(seed: seed, count: n)
        return (0..<n).map { t in
            let td = Double(t)
            return 100 + 0.05 * td + 3 * Foundation.sin(2 * Double.pi * td / 12) + Foundation.cos(4 * Double.pi * td / 12) + e[t]
        }
    }

    /// A random walk `y_t = 100 + Σ_{s≤t} ε_s`.
    public static func randomWalk(n: Int, seed: UInt64) -> [Double] {
        let e = normals(seed: seed, count: n)
        var out = [Double](repeating: 0, count: n)
        var s = 100.0
        for t in 0..<n { s += e[t]; out[t] = s }
        return out
    }

    /// A seasonal ARIMA series with two regressors for the regARIMA case: `z` is the airline
    /// process `(1−B)(1−B¹²)z_t = (1 − 0.5B)(1 − 0.5B¹²)a_t` with `a` the first `n` normals of the
    /// stream (zero before the start), `x1`, `x2` the next `2n`, and `y = 100 + z + 2·x1 − x2`.
    public static func airline(n: Int, seed: UInt64) -> (y: [Double], x1: [Double], x2: [Double]) {
        let e = normals(seed: seed, count: 3 * n)
        var z = [Double](repeating: 0, count: n)
        func a(_ t: Int) -> Double { t >= 0 ? e[t] : 0 }
        func zz(_ t: Int) -> Double { t >= 0 ? z[t] : 0 }
        for t in 0..<n {
            let w = a(t) - 0.5 * a(t - 1) - 0.5 * a(t - 12) + 0.25 * a(t - 13)
            z[t] = zz(t - 1) + zz(t - 12) - zz(t - 13) + w
        }
        let x1 = Array(e[n..<(2 * n)]), x2 = Array(e[(2 * n)..<(3 * n)])
        let y = (0..<n).map { 100 + z[$0] + 2 * x1[$0] - x2[$0] }
        return (y, x1, x2)
    }

    /// `airline(n:seed:)` with additive outliers of +15 at t = n/3 and −12 at t = n/2 and a level
    /// shift of +10 from t = 2n/3 (peer.py's `airline_with_outliers`).
    public static func airlineWithOutliers(n: Int, seed: UInt64) -> (y: [Double], x1: [Double], x2: [Double]) {
        var d = airline(n: n, seed: seed)
        d.y[n / 3] += 15
        d.y[n / 2] -= 12
        for t in (2 * n / 3)..<n { d.y[t] += 10 }
        return d
    }

    /// A cheap checksum that both languages print, to show that they time the same data.
    public static func checksum(_ v: [Double]) -> Double {
        var s = 0.0
        for (i, x) in v.enumerated() { s += x * Double(i % 7 + 1) }
        return s
    }
}
