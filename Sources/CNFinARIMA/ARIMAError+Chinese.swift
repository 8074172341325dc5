import CNFinCalendar
import CNFinStatistics
import CNFinSupport

/// The Chinese messages of ``ARIMAError``.
///
/// Parameter names, requirements, polynomials and methods are English phrases made by this module's
/// model, parser and forecast code: ``ARIMAPhrases`` renders those forms in Chinese. Model symbols
/// (`p`, `D`, `AO`, `LS2020-03`) stay as written. A requirement that is the English description of a
/// ``CalendarError`` (the holiday regressors carry it so) or of a Ljung–Box ``StatisticsError`` (the
/// diagnostics) is read back and given in Chinese; a phrase of another form is quoted as given.
extension ARIMAError {
    var chinese: String {
        let q = ChineseWording.quoted
        let p = ARIMAPhrases.self
        switch self {
        case let .orderOutOfRange(name, value, allowed):
            let what = name == "period" ? "季节周期" : "模型阶数\(name) = "
            return "\(what)\(value)超出范围（允许：\(allowed)）"
        case let .spanTooShort(count, required):
            return "样本不足：区间只有\(count)个观测值，模型需要至少\(required)个（差分、参数个数再加12）"
        case let .gap(month):
            return "\(month)的值缺失或为非数、无穷大；regARIMA模型需要没有缺口的连续月份"
        case let .nonPositiveForLog(month, value):
            return "无法取对数：\(month)的值为\(ChineseWording.number(value))（≤ 0）"
        case let .regressorLength(name, expected, actual):
            return "回归变量\(q(name))有\(actual)个值，而区间有\(expected)个"
        case let .collinearRegressors(names):
            return "差分之后，回归变量\(ChineseWording.quotedList(names))是其他回归变量的线性组合（或像常数项一样被差分消去）"
        case let .duplicateRegressor(name):
            return "回归变量\(q(name))给出了两次"
        case let .invalidStartingValues(polynomial):
            return "初始值使\(p.polynomial(polynomial))多项式非平稳或不可逆"
        case let .dateOutsideSpan(name, from, to):
            return "\(q(name))不在区间\(from)…\(to)之内"
        case let .noConvergence(iterations, gradientNorm):
            return "似然函数最大化在\(iterations)次迭代内未收敛（最后的梯度范数为\(ChineseWording.number(gradientNorm))）"
        case let .invalidParameter(name, value, requirement):
            // The diagnostics carry a Ljung–Box failure as its English text: read it back.
            let why = name == "Ljung–Box" ? StatisticsError(description: requirement).message(in: .zh) : p.requirement(requirement)
            return "\(p.parameter(name))\(p.value(value))无效：\(why)"
        case let .missingFutureRegressor(name, month):
            return "回归变量\(q(name))在预测月份\(month)没有数值"
        case let .breakInSpan(breakID, month, series):
            return "区间跨越了\(q(series))在\(month)的口径调整\(q(breakID))：调整前后的水平值不能混用——"
                + "请从\(month)起建模、在断点处估计水平移动，或显式地跨断点建模"
        case let .currentDefinitionTooShort(series, breakID, from, to, count, required, method):
            return "\(q(series))：现行口径（自口径调整\(q(breakID))起）的区间\(from)…\(to)只有\(count)个月；"
                + "\(p.method(method))需要至少\(required)个月"
        case let .linearAlgebra(e):
            return e.message(in: .zh)
        }
    }
}

/// The English phrases of this module's errors, in Chinese (see `ARIMAError+Chinese.swift`).
enum ARIMAPhrases {
    private static let q = ChineseWording.quoted

    /// `AR`, `MA`, `seasonal AR`, `seasonal MA`.
    static func polynomial(_ name: String) -> String {
        switch name {
        case "AR", "MA": return name
        case "seasonal AR": return "季节AR"
        case "seasonal MA": return "季节MA"
        default: return q(name)
        }
    }

    /// A method needing a span (`X-11`, `the model`).
    static func method(_ name: String) -> String {
        switch name {
        case "the model": return "模型"
        case "X-11": return "X-11"
        default: return q(name)
        }
    }

    /// The name of an invalid parameter.
    static func parameter(_ name: String) -> String {
        let names: [String: String] = [
            "tolerance": "收敛容差", "maximum iterations": "最大迭代次数", "starting values": "初始值",
            "likelihood tolerance": "似然容差", "critical value": "临界值", "outlier types": "离群值类型",
            "outlier": "离群值", "horizon": "预测期数", "level": "置信水平", "Ljung–Box": "Ljung–Box检验",
            "order": "模型阶数", "seasonal order": "季节阶数", "CNY window": "春节窗口", "CNY split window": "春节分段窗口",
            "CNY calendar": "春节日期表", "CNY regressor": "春节回归变量", "automatic model limits": "自动定阶的上限",
        ]
        return names[name] ?? q(name)
    }

    /// An invalid parameter's value: the counts and limits this module writes in English (`3 values`,
    /// `24 lags`, `(7,2) diff (2,1)`) in Chinese, no value as nothing, any other value quoted as given.
    static func value(_ text: String) -> String {
        if text.isEmpty { return "" }
        if let m = text.wholeMatch(of: /(\d+) values/) { return "（\(m.1)个值）" }
        if let m = text.wholeMatch(of: /(\d+) lags/) { return "（\(m.1)阶滞后）" }
        if let m = text.wholeMatch(of: /(\(\d+,\d+\)) diff (\(\d+,\d+\))/) { return "（阶数\(m.1)，差分\(m.2)）" }
        return q(text)
    }

    /// The requirement an invalid parameter fails.
    static func requirement(_ text: String) -> String {
        let fixed: [String: String] = [
            "automatic detection covers AO, LS and TC": "自动识别只包括AO、LS和TC",
            "write AO, LS, TC or RP followed by the month, e.g. LS2020-03": "应写作AO、LS、TC或RP后接月份，例如LS2020-03",
            "a ramp is written RP2008-01-2008-06 (start before end)": "斜坡应写作「RP2008-01-2008-06」（起点早于终点）",
            "write p,d,q or p,d,q(P,D,Q) with whole numbers, e.g. 0,1,1 or 0,1,1(0,1,1)":
                "应写作整数的p,d,q或p,d,q(P,D,Q)，例如0,1,1或0,1,1(0,1,1)",
            "write P,D,Q with whole numbers, e.g. 0,1,1": "应写作整数的P,D,Q，例如0,1,1",
            "needs at least one day before (B ≥ 1) and A ≥ 0": "节前至少需要一天（B ≥ 1），且A ≥ 0",
            "no festival date is known for this year (the built-in calendar covers 1990–2050)":
                "没有该年的春节日期（内置日期表覆盖1990–2050年）",
            "orders ≤ (6,2), differences ≤ (2,1)": "阶数 ≤ (6,2)，差分 ≤ (2,1)",
        ]
        if let chinese = fixed[text] ?? ChineseWording.requirement(text) { return chinese }
        if let calendar = CalendarError(description: text) { return calendar.message(in: .zh) }
        if let m = text.wholeMatch(of: /the month is written YYYY-MM, e.g. (\S+)/) { return "月份应写作「YYYY-MM」，例如\(m.1)" }
        if let m = text.wholeMatch(of: /give (\d+) values \((.*)\)/) {
            return "应给出\(m.1)个值（\(m.2.split(separator: ", ").joined(separator: "、"))）"
        }
        return q(text)
    }
}
