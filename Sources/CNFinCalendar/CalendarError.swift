import CNFinSupport

/// Errors raised by the Chinese New Year calendar and its regressors.
public enum CalendarError: Error, Equatable, Sendable, LocalizedMessage {
    /// A holiday window (or the list of windows) is invalid: `value` as given, `requirement` what is needed.
    case invalidWindow(value: String, requirement: String)
    /// A festival date is missing from the calendar for a year the series covers.
    case missingFestivalDate(year: Int)
    /// The Chinese New Year table could not be parsed.
    case invalidCalendar(line: Int, reason: String)

    public var description: String { message(in: .en) }

    /// The message in `language`. The requirement and reason are phrases made by this module's
    /// calendar and window types; their forms are rendered in Chinese, any other is quoted as given.
    public func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case let (.invalidWindow(value, requirement), .en):
            return "invalid holiday window = \(value): \(requirement)"
        case let (.invalidWindow(value, requirement), .zh):
            return "节日窗口\(ChineseWording.quoted(value))无效：\(Self.chineseRequirement(requirement))"
        case let (.missingFestivalDate(year), .en):
            return "no Chinese New Year date is known for \(year); the calendar covers a limited range of years"
        case let (.missingFestivalDate(year), .zh):
            return "春节日期表中没有\(year)年的春节日期；日期表只覆盖有限的年份"
        case let (.invalidCalendar(line, reason), .en):
            return "Chinese New Year calendar, line \(line): \(reason)"
        case let (.invalidCalendar(line, reason), .zh):
            return "春节日期表第\(line)行：\(Self.chineseReason(reason))"
        }
    }

    /// The error whose English ``description`` is `description`, or `nil`: for a caller that carried a
    /// calendar error as its English text (regARIMA's `invalidParameter` requirement) and now needs it
    /// in another language.
    public init?(description: String) {
        if let m = description.wholeMatch(of: /invalid holiday window = (.*?): (.*)/) {
            self = .invalidWindow(value: String(m.1), requirement: String(m.2))
        } else if let m = description.wholeMatch(of: /no Chinese New Year date is known for (-?\d+); the calendar covers a limited range of years/),
                  let year = Int(m.1) {
            self = .missingFestivalDate(year: year)
        } else if let m = description.wholeMatch(of: /Chinese New Year calendar, line (\d+): (.*)/), let line = Int(m.1) {
            self = .invalidCalendar(line: line, reason: String(m.2))
        } else {
            return nil
        }
        guard self.description == description else { return nil }
    }

    /// A window requirement of ``ChineseNewYearWindow`` and its kin, in Chinese.
    static func chineseRequirement(_ requirement: String) -> String {
        switch requirement {
        case "the first day must not come after the last": return "起始日不能晚于结束日"
        case "must be shorter than 300 days": return "窗口须短于300天"
        case "days before and after must be ≥ 0": return "节前、节后天数须 ≥ 0"
        default: break
        }
        if let m = requirement.wholeMatch(of: /each end must lie within (\d+) days of the festival/) {
            return "两端须在春节前后\(m.1)天之内"
        }
        if let m = requirement.wholeMatch(of: /days before and after must be at most (\d+)/) {
            return "节前、节后天数至多为\(m.1)"
        }
        return ChineseWording.quoted(requirement)
    }

    /// A reason of ``ChineseNewYearCalendar``'s parser, in Chinese.
    static func chineseReason(_ reason: String) -> String {
        let q = ChineseWording.quoted
        if reason == "no dates" { return "没有日期" }
        if let m = reason.wholeMatch(of: /expected `year,YYYY-MM-DD`, got "(.*)"/) {
            return "应为\(q("year,YYYY-MM-DD"))，实际为\(q(String(m.1)))"
        }
        if let m = reason.wholeMatch(of: /invalid date "(.*)"/) { return "无效的日期\(q(String(m.1)))" }
        if let m = reason.wholeMatch(of: /date (\S+) is not in year (\d+)/) { return "日期\(m.1)不在\(m.2)年内" }
        if let m = reason.wholeMatch(of: /year (\d+) is outside 1001–9998 \(the months a series can have\)/) {
            return "年份\(m.1)超出1001–9998（序列可有的月份范围）"
        }
        if let m = reason.wholeMatch(of: /year (\d+) appears twice/) { return "年份\(m.1)出现了两次" }
        return q(reason)
    }
}
