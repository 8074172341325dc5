import ArgumentParser
import CNFin

/// The language of usage errors — those reported while the command line is parsed and validated,
/// before a command's own `--lang` option exists as a value.
///
/// It is read from the raw arguments by the same rule the commands apply (`--lang en`,
/// `--lang=en`; Chinese otherwise, the default of every command) and bound for the parse, the
/// validation and the run of one command line (``CNFinCommand/asyncMain(_:)``) as a task-local
/// value, so that option transforms (``OptionValueError``), the `validate()` of option groups that
/// hold no `--lang` (``usageError(en:zh:)``) and the printing of ArgumentParser's own messages
/// (``UsageMessage``) all use it.
enum ArgumentLanguage {
    /// The language of the command line being parsed (Chinese outside ``CNFinCommand/asyncMain(_:)``).
    @TaskLocal static var current: DisplayLanguage = .zh

    /// The language `arguments` ask for: the value of the last `--lang` (`--lang en` or `--lang=en`),
    /// Chinese when there is none or it names no language (ArgumentParser then reports the bad value).
    static func of(_ arguments: [String]) -> DisplayLanguage {
        var language = DisplayLanguage.zh
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let word = arguments[index]
            if word == "--" { break }
            if word == "--lang", index + 1 < arguments.endIndex {
                language = DisplayLanguage(rawValue: arguments[index + 1]) ?? language
                index += 1
            } else if word.hasPrefix("--lang=") {
                language = DisplayLanguage(rawValue: String(word.dropFirst("--lang=".count))) ?? language
            }
            index += 1
        }
        return language
    }
}

/// A usage error (exit status 2) in the language of the command line being parsed
/// (``ArgumentLanguage/current``): for the `validate()` of option groups that hold no `--lang`.
func usageError(en: String, zh: String) -> ValidationError {
    usageError(ArgumentLanguage.current, en: en, zh: zh)
}
