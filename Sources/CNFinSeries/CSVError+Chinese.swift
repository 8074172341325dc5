import CNFinSupport

/// The Chinese messages of ``CSVError``.
///
/// A place is `「file」第L行第C列`; cell texts, column names and ids are quoted in 「」 as written (cut
/// to 60 characters like the English). Several cases carry an English phrase made by the readers of
/// this module (`badHeader`'s reason, `duplicateMonth`'s key, `invalidValue`'s expected values): the
/// forms they produce are rendered in Chinese below; a phrase of another form is quoted as given.
extension CSVError {
    var chinese: String {
        let q = ChineseWording.quoted
        switch self {
        case .unreadable(let file, let reason):
            return "\(q(file))：无法读取（\(ChineseWording.systemReason(reason))）"
        case .empty(let file):
            return "\(q(file))：文件为空（应有表头行）"
        case .unterminatedQuote(let l):
            return "\(Self.place(l))：带引号的字段没有闭合"
        case .unexpectedQuote(let l):
            return "\(Self.place(l))：意外的双引号（含双引号的字段应整体加引号，字段内的双引号写两遍）"
        case .badHeader(let l, let reason):
            return "\(Self.place(l))：表头有误：\(Self.chineseHeaderReason(reason))"
        case .wrongFieldCount(let l, let expected, let found):
            return "\(Self.place(l))：应与表头一样有\(expected)个字段，实际有\(found)个"
        case .badMonth(let l, let text, let reason):
            return "\(Self.place(l))：无效的月份\(Self.cell(text))：\(Self.chineseMonthReason(text: text, reason: reason))"
        case .nonNumeric(let l, let column, let text):
            return "\(Self.place(l))：\(q(column))列的值\(Self.cell(text))不是数值（缺失值请留空）"
        case .notFinite(let l, let column, let text):
            return "\(Self.place(l))：\(q(column))列的值\(Self.cell(text))不是有限数值（缺失值请留空）"
        case .duplicateMonth(let l, let key, let firstLine):
            if let m = key.wholeMatch(of: /(.*), also in (.*)/) {
                return "\(Self.place(l))：重复的\(Self.chineseKey(String(m.1)))（首次出现在\(q(String(m.2)))第\(firstLine)行）"
            }
            return "\(Self.place(l))：重复的\(Self.chineseKey(key))（首次出现在第\(firstLine)行）"
        case .outOfOrder(let l, let month, let previous):
            return "\(Self.place(l))：月份\(month)排在\(previous)之后，顺序有误；各行须按月份递增排列"
        case .gap(let l, let after, let before):
            let first = after.advanced(by: 1), last = before.advanced(by: -1)
            let missing = first == last ? "\(first)" : "\(first)…\(last)"
            return "\(Self.place(l))：月份不连续：\(after)与\(before)之间缺少\(missing)的行（缺失值请补上空白单元格的行）"
        case .unknownUnit(let l, let text):
            return "\(Self.place(l))：未知单位\(Self.cell(text))（可用：亿元、万亿元、%、「pp」、「index」）"
        case .invalidValue(let l, let column, let text, let expected):
            return "\(Self.place(l))：\(q(column))的取值\(Self.cell(text))无效（应为\(Self.chineseExpected(expected))）"
        case .duplicateColumn(let l, let name):
            return "\(Self.place(l))：表头中\(q(name))列出现了两次"
        case .emptyCell(let l, let column):
            return "\(Self.place(l))：\(q(column))列不能为空"
        case .missingValue(let l, let column, let text):
            return "\(Self.place(l))：\(q(column))列为缺失值" + (text.isEmpty ? "" : Self.cell(text))
        case .unknownColumn(let file, let name, let available):
            let close = CloseMatches.suggestions(for: name, among: available)
            return "\(q(file))：没有名为\(q(name))的列" + (close.isEmpty ? "" : "（\(ChineseWording.question(close))）")
                + "；现有列：\(ChineseWording.quotedList(available))"
        }
    }

    /// `「file」第L行第C列`.
    static func place(_ l: CSVLocation) -> String {
        "\(ChineseWording.quoted(l.file))第\(l.line)行第\(l.column)列"
    }

    /// A cell's text quoted in a Chinese message: `「text」`, or for a long one its first 60 characters
    /// and the length (`「…」（共N个字符）`), as ``excerpt(_:)`` does in English.
    static func cell(_ text: String) -> String {
        guard excerpt(text) != text else { return ChineseWording.quoted(text) }
        return ChineseWording.quoted(String(text.prefix(60)) + "…") + "（共\(text.count)个字符）"
    }

    /// The reason of a bad month cell in Chinese: the month reader's reason for `text` when it still
    /// rejects it, otherwise the given reason quoted.
    static func chineseMonthReason(text: String, reason: String) -> String {
        do {
            _ = try Month.parse(text)
        } catch {
            if error.reason == reason { return error.reason(in: .zh) }
        }
        return ChineseWording.quoted(reason)
    }

    /// The header reasons this module's readers give, in Chinese.
    static func chineseHeaderReason(_ reason: String) -> String {
        let q = ChineseWording.quoted
        if let m = reason.wholeMatch(of: /header field (\d+) is empty/) {
            return "表头第\(m.1)个字段为空"
        }
        if let m = reason.wholeMatch(of: /missing column\(s\) (.*); expected (.*)/) {
            return "缺少\(ChineseWording.quotedList(m.1.split(separator: ", ").map(String.init)))列；应有\(q(String(m.2)))"
        }
        if let m = reason.wholeMatch(of: /no (value|date) column '([^']*)'(?:; did you mean .*\?)? \(columns: (.*)\)/) {
            let role = m.1 == "value" ? "数值" : "日期"
            let names = m.3.isEmpty ? [] : m.3.split(separator: ", ", omittingEmptySubsequences: false).map(String.init)
            let close = CloseMatches.suggestions(for: String(m.2), among: names)
            return "没有名为\(q(String(m.2)))的\(role)列" + (close.isEmpty ? "" : "（\(ChineseWording.question(close))）")
                + "；现有列：\(ChineseWording.quotedList(names))"
        }
        if reason == "expected 'month' followed by at least one series id" {
            return "应为\(q("month"))列后接至少一个序列代码"
        }
        if let m = reason.wholeMatch(of: /first column must be 'month', found "(.*)"/) {
            return "第一列应为\(q("month"))，实际为\(q(String(m.1)))"
        }
        if reason == "empty series id" { return "序列代码为空" }
        return q(reason)
    }

    /// The keys of duplicate rows this module's and the dataset's readers give, in Chinese.
    static func chineseKey(_ key: String) -> String {
        let q = ChineseWording.quoted
        if let m = key.wholeMatch(of: /month (\S+)/) { return "月份\(m.1)" }
        if let m = key.wholeMatch(of: /series id '(.*)'/) { return "序列代码\(q(String(m.1)))" }
        if let m = key.wholeMatch(of: /id '(.*)' month (\S+)/) { return "序列\(q(String(m.1)))的\(m.2)" }
        return "键\(q(key))"
    }

    /// Allowed values as given by `invalidValue` (`a, b or c`, `a, b, c`), quoted; another phrase quoted whole.
    static func chineseExpected(_ expected: String) -> String {
        if let m = expected.wholeMatch(of: /a month not before '(\w+)' \((\S+)\)/) {
            return "不早于\(ChineseWording.quoted(String(m.1)))（\(m.2)）的月份"
        }
        if expected == "a year and a YYYY-MM-DD date in that year" { return "年份及该年之内的「YYYY-MM-DD」日期" }
        let parts = expected.split(separator: ", ").flatMap { $0.split(separator: " or ") }.map(String.init)
        guard parts.allSatisfy({ !$0.contains(" ") }) else { return ChineseWording.quoted(expected) }
        guard let last = parts.last, parts.count > 1 else { return ChineseWording.quoted(expected) }
        return ChineseWording.quotedList(Array(parts.dropLast())) + "或" + ChineseWording.quoted(last)
    }
}
