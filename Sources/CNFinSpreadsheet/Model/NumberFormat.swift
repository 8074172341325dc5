/// A cell's number format: its id in the workbook and its format code.
///
/// Ids 0–49 are Excel's built-in formats (ECMA-376 Part 1, §18.8.30); in a
/// Chinese (zh-CN) Excel, ids 27–36 and 50–58 are the built-in CJK date and
/// time formats (`yyyy"年"m"月"`, `m"月"d"日"`, `yyyy"年"m"月"d"日"`,
/// `h"时"mm"分"` …), which workbooks reference without writing the code.
public struct NumberFormat: Sendable, Hashable {
    /// The `numFmtId`.
    public var id: Int
    /// The format code (the built-in code for a built-in id).
    public var code: String

    public init(id: Int, code: String) {
        self.id = id
        self.code = code
    }

    /// The built-in format of `id`, or `nil` for an id that is not built in.
    public static func builtIn(_ id: Int) -> NumberFormat? {
        guard let code = builtInCodes[id] else { return nil }
        return NumberFormat(id: id, code: code)
    }

    static let builtInCodes: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm", 37: "#,##0 ;(#,##0)",
        38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
        46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
        // zh-CN built-ins (dates and times).
        27: "yyyy\"年\"m\"月\"", 28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy", 31: "yyyy\"年\"m\"月\"d\"日\"",
        32: "h\"时\"mm\"分\"", 33: "h\"时\"mm\"分\"ss\"秒\"", 34: "上午/下午h\"时\"mm\"分\"", 35: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        36: "yyyy\"年\"m\"月\"", 50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"",
        53: "m\"月\"d\"日\"", 54: "m\"月\"d\"日\"", 55: "上午/下午h\"时\"mm\"分\"", 56: "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
    ]

    /// Whether a number in this format displays as a date or time: a date
    /// built-in (14–22, 27–36, 45–47, 50–58) or a code with a `y`, `m`, `d`,
    /// `h` or `s` outside quotes, brackets and escapes.
    public var isDate: Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        if id < 164 { return false }
        var inQuote = false
        var inBracket = false
        var escaped = false
        for ch in code.unicodeScalars {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    /// The number of decimals of a fixed-point code such as `0.00_ ` or `#,##0.0` (0 without a point).
    public var decimals: Int? {
        guard !isDate else { return nil }
        var count = 0
        var seenPoint = false
        var inQuote = false
        for ch in code.unicodeScalars {
            if ch == "\"" { inQuote.toggle(); continue }
            if inQuote { continue }
            if ch == ";" { break }
            if ch == "." { seenPoint = true; continue }
            if seenPoint {
                if ch == "0" || ch == "#" || ch == "?" { count += 1 } else { break }
            }
        }
        return count
    }
}

/// A calendar date from an Excel serial number.
public struct SerialDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Converts serial day `serial` (1900 system: day 1 = 1900-01-01 with
    /// Excel's phantom 1900-02-29, so serials ≥ 61 count from 1899-12-30;
    /// 1904 system: day 0 = 1904-01-01). Days are converted to the proleptic
    /// Gregorian calendar with the civil-from-days algorithm (H. Hinnant).
    public init?(serial: Double, uses1904Dates: Bool) {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        // Days since 1970-01-01.
        let days: Int
        if uses1904Dates {
            days = whole - 24_107
        } else {
            if whole == 0 { return nil }
            days = (whole < 61 ? whole + 1 : whole) - 25_569
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }
}
