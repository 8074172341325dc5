import CNFinSupport

/// The Chinese messages of ``DecompositionError``.
///
/// Subjects and reasons are English phrases made by this module's decomposition, formula parser and
/// hierarchy table: ``DecompositionPhrases`` renders those forms in Chinese; ids, formulas, cell
/// texts and the measure and basis keys are quoted as written; a phrase of another form (the
/// description of an inner CSV error) is quoted as given.
extension DecompositionError {
    var chinese: String {
        let q = ChineseWording.quoted
        let p = DecompositionPhrases.self
        switch self {
        case let .mismatchedLengths(what, expected, actual):
            return "\(p.subject(what))：应有\(expected)个值，实际有\(actual)个"
        case let .nonFinite(what):
            return "\(p.subject(what))为非数或无穷大"
        case let .zeroBase(what):
            return "\(p.subject(what))为零，增长率和贡献无定义"
        case let .logUndefined(what):
            return "对数增长贡献需要为正的水平值：\(p.subject(what))"
        case let .invalidFormula(formula, reason):
            return "无效的公式\(formula.isEmpty ? "" : q(formula))：\(p.formulaReason(reason))"
        case let .invalidHierarchyTable(line, reason):
            return "\(q("hierarchies.csv"))第\(line)行：\(p.tableReason(reason))"
        case let .unknownHierarchy(id, known):
            return "未知的分解层级\(q(id))（可用：\(ChineseWording.quotedList(known))）"
        case let .measureNotDefined(hierarchy, measure):
            return "分解层级\(q(hierarchy))没有定义\(p.measure(measure))分解"
        case let .basisNotApplicable(basis, measure):
            return "口径\(q(basis))不适用于\(p.measure(measure))"
        case let .missingAggregate(id, month):
            return "\(q(id))在\(month)没有数值"
        case let .noData(hierarchy):
            return "没有任何月份具备分解\(q(hierarchy))所需的数据"
        }
    }
}

/// The English phrases of this module's errors, in Chinese (see `DecompositionError+Chinese.swift`).
enum DecompositionPhrases {
    private static let q = ChineseWording.quoted

    /// `stock` 存量, `flow` 增量; another key quoted.
    static func measure(_ key: String) -> String {
        switch key {
        case "stock": return "存量"
        case "flow": return "增量"
        default: return q(key)
        }
    }

    /// The subject of a length, finiteness, base or logarithm error.
    static func subject(_ what: String) -> String {
        switch what {
        case "aggregate level": return "总量的水平值"
        case "base": return "基数"
        case "the base of the aggregate's growth": return "总量增长率的基数"
        case "the base must be the earlier level of the aggregate": return "基数须为总量较早一期的水平值"
        default: break
        }
        if let m = what.wholeMatch(of: /level of component (\d+)/) { return "第\(m.1)个分项的水平值" }
        if let m = what.wholeMatch(of: /aggregate (\S+) → (\S+)/) {
            return "总量由\(ChineseWording.number(text: m.1))变为\(ChineseWording.number(text: m.2))"
        }
        return q(what)
    }

    /// A reason of the formula parser.
    static func formulaReason(_ reason: String) -> String {
        switch reason {
        case "two operators in a row": return "连续出现两个运算符"
        case "a number must be followed by * and a series id": return "数字之后应为「*」和序列代码"
        case "expected a series id (letters, digits, _)": return "此处应为序列代码（字母、数字或下划线）"
        case "empty formula": return "公式为空"
        case "ends with an operator": return "公式以运算符结尾"
        default: break
        }
        if let m = reason.wholeMatch(of: /expected \+ or - before "(.*)"/) { return "\(q(String(m.1)))之前应有「+」或「-」" }
        if let m = reason.wholeMatch(of: /"(.*)" is not a number/) { return "\(q(String(m.1)))不是数值" }
        return q(reason)
    }

    /// A reason of the hierarchy table's reader.
    static func tableReason(_ reason: String) -> String {
        switch reason {
        case "empty hierarchy id": return "层级代码为空"
        case "empty component id": return "分项代码为空"
        case "the aggregate needs a formula": return "总量行需要公式"
        case "the \"other\" line is the remainder and takes no formula": return "「other」行是余项，不能带公式"
        case "no hierarchies": return "没有任何分解层级"
        default: break
        }
        if let m = reason.wholeMatch(of: /measure must be stock or flow, not "(.*)"/) {
            return "「measure」须为「stock」或「flow」，而不是\(q(String(m.1)))"
        }
        if let m = reason.wholeMatch(of: /order must be an integer, not "(.*)"/) { return "「order」须为整数，而不是\(q(String(m.1)))" }
        if let m = reason.wholeMatch(of: /role must be aggregate, component or other, not "(.*)"/) {
            return "「role」须为「aggregate」、「component」或「other」，而不是\(q(String(m.1)))"
        }
        if let m = reason.wholeMatch(of: /duplicate line "(.*)" in (\S+) (\w+)/) {
            return "\(q(String(m.2)))的\(measure(String(m.3)))中重复的行\(q(String(m.1)))"
        }
        if let m = reason.wholeMatch(of: /second aggregate for (\S+) (\w+)/) { return "\(q(String(m.1)))的\(measure(String(m.2)))有第二个总量行" }
        if let m = reason.wholeMatch(of: /component "(.*)" needs a formula/) { return "分项\(q(String(m.1)))需要公式" }
        if let m = reason.wholeMatch(of: /second "other" line for (\S+) (\w+)/) {
            return "\(q(String(m.1)))的\(measure(String(m.2)))有第二个「other」行"
        }
        if let m = reason.wholeMatch(of: /(\S+) (\w+) has no aggregate line/) { return "\(q(String(m.1)))的\(measure(String(m.2)))没有总量行" }
        if let m = reason.wholeMatch(of: /invalid formula "(.*)": (.*)/) {
            return "无效的公式\(q(String(m.1)))：\(formulaReason(String(m.2)))"
        }
        return q(reason)
    }
}
