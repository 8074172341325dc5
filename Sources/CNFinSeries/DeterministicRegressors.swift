#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A polynomial time trend on the span it is built for: `s_t = 2t/(n − 1) − 1` (t = 0…n−1, so
/// `s` runs from −1 to 1; 0 when n = 1) and the columns `s, s², …, s^degree`, named `trend`,
/// `trend^2`, …. Scaling to [−1, 1] keeps the powers of similar size, so the design stays well
/// conditioned (a raw `t^k` of a 300-month span has columns 10⁵ apart).
///
/// The scaling depends on the span: the columns of a longer span are not an extension of those of
/// a shorter one. Use it for in-sample designs (the seasonal pre-adjustment), not for forecasts.
public struct PolynomialTrend: MonthlyRegressor, Hashable {
    public typealias Failure = Never
    /// The highest power (0 gives no column).
    public let degree: Int

    public init(degree: Int) {
        self.degree = max(0, degree)
    }

    public var columnNames: [String] { degree < 1 ? [] : (1...degree).map { $0 == 1 ? "trend" : "trend^\($0)" } }

    public func columns(start: Month, count n: Int) -> [[Double]] {
        guard degree >= 1 else { return [] }
        return (1...degree).map { k in
            (0..<n).map { i in
                let s = n > 1 ? 2 * Double(i) / Double(n - 1) - 1 : 0
                return pow(s, Double(k))
            }
        }
    }
}

/// Centred month dummies for a fixed seasonal pattern beside a constant: for months 1…11 the
/// column `1{month = m} − 1/12`, named `month 1` … `month 11` (December is the reference). Centring
/// makes each column sum to zero over a whole year, so the constant keeps the level and the
/// seasonal coefficients sum (with December's implied `−Σ`) to zero.
public struct CentredMonthDummies: MonthlyRegressor, Hashable {
    public typealias Failure = Never
    public init() {}

    public var columnNames: [String] { (1...11).map { "month \($0)" } }

    public func columns(start: Month, count n: Int) -> [[Double]] {
        let months = (0..<n).map { start.advanced(by: $0).month }
        return (1...11).map { m in months.map { ($0 == m ? 1 : 0) - 1.0 / 12 } }
    }
}

/// A series lagged by whole calendar months: the value in month t is the series' value in month
/// t − `lag` (``MonthlySeries/lag(_:)``), so a missing month never shifts a lag. Named as in a
/// distributed-lag design: the id for lag 0, `id.L1`, `id.L2`, … otherwise.
///
/// ``columns(start:count:)`` gives NaN for a month where the lagged series has no value; designs
/// built from data keep only the months where every column has a value (``MonthlyDesign`` aligns
/// on ``lagged`` for that).
public struct LaggedSeries: MonthlyRegressor {
    public typealias Failure = Never
    public let series: MonthlySeries
    public let lag: Int

    public init(_ series: MonthlySeries, lag: Int) {
        self.series = series
        self.lag = lag
    }

    /// `id` or `id.L<lag>`.
    public var name: String { lag == 0 ? series.id : "\(series.id).L\(lag)" }

    public var columnNames: [String] { [name] }

    /// The lagged series, named ``name``.
    public var lagged: MonthlySeries {
        var s = series.lag(lag)
        s.id = name
        return s
    }

    public func columns(start: Month, count: Int) -> [[Double]] {
        let s = lagged
        return [(0..<count).map { s[start.advanced(by: $0)] ?? .nan }]
    }
}
