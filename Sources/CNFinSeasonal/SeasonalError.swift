import CNFinLinearAlgebra
import CNFinCalendar
import CNFinSeries
import CNFinStatistics
import CNFinSupport

/// Bounds on the integer parameters of the seasonal and filtering methods, checked before any
/// arithmetic on them (`2·period`, `period + 2`, `n − h − p + 1` must not overflow).
public enum SeasonalLimits {
    /// The largest seasonal period accepted (2²⁰ observations; monthly data uses 12).
    public static let maximumPeriod = 1 << 20
}

/// Errors raised by seasonal adjustment, decomposition and trend filters.
/// Every case says what was wrong with the input and what is needed instead.
public enum SeasonalError: Error, Equatable, Sendable, LocalizedMessage {
    /// The series has fewer observations than the method needs.
    case tooShort(method: String, count: Int, required: Int)
    /// A value is NaN or infinite (a gap or a missing observation).
    case nonFinite(method: String, index: Int)
    /// The seasonal period is below 2.
    case invalidPeriod(Int)
    /// A smoother or filter parameter is outside its domain.
    case invalidParameter(name: String, value: String, requirement: String)
    /// A logarithm was requested but a value is zero or negative.
    case nonPositiveForLog(index: Int, value: Double)
    /// A logarithm was requested but the value of `month` (`YYYY-MM`) is zero or negative.
    /// (`month` is text: a month payload here crashed Swift 6.3.1 typed throws under swift-testing.)
    case nonPositiveForLogInMonth(month: String, value: Double)
    /// Lengths of two inputs that must match differ.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// The regression design is rank-deficient; the named columns are (near) linear combinations of the others.
    case rankDeficient(columns: [String])
    /// A festival date is missing from the Chinese New Year calendar for a year the series covers.
    case missingFestivalDate(year: Int)
    /// The Chinese New Year table could not be parsed.
    case invalidCalendar(line: Int, reason: String)
    /// An error from the linear-algebra layer.
    case linearAlgebra(LinearAlgebraError)
    /// An error from the regression layer (CNFinStatistics) not covered by the cases above.
    case statistics(StatisticsError)
    /// The series has missing months inside the span to be adjusted: `firstMissing…lastMissing`
    /// is the first run of missing months; `longestComplete` is the longest gap-free span
    /// (`from`, `to`), if any.
    case gap(series: String, firstMissing: Month, lastMissing: Month, longestComplete: ClosedRange<Month>?)

    public var description: String { message(in: .en) }

    /// The message in `language`. In Chinese the method is named in Chinese where it is one of the
    /// library's own (``chineseMethodName(_:)``), otherwise verbatim inside 「」, as are parameter names,
    /// values and the English requirement texts carried as data.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case let .tooShort(method, count, required):
            return "\(method): the series has \(count) observations; at least \(required) are needed"
        case let .nonFinite(method, index):
            return "\(method): observation \(index) is missing, NaN or infinite; the method needs a complete series without gaps"
        case let .invalidPeriod(p):
            return "the seasonal period must be between 2 and \(SeasonalLimits.maximumPeriod) (got \(p))"
        case let .invalidParameter(name, value, requirement):
            return "invalid \(name) = \(value): \(requirement)"
        case let .nonPositiveForLog(index, value):
            return "cannot take logarithms: observation \(index) is \(value) (≤ 0); use an additive (non-log) adjustment for series that can be zero or negative"
        case let .nonPositiveForLogInMonth(month, value):
            return "cannot take logarithms: the value of \(month) is \(value) (≤ 0); use an additive (non-log) adjustment for series that can be zero or negative"
        case let .lengthMismatch(what, expected, actual):
            return "\(what): expected \(expected) values, got \(actual)"
        case let .rankDeficient(columns):
            return "the regression design is rank-deficient: column(s) \(columns.joined(separator: ", ")) are linear combinations of the others"
        case let .missingFestivalDate(year):
            return "no Chinese New Year date is known for \(year); the calendar covers a limited range of years"
        case let .invalidCalendar(line, reason):
            return "Chinese New Year calendar, line \(line): \(reason)"
        case let .linearAlgebra(e):
            return localizedMessage(of: e, in: .en)
        case let .statistics(e):
            return localizedMessage(of: e, in: .en)
        case let .gap(series, first, last, longest):
            let missing = first == last ? "month \(first) is missing" : "months \(first)…\(last) are missing"
            var text = "\(series): \(missing); seasonal adjustment needs consecutive months without gaps"
            if let longest {
                text += " — the longest gap-free span is \(longest.lowerBound)…\(longest.upperBound)"
            }
            return text
        }
    }
}

extension SeasonalError {
    private var chinese: String {
        switch self {
        case let .tooShort(method, count, required):
            return "\(Self.chineseMethodName(method))：序列有\(count)个观测值，至少需要\(required)个"
        case let .nonFinite(method, index):
            return "\(Self.chineseMethodName(method))：第\(index)个观测值缺失、非数值或无穷大；该方法需要完整、无缺口的序列"
        case let .invalidPeriod(p):
            return "季节周期须在2至\(SeasonalLimits.maximumPeriod)之间（给定值为\(p)）"
        case let .invalidParameter(name, value, requirement):
            return "\(Self.chineseParameterName(name))的取值「\(value)」无效：\(Self.chineseRequirement(requirement))"
        case let .nonPositiveForLog(index, value):
            return "无法取对数：第\(index)个观测值为\(value)（≤ 0）；可能为零或负值的序列请用加法（不取对数）调整"
        case let .nonPositiveForLogInMonth(month, value):
            return "无法取对数：\(month)的值为\(value)（≤ 0）；可能为零或负值的序列请用加法（不取对数）调整"
        case let .lengthMismatch(what, expected, actual):
            return "「\(what)」：应有\(expected)个值，实有\(actual)个"
        case let .rankDeficient(columns):
            return "回归设计矩阵秩亏：列" + columns.map { "「\($0)」" }.joined(separator: "、") + "是其他列的线性组合"
        case let .missingFestivalDate(year):
            return "没有\(year)年的春节日期；春节日历只覆盖有限的年份"
        case let .invalidCalendar(line, reason):
            return "春节日历第\(line)行：「\(reason)」"
        case let .linearAlgebra(e):
            return localizedMessage(of: e, in: .zh)
        case let .statistics(e):
            return localizedMessage(of: e, in: .zh)
        case let .gap(series, first, last, longest):
            let missing = first == last ? "缺少\(first)的数据" : "缺少\(first)…\(last)的数据"
            var text = "「\(series)」：\(missing)；季节调整需要连续、无缺口的月份"
            if let longest {
                text += "——最长的无缺口区间为\(longest.lowerBound)…\(longest.upperBound)"
            }
            return text
        }
    }

    /// The Chinese name of a method named in an error (`"HP filter"` → `HP 滤波`); a name the library
    /// does not know (a caller's label) is given verbatim inside 「」.
    /// A parameter named in Chinese (参数「name」 when it has no Chinese name).
    static func chineseParameterName(_ name: String) -> String {
        let names: [String: String] = [
            "holiday window": "春节窗口", "horizon": "期数 h", "inner_iter": "内层迭代次数", "outer_iter": "外层迭代次数",
            "lags": "滞后阶数", "lambda": "平滑参数 λ", "low_pass": "低通滤波窗口", "maxConcurrency": "最大并行数",
            "period": "周期", "trend degree": "趋势多项式次数", "trend": "趋势窗口",
        ]
        return names[name] ?? "参数" + ChineseWording.quoted(name)
    }

    /// The requirement an invalid parameter fails, in Chinese: the shared bounds
    /// (``ChineseWording/requirement(_:)``), the seasonal methods' own forms, a calendar error's text
    /// (a holiday window), otherwise the text in 「」.
    static func chineseRequirement(_ text: String) -> String {
        if let chinese = ChineseWording.requirement(text) { return chinese }
        if text == "CNY regressors need monthly data (period 12)" { return "春节回归变量需要月度数据（周期 12）" }
        if let m = text.wholeMatch(of: /must be larger than the period (\d+)/) { return "须大于周期 \(m.1)" }
        if let m = text.wholeMatch(of: /must be an odd integer ≥ (\d+)/) { return "须为 ≥ \(m.1) 的奇数" }
        if let calendar = CalendarError(description: text) { return calendar.message(in: .zh) }
        return ChineseWording.quoted(text)
    }

    public static func chineseMethodName(_ method: String) -> String {
        let names: [String: String] = [
            "STL": "STL 分解", "X-11": "X-11 分解", "HP filter": "HP 滤波", "one-sided HP filter": "单边 HP 滤波",
            "Hamilton filter": "Hamilton 滤波", "Hamilton filter regression": "Hamilton 滤波回归",
            "classical decomposition": "经典季节分解", "seasonal adjustment": "季节调整",
            "residual seasonality test": "残余季节性检验", "residual seasonality F-test": "残余季节性 F 检验",
            "CNY pre-adjustment regression": "春节效应预调整回归", "the model": "模型",
        ]
        if let name = names[method] { return name }
        if method.hasPrefix("Hamilton filter ("), method.hasSuffix(")") {
            // "Hamilton filter (h = 24, p = 12)": the symbols h and p stay, in Chinese punctuation.
            let parameters = method.dropFirst("Hamilton filter (".count).dropLast().replacing(", ", with: "，")
            return "Hamilton 滤波（\(parameters)）"
        }
        return "「\(method)」"
    }
}

/// Checks that every value is finite; the index of the first bad one is reported.
@inline(__always)
func requireFinite(_ y: [Double], _ method: String) throws(SeasonalError) {
    for (i, v) in y.enumerated() where !v.isFinite { throw .nonFinite(method: method, index: i) }
}

extension SeasonalError {
    /// The same condition as a calendar error, in seasonal-adjustment terms.
    init(_ error: CalendarError) {
        switch error {
        case let .invalidWindow(value, requirement):
            self = .invalidParameter(name: "holiday window", value: value, requirement: requirement)
        case let .missingFestivalDate(year):
            self = .missingFestivalDate(year: year)
        case let .invalidCalendar(line, reason):
            self = .invalidCalendar(line: line, reason: reason)
        }
    }
}
