import Foundation

/// X-11's quality-control statistics M1–M11 and their weighted summaries Q and Q2
/// (Lothian & Morry 1978; X-13ARIMA-SEATS Reference Manual, table F3; Ladiray &
/// Quenneville 2001, §4.3), computed on the original span (forecast months excluded).
///
/// With E3 the irregular D13 with zero-weight extremes (C17 = 0) replaced by 1 (0 additive),
/// E1 the series with those months replaced by D12 ∘ D10, and Ā_k(x) the mean absolute
/// (relative, if multiplicative) change of x over k months:
///
/// - M1 = 10 Ā₃(E3)² / (Ā₃(D12)² + Ā₃(D10)² + Ā₃(E3)² + Ā₃(D18)²), D18 the calendar (holiday)
///   factors removed before X-11 (table F2.B's TD&H column; absent without calendar effects);
/// - M2 = 10 Σ log²E3 / Σ (log E1 − lt − mean)², lt the least-squares line through log D12
///   (additive: levels, no logs);
///
/// With calendar effects E1 is the original series (calendar effects in, level shifts out) with
/// the zero-weight months replaced by D12 ∘ D10 ∘ D18, as X-13 builds it (x11pt4/f3cal:
/// F2.B sums the squared changes of I, C, S, P and TD&H; M2 divides by the variance of E1);
/// - M3 = (I/C − 1)/2 with I/C the ratio that chose the D12 Henderson filter (Ā₁ of the
///   irregular over Ā₁ of the trend from a 13-term Henderson filter of the modified adjusted
///   series, forecasts excluded);
/// - M4 = |3(n−1)/ADR − (2n − 1)| / (2.577 √(1.6n − 2.9)), ADR the average duration of run
///   of D13's changes;
/// - M5 = (MCD′ − 0.5)/5, MCD′ the interpolated months for cyclical dominance;
/// - M6 = 0.4 |I/S − 4|, I/S the global moving-seasonality ratio of the span;
/// - M7 = √((7/F_S + 3F_M/F_S)/2) from the D8 tests;
/// - M8–M11: size of the year-to-year change of the normalised seasonal D10/σ (σ² = mean of
///   (D10 − 1)² or D10²) over the whole span (M8, M9) and the recent years (M10, M11).
///
/// Each M is capped to [0, 3]; Q = Σ w_i M_i / Σ w_i with weights 10, 11, 10, 8, 11, 10,
/// 18, 7, 7, 4, 4 (M6 only when the 3×5 filter was chosen); Q2 leaves out M2. Spans under
/// six years and the stable seasonal filter use M1–M7 with weights 14, 15, 10, 8, 11, 10, 32.
public struct QualityStatistics: Sendable, Equatable {
    /// M1 … M11 (capped to [0, 3]); NaN for a statistic not computed (short spans).
    public let m: [Double]
    public let q: Double
    public let q2: Double
    /// The I/C ratio of F2 (the one that chose the D12 filter).
    public let icRatio: Double
    /// The I/S ratio (global MSR on the original span).
    public let isRatio: Double
    public let seasonality: SeasonalityTests

    /// - Parameters:
    ///   - calendar: the calendar (holiday) factors that were removed from the series before X-11
    ///     (X-13's D18: factors in the ratio modes, effects in the additive one), one per month of
    ///     the span; `nil` without calendar effects.
    ///   - original: with `calendar`, the series before that removal, level shifts removed (the
    ///     source of E1), one per month of the span.
    public init(_ x: X11Decomposition, calendar: [Double]? = nil, original: [Double]? = nil) {
        let n = x.b1.count - x.forecastMonths
        let ratio = x.mode != .additive
        let start = x.firstMonth - 1
        func cut(_ a: [Double]) -> [Double] { Array(a.prefix(n)) }
        let d10 = cut(x.d10), d12 = cut(x.d12), d13 = cut(x.d13), c17 = cut(x.c17)
        let b1 = cut(x.b1)
        let neutral = ratio ? 1.0 : 0.0
        let e3 = (0..<n).map { c17[$0] == 0 ? neutral : d13[$0] }
        let cal: [Double]? = calendar.flatMap { $0.count >= n ? Array($0.prefix(n)) : nil }
        let source: [Double] = cal != nil ? (original.flatMap { $0.count >= n ? Array($0.prefix(n)) : nil } ?? b1) : b1
        var e1: [Double] = []
        e1.reserveCapacity(n)
        for t in 0..<n {
            guard c17[t] == 0 else { e1.append(source[t]); continue }
            let ci: Double = ratio ? d12[t] * d10[t] : d12[t] + d10[t]
            let h: Double = cal?[t] ?? neutral
            e1.append(ratio ? ci * h : ci + h)
        }
        // D8 is on the log scale in log-additive mode (as in X-13): tested around 0.
        seasonality = SeasonalityTests(si: cut(x.d8), startMonth: start, ratio: x.mode == .multiplicative)

        func change(_ a: [Double], _ lag: Int) -> Double {
            guard a.count > lag else { return .nan }
            var s = 0.0
            for t in lag..<a.count {
                var d = abs(a[t] - a[t - lag])
                if ratio { d /= a[t - lag] }
                s += d
            }
            return s / Double(a.count - lag)
        }
        var m = [Double](repeating: .nan, count: 11)
        // M1
        let mt = pow(change(d12, 3), 2), mi = pow(change(e3, 3), 2), ms = pow(change(d10, 3), 2)
        let mh = cal.map { pow(change($0, 3), 2) } ?? 0
        m[0] = 10 * mi / (mt + mi + ms + mh)
        // M2
        let tr = ratio ? d12.map { Foundation.log($0) } : d12
        let line = QualityStatistics.linearFit(tr)
        let sto = (0..<n).map { (ratio ? Foundation.log(e1[$0]) : e1[$0]) - line[$0] }
        let mo = sto.reduce(0, +) / Double(n)
        let varO = sto.reduce(0) { $0 + ($1 - mo) * ($1 - mo) }
        let varI = e3.reduce(0) { let v = ratio ? Foundation.log($1) : $1; return $0 + v * v }
        m[1] = 10 * varI / varO
        // M3
        let gi = (1...12).map { change(d13, $0) }, gc = (1...12).map { change(d12, $0) }
        icRatio = x.icRatio
        m[2] = 0.5 * (icRatio - 1)
        // M4
        m[3] = QualityStatistics.m4(d13, ratio: ratio)
        // M5
        func smic(_ k: Int) -> Double { gi[k - 1] / gc[k - 1] }
        var mcd = 12
        while mcd > 0 && smic(mcd) < 1 { mcd -= 1 }
        if mcd < 12 { mcd += 1 }
        var rmcd: Double
        if mcd == 1 {
            rmcd = 1 + (smic(1) - 1) / (smic(1) - smic(2))
            rmcd = min(1, max(0.5, rmcd))
        } else {
            let ds = smic(mcd - 1) - smic(mcd)
            rmcd = ds <= 0 && mcd == 12 ? 15.5 : Double(mcd) + (smic(mcd) - 1) / ds
        }
        m[4] = (rmcd - 0.5) / 5
        // M6
        isRatio = MovingSeasonalityRatio.globalRatio(cut(x.d9Modified), ratio: x.mode == .multiplicative, period: 12)
        m[5] = 0.4 * abs(isRatio - 4)
        // M7
        m[6] = seasonality.m7
        // M8–M11
        // X-13 leaves out M8–M11 for spans under six years and for the stable filter (whose
        // seasonal factors do not move), and then uses the short-series weights.
        let short = n / 12 < 6 || x.seasonalFilter == .stable
        if !short {
            let sd = (d10.reduce(0) { $0 + ($1 - neutral) * ($1 - neutral) } / Double(n)).squareRoot()
            let s = d10.map { $0 / sd }
            var ds8 = 0.0
            for t in 12..<n { ds8 += abs(s[t] - s[t - 12]) }
            m[7] = 10 * ds8 / Double(n - 12)
            var ds9 = 0.0
            for j in 1...12 {
                let last = n - j, first = last % 12
                ds9 += abs(s[last] - s[first]) / Double((last - first) / 12)
            }
            m[8] = ds9 / 12 * 10
            var ds10 = 0.0, ok10 = true
            for j in 1...12 {
                let last = n - j - 12, first = last - 36
                if first < 12 { ok10 = false; break }
                for i in stride(from: first, to: last, by: 12) { ds10 += abs(s[i] - s[i - 12]) }
            }
            if ok10 { m[9] = ds10 / 36 * 10 }
            var ds11 = 0.0, ok11 = true
            for j in 1...12 {
                let last = n - j - 24, first = last - 36
                if first < 0 { ok11 = false; break }
                ds11 += abs(s[last] - s[first])
            }
            if ok11 { m[10] = ds11 / 36 * 10 }
        }
        let raw = m
        self.m = raw.map { $0.isNaN ? .nan : min(3, max(0, $0)) }
        let weights = short ? [14.0, 15, 10, 8, 11, 10, 32] : [10.0, 11, 10, 8, 11, 10, 18, 7, 7, 4, 4]
        let useM6 = x.seasonalFilter == .s3x5
        func summary(skipM2: Bool) -> Double {
            var q = 0.0, w = 0.0
            for (i, wi) in weights.enumerated() where !raw[i].isNaN && (i != 5 || useM6) && !(skipM2 && i == 1) {
                w += wi
                q += min(3, max(0, raw[i])) * wi
            }
            return q / w
        }
        q = summary(skipM2: false)
        q2 = summary(skipM2: true)
    }

    /// Least-squares line a + b·t through `y` (closed form on the centred time index).
    static func linearFit(_ y: [Double]) -> [Double] {
        let n = Double(y.count)
        let tbar = (n - 1) / 2
        let ybar = y.reduce(0, +) / n
        var sty = 0.0, stt = 0.0
        for (i, v) in y.enumerated() {
            let t = Double(i) - tbar
            sty += t * (v - ybar)
            stt += t * t
        }
        let b = sty / stt
        return y.indices.map { ybar + b * (Double($0) - tbar) }
    }

    /// M4 from the average duration of run of the irregular's changes.
    static func m4(_ irr: [Double], ratio: Bool) -> Double {
        let n = irr.count
        var runs = 0, sign = 0
        for t in 1..<n {
            var d = irr[t] - irr[t - 1]
            if ratio { d /= irr[t - 1] }
            let s = d > 0 ? 1 : (d < 0 ? -1 : 0)
            if s != 0 && s != sign {
                runs += 1
                sign = s
            }
        }
        let adr = Double(n - 1) / Double(runs)
        let nn = Double(n)
        return abs(3 * (nn - 1) / adr - (2 * nn - 1)) / ((1.6 * nn - 2.9).squareRoot() * 2.577)
    }
}
