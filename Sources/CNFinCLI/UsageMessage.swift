import ArgumentParser
import CNFin

/// ArgumentParser's own usage messages in the reader's language.
///
/// ArgumentParser writes its messages — an unknown option, a missing argument or value, a value an
/// option's transform refused — in English, around the usage line of the command. In Chinese the
/// forms below are said in Chinese, with the option names, values and the usage line as typed
/// (they are what the user types); our own reasons inside them (``OptionValueError``,
/// ``usageError(en:zh:)``) are already in the language of the command line. A form not listed keeps
/// its English text. ArgumentParser's `Help:` line (the option's English help text, as `--help`
/// prints it) is left out in Chinese: `--help` has it.
enum UsageMessage {
    /// `fullMessage` (ArgumentParser's `Error: …`, `Usage: …` and `See '… --help' …` lines) in `language`.
    static func full(_ fullMessage: String, in language: DisplayLanguage) -> String {
        guard language == .zh else { return fullMessage }
        var lines = fullMessage.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.hasPrefix("Help: ") }
        for i in lines.indices {
            let line = lines[i]
            if line.hasPrefix("Error: ") {
                lines[i] = "错误：" + message(String(line.dropFirst("Error: ".count)), in: language)
            } else if line.hasPrefix("  - "), line.count > 4 {
                // The values ArgumentParser lists after "Please provide one of the following:".
                lines[i] = "  - 「" + line.dropFirst(4) + "」"
            } else if line.hasPrefix("Usage: ") {
                lines[i] = "用法：" + line.dropFirst("Usage: ".count)
            } else if let m = line.wholeMatch(of: /(\s*)See '(.+)' for more information\./) {
                lines[i] = "\(m.1)详见「\(m.2)」。"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One of ArgumentParser's messages (without its `Error: ` prefix) in `language`.
    static func message(_ english: String, in language: DisplayLanguage) -> String {
        guard language == .zh else { return english }
        if let m = english.wholeMatch(of: /Unknown option '([^']*)'(?:\. Did you mean '([^']*)'\?)?/) {
            return "未知选项「\(m.1)」" + (m.2.map { "；是否想输入「\($0)」？" } ?? "")
        }
        if let m = english.wholeMatch(of: /Missing expected argument '([^']*)'/) { return "缺少参数「\(m.1)」" }
        if let m = english.wholeMatch(of: /Unexpected argument '([^']*)'/) { return "多余的参数「\(m.1)」" }
        if let m = english.wholeMatch(of: /Unexpected arguments (.*)/) {
            let words = m.1.matches(of: /'([^']*)'/).map { "「\($0.1)」" }
            return "多余的参数" + words.joined(separator: "、")
        }
        if let m = english.wholeMatch(of: /Missing value for '([^']*)'/) { return "选项「\(m.1)」缺少值" }
        if let m = english.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)'\. Please provide one of the following:/) {
            return "选项「\(m.2)」的值「\(m.1)」无效；可选值："
        }
        if let m = english.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)'\. Please provide one of (.*)/) {
            let values = m.3.matches(of: /'([^']*)'/).map { "「\($0.1)」" }
            return "选项「\(m.2)」的值「\(m.1)」无效；可选值：" + values.joined(separator: "、")
        }
        if let m = english.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)'(?:: (.*))?/.dotMatchesNewlines()) {
            return "选项「\(m.2)」的值「\(m.1)」无效" + (m.3.map { "：\($0)" } ?? "")
        }
        return english
    }
}
