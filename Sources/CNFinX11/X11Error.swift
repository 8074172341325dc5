import CNFinSupport

/// Why an X-11 decomposition cannot be computed.
///
/// Payloads are plain values (counts, indices, lengths) so that callers can word
/// their own messages; ``message(in:)`` gives a Chinese or English sentence, `description` the English one.
public enum X11Error: Error, Equatable, Sendable, LocalizedMessage {
    /// Fewer observations than X-11's minimum of three complete years (36 months).
    case spanTooShort(observations: Int, minimum: Int)
    /// A value that is not finite (NaN or infinite) at a zero-based index: X-11 needs a gap-free span.
    case nonFiniteValue(index: Int)
    /// A zero or negative value at a zero-based index in multiplicative or log-additive mode.
    case nonPositiveValue(index: Int, value: Double)
    /// `firstMonth` outside 1...12.
    case invalidFirstMonth(Int)
    /// A requested seasonal filter needs more years than the span has.
    case seasonalFilterTooLong(filter: String, yearsNeeded: Int, yearsAvailable: Int)
    /// A requested Henderson length that is even, below 3 or above 101.
    case invalidHendersonLength(Int)
    /// A requested Henderson filter longer than the series.
    case hendersonTooLong(length: Int, observations: Int)
    /// Sigma limits must satisfy 0.5 < lower < upper.
    case invalidSigmaLimits(lower: Double, upper: Double)
    /// More forecast months declared than the span minus three years.
    case invalidForecastCount(forecasts: Int, observations: Int)
    /// A trend estimate is non-positive everywhere, so the multiplicative decomposition is undefined.
    case nonPositiveTrend

    public var description: String { message(in: .en) }

    /// The message in `language`.
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case .spanTooShort(let n, let minimum):
            return "X-11 needs at least \(minimum) monthly observations (three years); the span has \(n)"
        case .nonFiniteValue(let i):
            return "observation \(i + 1) is missing or not finite: X-11 needs a gap-free span"
        case .nonPositiveValue(let i, let v):
            return "observation \(i + 1) is \(v): multiplicative and log-additive X-11 need positive values (use additive mode)"
        case .invalidFirstMonth(let m):
            return "first month \(m) is not in 1...12"
        case .seasonalFilterTooLong(let f, let need, let have):
            return "seasonal filter \(f) needs at least \(need) years of data; the span has \(have)"
        case .invalidHendersonLength(let l):
            return "Henderson length \(l) must be odd and between 3 and 101"
        case .hendersonTooLong(let l, let n):
            return "a \(l)-term Henderson filter is longer than the series (\(n) observations)"
        case .invalidSigmaLimits(let lo, let hi):
            return "sigma limits \(lo) and \(hi) must satisfy 0.5 < lower < upper"
        case .invalidForecastCount(let f, let n):
            return "\(f) forecast months leave fewer than three years of data in \(n) observations"
        case .nonPositiveTrend:
            return "the trend estimate is not positive anywhere: a multiplicative decomposition is undefined"
        }
    }

    private var chinese: String {
        switch self {
        case .spanTooShort(let n, let minimum):
            return "样本不足：X-11需要至少\(minimum)个月度观测值（三年），区间只有\(n)个"
        case .nonFiniteValue(let i):
            return "第\(i + 1)个观测值缺失或不是有限数值：X-11需要没有缺口的区间"
        case .nonPositiveValue(let i, let v):
            return "第\(i + 1)个观测值为\(ChineseWording.number(v))：乘法和对数加法形式的X-11需要正值（请改用加法形式）"
        case .invalidFirstMonth(let m):
            return "起始月份\(m)不在1...12之内"
        case .seasonalFilterTooLong(let f, let need, let have):
            return "季节滤波器\(ChineseWording.quoted(f))需要至少\(need)年的数据，区间只有\(have)年"
        case .invalidHendersonLength(let l):
            return "Henderson滤波器长度\(l)须为3到101之间的奇数"
        case .hendersonTooLong(let l, let n):
            return "\(l)项Henderson滤波器比序列还长（序列有\(n)个观测值）"
        case .invalidSigmaLimits(let lo, let hi):
            return "σ界限\(ChineseWording.number(lo))和\(ChineseWording.number(hi))须满足0.5 < 下限 < 上限"
        case .invalidForecastCount(let f, let n):
            return "\(f)个预测月份使\(n)个观测值中剩下的数据不足三年"
        case .nonPositiveTrend:
            return "趋势估计处处不为正：乘法分解无定义"
        }
    }
}
