/// Whether an `.xls` cell format shows a number as a date, a date and time,
/// or a time — and the text the reader gives such a cell
/// (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`, `HH:MM:SS`).
///
/// Built-in formats ([MS-XLS] §2.4.126, with the zh-CN built-ins of
/// ``NumberFormat``): 14–17, 27–31, 36, 50–54, 57–58 are dates, 22 a date and
/// time, 18–21, 32–35, 45–47, 55–56 times. A format given by a FORMAT record is
/// a date if its code has `y` or `d` (or `m` without `h` or `s`) and a time if it
/// has `h` or `s`, outside quotes, brackets and escapes.
enum XLSDateKind: Sendable, Hashable {
    case none, date, dateTime, time

    init(format: UInt16, code: String?) {
        if let code, format >= 164 || NumberFormat.builtIn(Int(format)) == nil {
            self = Self.classify(code)
            return
        }
        switch format {
        case 14...17, 27...31, 36, 50...54, 57, 58: self = .date
        case 22: self = .dateTime
        case 18...21, 32...35, 45...47, 55, 56: self = .time
        default: self = .none
        }
    }

    static func classify(_ code: String) -> XLSDateKind {
        var inQuote = false
        var inBracket = false
        var escaped = false
        var y = false, m = false, d = false, h = false, s = false
        scan: for ch in code.unicodeScalars {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[": if !inQuote { inBracket = true }
            case "]": if !inQuote { inBracket = false }
            case ";": if !inQuote && !inBracket { break scan } // the first section decides
            default:
                guard !inQuote && !inBracket else { continue }
                switch ch {
                case "y", "Y": y = true
                case "m", "M": m = true
                case "d", "D": d = true
                case "h", "H": h = true
                case "s", "S": s = true
                default: break
                }
            }
        }
        let date = y || d || (m && !h && !s)
        let time = h || s
        switch (date, time) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .none
        }
    }

    /// The text of serial `serial` in this kind, or `nil` (not a date kind, or out of range).
    func text(serial: Double, uses1904Dates: Bool) -> String? {
        guard self != .none, serial.isFinite, serial >= 0 else { return nil }
        let fraction = serial - serial.rounded(.down)
        let seconds = min(Int((fraction * 86_400).rounded()), 86_399)
        let time = "\(Self.pad(seconds / 3600, 2)):\(Self.pad(seconds / 60 % 60, 2)):\(Self.pad(seconds % 60, 2))"
        if self == .time { return time }
        guard let day = SerialDate(serial: serial, uses1904Dates: uses1904Dates) else { return nil }
        let date = "\(Self.pad(day.year, 4))-\(Self.pad(day.month, 2))-\(Self.pad(day.day, 2))"
        switch self {
        case .date: return date
        case .dateTime: return date + " " + time
        case .time, .none: return nil
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
