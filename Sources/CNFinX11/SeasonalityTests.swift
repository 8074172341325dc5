/// X-13's verdict of the combined test for identifiable seasonality (table D8.A).
public enum IdentifiableSeasonality: String, Sendable, Equatable {
    case present = "PRESENT"
    case probablyNotPresent = "PROBABLY NOT PRESENT"
    case notPresent = "NOT PRESENT"
}

/// The tests for the presence of seasonality X-13 prints with table D8 (X-13ARIMA-SEATS
/// Reference Manual; Ladiray & Quenneville 2001, §4.2; Lothian & Morry 1978).
public struct SeasonalityTests: Sendable, Equatable {
    /// F for stable seasonality: one-way ANOVA of the SI ratios by calendar month,
    /// F_S = [SS_months / 11] / [SS_residual / (n − 12)].
    public let stableF: Double
    public let stablePValue: Double
    /// Kruskal–Wallis H on the ranks of the SI ratios by month (χ² with 11 df).
    public let kruskalWallis: Double
    public let kruskalWallisPValue: Double
    /// F for moving seasonality: two-way ANOVA (years × months, complete years) of
    /// |SI − 1| (multiplicative) or |SI| (additive); F_M = [SS_years/(N−1)] / [SS_res/((N−1)·11)].
    public let movingF: Double
    public let movingPValue: Double
    /// Combined test: T₁ = 7/F_S, T₂ = 3F_M/F_S (each capped at 9), T = (T₁ + T₂)/2.
    public let t1: Double, t2: Double
    /// The combined test (Lothian & Morry 1978): not present if F_S is not significant at
    /// 0.1 %, or F_M is significant at 5 % and T ≥ 1; otherwise probably not present if
    /// T₁ ≥ 1 or T₂ ≥ 1 or Kruskal–Wallis is not significant at 0.1 %; else present.
    public let identifiable: IdentifiableSeasonality

    /// The M7 statistic √((T₁ + T₂)/2).
    public var m7: Double { ((t1 + t2) / 2).squareRoot() }

    /// - Parameters:
    ///   - si: SI ratios (D8) of the original span; `startMonth` 0 = January.
    public init(si: [Double], startMonth: Int, ratio: Bool, period: Int = 12) {
        let n = si.count
        // stable: one-way ANOVA
        var sums = [Double](repeating: 0, count: period), counts = [Double](repeating: 0, count: period)
        for (i, v) in si.enumerated() {
            let m = (i + startMonth) % period
            sums[m] += v
            counts[m] += 1
        }
        let mean = si.reduce(0, +) / Double(n)
        var ssm = 0.0
        for m in 0..<period where counts[m] > 0 {
            let d = sums[m] / counts[m] - mean
            ssm += counts[m] * d * d
        }
        var ssr = 0.0
        for (i, v) in si.enumerated() {
            let m = (i + startMonth) % period
            let d = v - sums[m] / counts[m]
            ssr += d * d
        }
        let d1 = Double(period - 1), d2 = Double(n - period)
        stableF = (ssm / d1) / (ssr / d2)
        stablePValue = SpecialFunctions.fSurvival(stableF, d1, d2)
        // Kruskal–Wallis
        let order = si.indices.sorted { si[$0] < si[$1] }
        var ranks = [Double](repeating: 0, count: n)
        var k = 0
        while k < n {
            var j = k
            while j + 1 < n && si[order[j + 1]] == si[order[k]] { j += 1 }
            let r = Double(k + j) / 2 + 1
            for q in k...j { ranks[order[q]] = r }
            k = j + 1
        }
        var rankSums = [Double](repeating: 0, count: period)
        for i in 0..<n { rankSums[(i + startMonth) % period] += ranks[i] }
        var h = 0.0
        for m in 0..<period where counts[m] > 0 { h += rankSums[m] * rankSums[m] / counts[m] }
        let nn = Double(n)
        kruskalWallis = 12 / (nn * (nn + 1)) * h - 3 * (nn + 1)
        kruskalWallisPValue = SpecialFunctions.chiSquareSurvival(kruskalWallis, d1)
        // moving: two-way ANOVA on complete calendar years
        let skip = startMonth == 0 ? 0 : period - startMonth
        let ny = max(0, (n - skip) / period)
        var fm = 0.0, pm = 1.0
        if ny >= 2 {
            let centre = ratio ? 1.0 : 0.0
            let x = (0..<(ny * period)).map { abs(si[skip + $0] - centre) }
            var mc = [Double](repeating: 0, count: period), my = [Double](repeating: 0, count: ny)
            var m = 0.0
            for y in 0..<ny {
                for p in 0..<period {
                    mc[p] += x[y * period + p]
                    my[y] += x[y * period + p]
                }
                m += my[y]
            }
            m /= Double(period * ny)
            for p in 0..<period { mc[p] /= Double(ny) }
            for y in 0..<ny { my[y] /= Double(period) }
            var ss = 0.0, ssa = 0.0, ssb = 0.0
            for v in x { ss += (v - m) * (v - m) }
            for y in 0..<ny { ssb += (my[y] - m) * (my[y] - m) }
            ssb *= Double(period)
            for p in 0..<period { ssa += (mc[p] - m) * (mc[p] - m) }
            ssa *= Double(ny)
            let res = max(0, ss - ssa - ssb)
            let df1 = Double(ny - 1), df2 = Double((ny - 1) * (period - 1))
            fm = (ssb / df1) / (res / df2)
            pm = SpecialFunctions.fSurvival(fm, df1, df2)
        }
        movingF = fm
        movingPValue = pm
        t1 = min(9, 7 / stableF)
        t2 = stableF == 0 ? 9 : min(9, 3 * fm / stableF)
        if stablePValue >= 0.001 || (pm < 0.05 && (t1 + t2) / 2 >= 1) {
            identifiable = .notPresent
        } else if t1 >= 1 || t2 >= 1 || kruskalWallisPValue >= 0.001 {
            identifiable = .probablyNotPresent
        } else {
            identifiable = .present
        }
    }
}
