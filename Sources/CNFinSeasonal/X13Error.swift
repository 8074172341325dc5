import CNFinSupport

/// Errors of the X-13-style adjustment (``X13Adjustment``). Payloads are plain text and
/// numbers: the underlying regARIMA or X-11 error is carried as its message in both languages.
public enum X13Error: Error, Equatable, Sendable, LocalizedMessage {
    /// The span has fewer months than X-11 needs (three years).
    case spanTooShort(observations: Int, minimum: Int)
    /// A month inside the span has no value.
    case gap(month: String)
    /// A ratio mode or the log transform was asked for a series with a zero or negative value.
    case nonPositive(month: String, value: Double, mode: String)
    /// An option is outside its domain.
    case invalidOption(name: String, value: String, requirement: String)
    /// The span of the series' current definition (since its last definitional break `breakID`,
    /// `from…to`) has fewer months than X-11 needs.
    case currentDefinitionTooShort(series: String, breakID: String, from: String, to: String, count: Int, minimum: Int)
    /// The regARIMA pre-adjustment failed: the underlying error's message in English and in Chinese.
    case regARIMA(String, chinese: String)
    /// X-11 failed: the underlying error's message in English and in Chinese.
    case x11(String, chinese: String)

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese the carried texts (option names and values, the series, the
    /// break id, the regARIMA or X-11 error's English description) appear verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case let .spanTooShort(n, minimum):
            return "X-13 adjustment: the span has \(n) months; X-11 needs at least \(minimum) (three years)"
        case let .gap(month):
            return "X-13 adjustment: \(month) is missing; the span must be gap-free"
        case let .nonPositive(month, value, mode):
            return "X-13 adjustment: the value of \(month) is \(value) (≤ 0), impossible in \(mode) mode; use the additive mode"
        case let .invalidOption(name, value, requirement):
            return "invalid \(name) = \(value): \(requirement)"
        case let .currentDefinitionTooShort(series, breakID, from, to, count, minimum):
            return "X-13 adjustment: \(series) is on its current definition only since the break \(breakID): \(from)…\(to) has \(count) months; "
                + "X-11 needs at least \(minimum) (three years)"
        case let .regARIMA(text, _):
            return "regARIMA pre-adjustment: \(text)"
        case let .x11(text, _):
            return "X-11: \(text)"
        }
    }

    private var chinese: String {
        switch self {
        case let .spanTooShort(n, minimum):
            return "X-13 季节调整：样本区间只有\(n)个月；X-11 至少需要\(minimum)个月（三年）"
        case let .gap(month):
            return "X-13 季节调整：缺少\(month)的数据；样本区间必须连续、无缺口"
        case let .nonPositive(month, value, mode):
            return "X-13 季节调整：\(month)的值为\(value)（≤ 0），不能用「\(mode)」模式；请用加法模式"
        case let .invalidOption(name, value, requirement):
            return "选项「\(name)」的取值「\(value)」无效：「\(requirement)」"
        case let .currentDefinitionTooShort(series, breakID, from, to, count, minimum):
            return "X-13 季节调整：「\(series)」自统计口径变更「\(breakID)」起才是现行口径：\(from)…\(to)只有\(count)个月；"
                + "X-11 至少需要\(minimum)个月（三年）"
        case let .regARIMA(_, text):
            return "regARIMA 预调整：\(text)"
        case let .x11(_, text):
            return "X-11 分解：\(text)"
        }
    }
}
