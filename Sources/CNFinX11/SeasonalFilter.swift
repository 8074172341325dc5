/// X-11's seasonal moving averages, applied to each calendar month's sub-series.
///
/// A 3×k filter is a k-term simple average of 3-term simple averages (length k + 2
/// years). The ends use X-11's asymmetric weights (Ladiray & Quenneville 2001, §3;
/// the tables: e.g. 3×3 ends {3, 7, 10, 7}/27 and {5, 11, 11}/27,
/// 3×5 ends {4, 8, 13, 13, 13, 9}/60, {4, 11, 15, 15, 15}/60, {9, 17, 17, 17}/60).
/// `stable` replaces each month by the mean of all its values.
public enum SeasonalFilter: String, Sendable, Equatable, CaseIterable {
    case s3x1 = "3x1", s3x3 = "3x3", s3x5 = "3x5", s3x9 = "3x9", s3x15 = "3x15", stable

    /// Half-length of the symmetric filter, in years.
    var halfLength: Int {
        switch self {
        case .s3x1: return 1
        case .s3x3: return 2
        case .s3x5: return 3
        case .s3x9: return 5
        case .s3x15: return 8
        case .stable: return 0
        }
    }

    /// Years of data needed before the filter is applied (its symmetric length; 3 for stable).
    public var yearsNeeded: Int { self == .stable ? 3 : 2 * halfLength + 1 }

    /// Symmetric weights, lag −h … +h: the convolution of a 3-term and a k-term simple average.
    var symmetricWeights: [Double] {
        let k: Int
        switch self {
        case .s3x1: k = 1
        case .s3x3: k = 3
        case .s3x5: k = 5
        case .s3x9: k = 9
        case .s3x15: k = 15
        case .stable: return []
        }
        var w = [Double](repeating: 0, count: k + 2)
        for i in 0..<3 { for j in 0..<k { w[i + j] += 1.0 / Double(3 * k) } }
        return w
    }

    /// End weights: element `m` is the filter for the point with `m + 1 … h − 1`… i.e. the
    /// array lists, from the point h − 1 years before the end down to the last point, the
    /// weights on the values from h years before that point to the end of the sub-series.
    /// Element 0 has length 2h (one future value missing), the last has length h + 1.
    var endWeights: [[Double]] {
        switch self {
        case .s3x1:
            return [[0.39, 0.61]]
        case .s3x3:
            return [[3, 7, 10, 7].map { $0 / 27 }, [5, 11, 11].map { $0 / 27 }]
        case .s3x5:
            return [[4, 8, 13, 13, 13, 9].map { $0 / 60 }, [4, 11, 15, 15, 15].map { $0 / 60 },
                    [9, 17, 17, 17].map { $0 / 60 }]
        case .s3x9:
            return [[0.034, 0.073, 0.111, 0.113, 0.114, 0.116, 0.117, 0.118, 0.12, 0.084],
                    [0.034, 0.075, 0.113, 0.117, 0.123, 0.128, 0.132, 0.137, 0.141],
                    [0.032, 0.079, 0.123, 0.133, 0.143, 0.154, 0.163, 0.173],
                    [0.028, 0.092, 0.144, 0.160, 0.176, 0.192, 0.208],
                    [0.051, 0.112, 0.173, 0.197, 0.221, 0.246]]
        case .s3x15:
            return [[0.0222, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
                     0.06667, 0.07111, 0.07111, 0.07111, 0.07111, 0.04889],
                    [0.0222, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667,
                     0.08, 0.08, 0.08, 0.08, 0.08],
                    [0.02222, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.09333,
                     0.09333, 0.09333, 0.09333, 0.09333],
                    [0.02219, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.10667, 0.10667,
                     0.10667, 0.10667, 0.10667],
                    [0.02221, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.06667, 0.12, 0.12, 0.12, 0.12, 0.12],
                    [0.02223, 0.04444, 0.06667, 0.06667, 0.06667, 0.06667, 0.13333, 0.13333, 0.13333, 0.13333, 0.13333],
                    [0.0222, 0.04444, 0.06667, 0.06667, 0.06667, 0.14667, 0.14667, 0.14667, 0.14667, 0.14667],
                    [0.02222, 0.04444, 0.06667, 0.06667, 0.16, 0.16, 0.16, 0.16, 0.16]]
        case .stable:
            return []
        }
    }

    /// Smooths every calendar month's sub-series of `x` (positions i, i + 12, …).
    ///
    /// Sub-series shorter than the asymmetric filters need are replaced by their mean
    /// (as X-11 does for very short spans).
    func apply(_ x: [Double], period: Int = 12) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        for start in 0..<min(period, x.count) {
            let idx = Array(stride(from: start, to: x.count, by: period))
            let sub = idx.map { x[$0] }
            let smoothed = smoothSubseries(sub)
            for (k, i) in idx.enumerated() { out[i] = smoothed[k] }
        }
        return out
    }

    func smoothSubseries(_ y: [Double]) -> [Double] {
        let n = y.count
        let mean = y.reduce(0, +) / Double(max(n, 1))
        if self == .stable { return [Double](repeating: mean, count: n) }
        let h = halfLength
        if n < 2 * h { return [Double](repeating: mean, count: n) }
        return Filtering.applySymmetric(symmetricWeights, endWeights: endWeights, to: y)
    }
}
