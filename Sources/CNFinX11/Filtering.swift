/// Application of a symmetric moving average with asymmetric end filters.
enum Filtering {
    /// `w` has odd length 2h + 1 (lags −h … +h). Interior points get the symmetric filter;
    /// the last h points get `endWeights[0]` … `endWeights[h − 1]` (the filter for the
    /// point with j future values available has length h + 1 + j and weights on lags
    /// −h … +j), and the first h points the mirror images. If `endWeights` is empty
    /// the ends are left as NaN.
    static func applySymmetric(_ w: [Double], endWeights: [[Double]], to x: [Double]) -> [Double] {
        let n = x.count
        let h = w.count / 2
        var out = [Double](repeating: .nan, count: n)
        if n > 2 * h {
            for t in h..<(n - h) {
                var s = 0.0
                for k in 0..<w.count { s += w[k] * x[t - h + k] }
                out[t] = s
            }
        }
        guard !endWeights.isEmpty, n >= 2 * h else { return out }
        // endWeights[m] serves the point with h − 1 − m future values.
        for m in 0..<h {
            let f = endWeights[m]
            let future = h - 1 - m
            // right end: point t = n − 1 − future
            let t = n - 1 - future
            var s = 0.0
            for k in 0..<f.count { s += f[k] * x[t - h + k] }
            out[t] = s
            // left end: mirror
            let tl = future
            var sl = 0.0
            for k in 0..<f.count { sl += f[k] * x[tl + h - k] }
            out[tl] = sl
        }
        return out
    }

    /// Centred 2×12 moving average (weights 1/24, 1/12 × 11, 1/24); the first and last
    /// six values are NaN.
    static func centred2x12(_ x: [Double]) -> [Double] {
        var w = [Double](repeating: 1.0 / 12.0, count: 13)
        w[0] = 1.0 / 24.0
        w[12] = 1.0 / 24.0
        return applySymmetric(w, endWeights: [], to: x)
    }
}
