/// Polynomials in the lag operator `B`, stored as coefficients `c[0] + c[1]B + c[2]B² + …`.
enum LagPolynomial {
    /// The product of two polynomials (convolution of the coefficients).
    static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var out = [Double](repeating: 0, count: a.count + b.count - 1)
        for (i, x) in a.enumerated() where x != 0 {
            for (j, y) in b.enumerated() { out[i + j] += x * y }
        }
        return out
    }

    /// `1 − c₁B^s − c₂B^{2s} − …` for the Box–Jenkins coefficients `c` at spacing `s`.
    static func boxJenkins(_ c: [Double], spacing s: Int) -> [Double] {
        var out = [Double](repeating: 0, count: c.count * s + 1)
        out[0] = 1
        for (k, v) in c.enumerated() { out[(k + 1) * s] = -v }
        return out
    }

    /// The differencing operator `(1−B)^d (1−B^s)^D`.
    static func differencing(d: Int, seasonalD: Int, period s: Int) -> [Double] {
        var out: [Double] = [1]
        for _ in 0..<d { out = multiply(out, [1, -1]) }
        for _ in 0..<seasonalD { out = multiply(out, boxJenkins([1], spacing: s)) }
        return out
    }

    /// Applies `c(B)` to `x`: `out[t] = Σ_j c[j]·x[t+deg−j]`, `t = 0 … n−1−deg` (the first `deg`
    /// values have no complete history and are dropped).
    static func apply(_ c: [Double], to x: [Double]) -> [Double] {
        let deg = c.count - 1
        guard x.count > deg else { return [] }
        var out = [Double](repeating: 0, count: x.count - deg)
        for t in 0..<out.count {
            var s = 0.0
            for j in 0...deg where c[j] != 0 { s += c[j] * x[t + deg - j] }
            out[t] = s
        }
        return out
    }

    /// Whether all roots of `1 − c₁z − … − c_kz^k` lie outside the unit circle, tested by
    /// the Schur–Cohn (Durbin–Levinson step-down) recursion: the polynomial is stable iff
    /// every reflection coefficient has modulus < 1 (Box, Jenkins and Reinsel 2008, App. A3.1).
    static func isStable(_ c: [Double]) -> Bool { maxReflection(c) < 1 }

    /// The largest modulus of the reflection coefficients of `1 − c₁z − … − c_kz^k` (the
    /// step-down recursion; ≥ 1 when the polynomial has a root on or inside the unit circle).
    static func maxReflection(_ c: [Double]) -> Double {
        var a = c
        while let last = a.last, last == 0 { a.removeLast() }
        var k = a.count
        var largest = 0.0
        while k > 0 {
            let r = a[k - 1]
            largest = max(largest, abs(r))
            guard abs(r) < 1 else { return largest }
            let den = 1 - r * r
            var b = [Double](repeating: 0, count: k - 1)
            for j in 0..<(k - 1) { b[j] = (a[j] + r * a[k - 2 - j]) / den }
            a = b
            k -= 1
        }
        return largest
    }
}
