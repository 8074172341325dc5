import CNFinSupport

/// The unit of a ``MonthlySeries``.
public enum SeriesUnit: Sendable, Hashable, CustomStringConvertible {
    /// 亿元 (RMB 100 million) — the unit of all PBoC amounts.
    case yi
    /// 万亿元 (RMB 1 trillion = 10,000 亿元).
    case wanYi
    /// Per cent (growth rates).
    case percent
    /// Percentage points (differences of rates).
    case percentagePoints
    /// An index number.
    case index
    /// Any other unit, by its symbol.
    case other(String)

    /// Parses a unit symbol: `亿元`, `万亿元`, `%`, `pp`/`百分点`, `index`/`指数`
    /// (Latin names case-insensitive). `nil` for anything else.
    public init?(symbol: String) {
        switch symbol.trimmingWhitespace().lowercased() {
        case "亿元", "yi", "100m_yuan": self = .yi
        case "万亿元", "wanyi", "trillion_yuan": self = .wanYi
        case "%", "percent", "pct": self = .percent
        case "pp", "百分点", "个百分点", "percentage_points": self = .percentagePoints
        case "index", "指数": self = .index
        default: return nil
        }
    }

    /// The symbol: `亿元`, `万亿元`, `%`, `pp`, `index` or the custom symbol.
    public var description: String {
        switch self {
        case .yi: return "亿元"
        case .wanYi: return "万亿元"
        case .percent: return "%"
        case .percentagePoints: return "pp"
        case .index: return "index"
        case .other(let s): return s
        }
    }
}
