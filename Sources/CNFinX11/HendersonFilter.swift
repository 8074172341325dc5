import Foundation

/// Henderson trend filters with Musgrave's asymmetric end weights, as in.
///
/// Symmetric weights (Henderson 1916; Kenny & Durbin 1982), for length 2p + 1 and
/// m = p + 2:
///
///     w_j = 315 [(m−1)² − j²][m² − j²][(m+1)² − j²][3m² − 16 − 11j²]
///           / (8m(m² − 1)(4m² − 1)(4m² − 9)(4m² − 25)),   j = −p … p.
///
/// End weights (Musgrave 1964; Doherty 2001): when only M of the N = 2p + 1 weights can
/// be used, the truncated weights h_1 … h_M (on the M available points, oldest first) become
///
///     u_i = h_i + (1/M) Σ_{j>M} h_j
///           + [(i − (M+1)/2) D / (1 + M(M−1)(M+1) D / 12)] Σ_{j>M} (j − (M+1)/2) h_j,
///
/// with D = 4 / (π R²), R the I/C ratio assumed for the end: X-13 uses R = 1 for
/// lengths ≤ 9, 3.5 for lengths ≤ 13 and 4.5 above.
public struct HendersonFilter: Sendable, Equatable {
    public let length: Int
    /// Symmetric weights, lags −p … +p.
    public let weights: [Double]
    /// `endWeights[m]`: filter for the point with p − 1 − m future values (length 2p − m).
    public let endWeights: [[Double]]

    /// - Throws: `X11Error.invalidHendersonLength` unless `length` is odd and in 3...101.
    public init(length: Int) throws(X11Error) {
        guard length >= 3, length <= 101, length % 2 == 1 else { throw .invalidHendersonLength(length) }
        self.length = length
        let p = length / 2
        let m = Double(p + 2)
        var w = [Double]()
        for jj in -p...p {
            let j = Double(jj)
            let num = ((m - 1) * (m - 1) - j * j) * (m * m - j * j) * ((m + 1) * (m + 1) - j * j)
                * (3 * m * m - 16 - 11 * j * j)
            let den = 8 * m * (m * m - 1) * (4 * m * m - 1) * (4 * m * m - 9) * (4 * m * m - 25)
            w.append(315 * num / den)
        }
        weights = w
        let r = HendersonFilter.endRatio(length: length)
        let d = 4.0 / (Double.pi * r * r)
        endWeights = (1...p).map { missing in HendersonFilter.musgrave(w, d: d, available: length - missing) }
    }

    /// X-13's I/C ratio for Musgrave end weights of a monthly Henderson filter.
    static func endRatio(length: Int) -> Double {
        if length <= 9 { return 1 }
        if length <= 13 { return 3.5 }
        return 4.5
    }

    /// Musgrave's surrogate weights when `available` of the `h.count` weights can be used.
    static func musgrave(_ h: [Double], d: Double, available mm: Int) -> [Double] {
        let n = h.count
        let M = Double(mm)
        var tail = 0.0, moment = 0.0
        for j in mm..<n {
            tail += h[j]
            moment += h[j] * (Double(j + 1) - (M + 1) / 2)
        }
        let scale = d / (1 + M * (M - 1) * (M + 1) * d / 12)
        return (0..<mm).map { i in
            h[i] + tail / M + (Double(i + 1) - (M + 1) / 2) * scale * moment
        }
    }

    /// Smooths `x`; the ends use the Musgrave weights.
    /// - Throws: `X11Error.hendersonTooLong` if the series is shorter than the filter.
    public func apply(_ x: [Double]) throws(X11Error) -> [Double] {
        guard x.count >= length else { throw .hendersonTooLong(length: length, observations: x.count) }
        return Filtering.applySymmetric(weights, endWeights: endWeights, to: x)
    }
}
