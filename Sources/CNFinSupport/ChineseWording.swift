import Foundation

/// The pieces every module's Chinese error messages share, so that they read alike: verbatim tokens
/// in 「」, lists joined by 、, and the operating system's reasons in Chinese.
///
/// The rules (issue 17): a token the user supplied or the system named — an id, a column, a path, a
/// cell's text, a routine name — is quoted as written inside 「」; numbers and months (`2023-05`) keep
/// their printed form; everything else is Chinese.
public enum ChineseWording {
    /// `text` as a verbatim token: `「text」`.
    public static func quoted(_ text: String) -> String { "「\(text)」" }

    /// Tokens quoted and joined by the enumeration comma: `「a」、「b」、「c」`.
    public static func quotedList(_ items: [String]) -> String {
        items.map(quoted).joined(separator: "、")
    }

    /// Suggestions for a mistyped name: `；是否想输入「a」或「b」？`, or an empty string for none.
    public static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "；" + question(suggestions)
    }

    /// `是否想输入「a」、「b」或「c」？` (an empty string for no suggestions).
    public static func question(_ suggestions: [String]) -> String {
        guard let last = suggestions.last else { return "" }
        let head = suggestions.dropLast()
        return "是否想输入" + (head.isEmpty ? "" : quotedList(Array(head)) + "或") + quoted(last) + "？"
    }

    /// A number as printed in a Chinese message: the finite ones as Swift prints them (`0.95`, `1e-05`),
    /// NaN as 非数 and the infinities as 正无穷大 / 负无穷大 — not the English `nan`, `inf`.
    public static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : number(text: "\(value)")
    }

    /// A number printed by Swift (`"\(double)"`) in a Chinese message: `nan`, `inf`, `-inf` in Chinese,
    /// anything else unchanged.
    public static func number(text: some StringProtocol) -> String {
        switch text {
        case "nan", "-nan": return "非数"
        case "inf", "+inf": return "正无穷大"
        case "-inf": return "负无穷大"
        default: return String(text)
        }
    }

    /// A parameter's bound as the modules write it in English (`must be ≥ 1`, `must be in (0, 1)`,
    /// `must be a positive finite number`, …) in Chinese, or nil for a form not listed (the module then
    /// says its own requirements, and quotes an unknown one).
    public static func requirement(_ text: String) -> String? {
        let fixed: [String: String] = [
            "must be in (0, 1)": "须在(0, 1)之内", "must be positive": "须为正数",
            "must be a positive integer": "须为正整数", "must be a positive finite number": "须为有限的正数",
            "must be 0, 1, 2 or 3": "须为 0、1、2 或 3", "must be 0 or 1": "须为 0 或 1",
        ]
        if let chinese = fixed[text] { return chinese }
        if let m = text.wholeMatch(of: /must be ≥ (-?\d+)/) { return "须 ≥ \(m.1)" }
        if let m = text.wholeMatch(of: /must be at least (-?\d+)/) { return "须至少为 \(m.1)" }
        if let m = text.wholeMatch(of: /must be 1…(\d+)/) { return "须在1…\(m.1)之间" }
        return nil
    }

    /// A `strerror`-style or Foundation reason for a failed read or write, in Chinese: the common
    /// causes by name, anything else quoted as the system gave it (`系统原因：「…」`).
    public static func systemReason(_ reason: String) -> String {
        let text = reason.lowercased()
        for (phrases, chinese) in knownReasons where phrases.contains(where: text.contains) {
            return chinese
        }
        return "系统原因：" + quoted(reason)
    }

    /// The reason for the POSIX error `code` in Chinese (``systemReason(_:)`` of its `strerror` text).
    public static func systemReason(code: Int32) -> String {
        systemReason(String(cString: strerror(code)))
    }

    /// Lower-case phrases of glibc's `strerror` and Foundation's descriptions, and their Chinese.
    private static let knownReasons: [([String], String)] = [
        (["no such file", "doesn’t exist", "doesn't exist", "does not exist"], "文件或目录不存在"),
        (["permission"], "没有访问权限"),
        (["is a directory"], "这是一个目录，不是文件"),
        (["not a directory"], "路径中有一级不是目录"),
        (["no space left"], "磁盘空间不足"),
        (["read-only file system"], "文件系统为只读"),
        (["file exists"], "文件已存在"),
        (["not valid utf-8"], "内容不是有效的UTF-8文本"),
        (["too many open files"], "打开的文件过多"),
        (["file name too long"], "文件名过长"),
        (["disk quota exceeded"], "超出磁盘配额"),
        (["input/output error"], "设备读写出错"),
    ]
}
