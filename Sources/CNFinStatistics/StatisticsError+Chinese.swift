import CNFinSupport

/// The Chinese messages of ``StatisticsError``.
///
/// Several cases carry an English phrase made by this module's estimators and tests: the subject
/// (`what`: "a KPSS test with 4 lags", "regressor 'x1'"), the statistic and reason of
/// ``StatisticsError/notComputable(statistic:reason:)`` and the sentence of
/// ``StatisticsError/invalidArgument(_:)``. ``StatisticsPhrases`` renders the forms this module
/// produces in Chinese; a phrase of another form (from a caller outside the module) is quoted as given.
extension StatisticsError {
    var chinese: String {
        let p = StatisticsPhrases.self
        switch self {
        case let .lengthMismatch(what, expected, actual):
            return "\(p.subject(what))：应有\(expected)个值，实际有\(actual)个"
        case let .tooFewObservations(what, needed, available):
            return "样本不足：\(p.subject(what))需要至少\(needed)个观测值，实际只有\(available)个"
        case let .nonFinite(what, index):
            return "\(p.subject(what))：下标为\(index)的值为非数或无穷大"
        case let .rankDeficient(rank, columns, dependent, cond):
            return "设计矩阵秩亏（数值秩为\(rank)，共\(columns)列，条件数\(ChineseWording.number(cond))）；线性相关的列："
                + "\(ChineseWording.quotedList(dependent))——请删去这些列，或改求最小范数解"
        case let .constantColumn(name):
            return "\(ChineseWording.quoted(name))列为常数，而模型已含截距项；请删去该列"
        case let .invalidWeight(index, value):
            return "下标为\(index)的权重为\(ChineseWording.number(value))；权重须为正的有限数"
        case let .invalidArgument(message):
            return p.argument(message)
        case let .linearAlgebra(error):
            return error.message(in: .zh)
        case let .notComputable(statistic, reason):
            return "\(p.statistic(statistic))无法计算：\(p.reason(reason))"
        case let .notConsecutive(first, last, missing, _, _, missingIn):
            let which = missingIn.isEmpty ? "" : "（\(p.idList(missingIn))无数值）"
            return "\(first)–\(last)的月份不连续：\(missing)没有完整的数值\(which)；请把样本限定在没有缺口的区间"
        case let .tooLarge(what, size, limit):
            return "\(p.subject(what))需要\(size)个单元，超过上限\(limit)"
        }
    }
}

extension StatisticsError {
    /// The error whose English ``description`` is `description`: a length, sample-size or finiteness
    /// error when the text has that form, otherwise ``invalidArgument(_:)`` (whose description is its
    /// text). For a caller that carried a statistics error as its English text (regARIMA's diagnostics)
    /// and now needs it in another language.
    public init(description: String) {
        if let m = description.wholeMatch(of: /(.*): needs at least (\d+) observations, only (-?\d+) available/),
           let needed = Int(m.2), let available = Int(m.3) {
            self = .tooFewObservations(what: String(m.1), needed: needed, available: available)
        } else if let m = description.wholeMatch(of: /(.*): value at index (\d+) is NaN or infinite/), let index = Int(m.2) {
            self = .nonFinite(what: String(m.1), index: index)
        } else if let m = description.wholeMatch(of: /(.*): expected (\d+) values, got (\d+)/), let expected = Int(m.2), let actual = Int(m.3) {
            self = .lengthMismatch(what: String(m.1), expected: expected, actual: actual)
        } else {
            self = .invalidArgument(description)
        }
        if self.description != description { self = .invalidArgument(description) }
    }
}

/// The English phrases of this module's errors, in Chinese (see `StatisticsError+Chinese.swift`).
enum StatisticsPhrases {
    private static let q = ChineseWording.quoted

    /// A number captured from an English phrase, in Chinese (``ChineseWording/number(text:)``).
    private static func n(_ text: Substring) -> String { ChineseWording.number(text: text) }

    /// Comma-separated ids (`m2_yoy, m1_yoy.L1`), quoted.
    static func idList(_ ids: String) -> String {
        ChineseWording.quotedList(ids.split(separator: ", ").map(String.init))
    }

    /// The subject of a length, sample-size, finiteness or size error.
    static func subject(_ what: String) -> String {
        if let m = what.wholeMatch(of: /(.*) \((\d+) × (\d+)\)/) {
            return subject(String(m.1)) + "（\(m.2) × \(m.3)）"
        }
        switch what {
        case "y": return "因变量\(q("y"))"
        case "weights": return "权重"
        case "regressor names": return "回归变量名"
        case "regressor matrix rows": return "回归变量矩阵的行数"
        case "column names": return "列名"
        case "KPSS series": return "KPSS检验的序列"
        case "ADF series": return "ADF检验的序列"
        case "Ljung–Box series": return "Ljung–Box检验的序列"
        case "a KPSS test": return "KPSS检验"
        default: break
        }
        if let m = what.wholeMatch(of: /regressor '(.*)'/) { return "回归变量\(q(String(m.1)))" }
        if let m = what.wholeMatch(of: /column '(.*)'/) { return "\(q(String(m.1)))列" }
        if let m = what.wholeMatch(of: /Granger: (\w+)/) { return "格兰杰因果检验的\(q(String(m.1)))" }
        if let m = what.wholeMatch(of: /(\d+) lags/) { return "取\(m.1)阶滞后" }
        if let m = what.wholeMatch(of: /a (regression with|rolling window for) (\d+) coefficients/) {
            return "含\(m.2)个系数的" + (m.1 == "regression with" ? "回归" : "滚动窗口")
        }
        if let m = what.wholeMatch(of: /a KPSS test with (\d+) lags/) { return "含\(m.1)阶滞后的KPSS检验" }
        if let m = what.wholeMatch(of: /a Granger test with (\d+) lags/) { return "含\(m.1)阶滞后的格兰杰因果检验" }
        if let m = what.wholeMatch(of: /a Ljung–Box test with (\d+) lags/) { return "含\(m.1)阶滞后的Ljung–Box检验" }
        if let m = what.wholeMatch(of: /an ADF test with (\d+) lags \((\w+)\)/) { return "含\(m.1)阶滞后的ADF检验（确定项\(q(String(m.2)))）" }
        if let m = what.wholeMatch(of: /an ADF test \((\w+)\)/) { return "ADF检验（确定项\(q(String(m.1)))）" }
        if let m = what.wholeMatch(of: /an ADF regression with (\d+) lags/) { return "含\(m.1)阶滞后的ADF回归" }
        if let m = what.wholeMatch(of: /the ADF lag selection over 0…(\d+)/) { return "在0…\(m.1)阶之间选择ADF滞后阶数" }
        if let m = what.wholeMatch(of: /a distributed-lag design with (\d+) lags of (\d+) column\(s\)/) {
            return "\(m.2)列各含\(m.1)阶滞后的分布滞后设计矩阵"
        }
        if let m = what.wholeMatch(of: /a monthly design with (\d+) lags of (\d+) regressor\(s\)/) {
            return "\(m.2)个回归变量各含\(m.1)阶滞后的月度设计矩阵"
        }
        if let m = what.wholeMatch(of: /months where (.*) all have a value( \(with (\d+) lags\))?( in (\S+)–(\S+))?/) {
            let lagged = m.3.map { "（含\($0)阶滞后）" } ?? ""
            let window = m.5.flatMap { from in m.6.map { "在\(from)–\($0)之间" } } ?? ""
            let ids = m.1.split(separator: ", ").map(String.init)
            return "\(window)\(ChineseWording.quotedList(ids))\(ids.count > 1 ? "均" : "")有数值的月份\(lagged)"
        }
        return q(what)
    }

    /// The statistic of ``StatisticsError/notComputable(statistic:reason:)``.
    static func statistic(_ statistic: String) -> String {
        switch statistic {
        case "the KPSS statistic": return "KPSS统计量"
        case "the ADF statistic": return "ADF统计量"
        case "the regression's sums of squares": return "回归的平方和"
        default: break
        }
        if let m = statistic.wholeMatch(of: /the standard error of '(.*)'/) { return "\(q(String(m.1)))的标准误" }
        return q(statistic)
    }

    /// The reason of ``StatisticsError/notComputable(statistic:reason:)``.
    static func reason(_ reason: String) -> String {
        if reason.hasPrefix("the residuals of the level regression are all zero") {
            return "水平回归的残差全为零（序列为常数），长期方差为零"
        }
        if reason.hasPrefix("the residuals of the trend regression are all zero") {
            return "趋势回归的残差全为零（序列恰为一条直线），长期方差为零"
        }
        if let m = reason.wholeMatch(of: /the Bartlett long-run variance with (\d+) lags is (\S+), not positive/) {
            return "含\(m.1)阶滞后的Bartlett长期方差为\(n(m.2))，不为正"
        }
        if let m = reason.wholeMatch(of: /η = (\S+)/) { return "η = \(n(m.1))" }
        if let m = reason.wholeMatch(of: /the t statistic of the lagged level is (\S+)/) { return "滞后水平项的t统计量为\(n(m.1))" }
        if let m = reason.wholeMatch(of: /they overflow double precision \(SSR (\S+), TSS (\S+)\); rescale y or the regressors/) {
            return "超出双精度浮点数的范围（残差平方和\(n(m.1))，总平方和\(n(m.2))）；请调整y或回归变量的量纲"
        }
        if let m = reason.wholeMatch(of: /its variance is (\S+) in double precision \(the column's scale is extreme: (.*)\); rescale the column/) {
            let scale = m.2 == "the constant" ? "常数项" : m.2.wholeMatch(of: /largest \|value\| (\S+)/).map { "最大绝对值为\(n($0.1))" } ?? q(String(m.2))
            return "其方差在双精度下为\(n(m.1))（该列的量级极端：\(scale)）；请调整该列的量纲"
        }
        return q(reason)
    }

    /// The sentence of ``StatisticsError/invalidArgument(_:)``.
    static func argument(_ message: String) -> String {
        switch message {
        case "refactorEvery must be positive": return "重新分解的间隔须为正数"
        case "Ljung–Box: model degrees of freedom must be non-negative": return "Ljung–Box检验的模型自由度须为非负数"
        case "Ljung–Box: the series is constant": return "Ljung–Box检验：序列为常数"
        case "the model has no regressors and no intercept": return "模型既无回归变量也无截距项"
        default: break
        }
        if let m = message.wholeMatch(of: /window of (\d+) observations is longer than the sample \((\d+)\)/) {
            return "窗口的\(m.1)个观测值多于样本量（\(m.2)）"
        }
        if let m = message.wholeMatch(of: /the number of lags must be non-negative, got (\S+)/) { return "滞后阶数须为非负数，实际为\(m.1)" }
        if let m = message.wholeMatch(of: /Granger: the lag order must be at least 1, got (\S+)/) {
            return "格兰杰因果检验的滞后阶数须至少为1，实际为\(m.1)"
        }
        if let m = message.wholeMatch(of: /Ljung–Box: the number of lags must be at least 1, got (\S+)/) {
            return "Ljung–Box检验的滞后阶数须至少为1，实际为\(m.1)"
        }
        if let m = message.wholeMatch(of: /series '(.*)' is named twice/) { return "序列\(q(String(m.1)))被指定了两次" }
        if let m = message.wholeMatch(of: /confidence level must lie strictly between 0 and 1, got (\S+)/) {
            return "置信水平须严格介于0与1之间，实际为\(m.1)"
        }
        if let m = message.wholeMatch(of: /HAC lag count must lie in 0..<(\d+), got (\S+)/) { return "HAC滞后阶数须在0..<\(m.1)之内，实际为\(m.2)" }
        return q(message)
    }
}
