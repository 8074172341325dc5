import CNFinSupport

/// The one checker of the error-message tests (issue 17: Chinese output wholly in Chinese, English
/// output wholly in English).
///
/// For an error that speaks both languages, ``problems(of:)`` checks that
/// - its English ``LocalizedMessage/message(in:)`` is its `description` (the text logs and older tests see);
/// - its Chinese message has Han characters, and no ASCII word outside 「」 except ``isAllowed(_:)``;
/// - the Chinese message mentions every data item of the English one: each number (and so each month,
///   line and column) and each token the English quotes in `'…'` or `"…"`;
/// - no 「」 token holds an English phrase (two words in a row): the sample tokens are ids,
///   names and cell texts, so such a token is an English phrase the message quoted instead of translating.
///
/// It returns the problems found (empty when none), so that each test module reports them with its own
/// `#expect`.
public enum ErrorMessageCheck {
    /// ASCII words allowed in Chinese prose: the output tests' lists (`OutputPropertyTests.allowedASCII`
    /// and `allowedStatisticalASCII`: M0/M1/M2, TSF, RMB, pp, X-13, regARIMA, AO, LS, …), plus CSV and
    /// UTF(-8), and the names of tests and estimators Chinese econometric writing keeps in Latin letters
    /// (ADF, KPSS, OLS, HAC, Bartlett — the statistics commands' Chinese tables use them too).
    public static let allowedWords: Set<String> = [
        "M0", "M1", "M2", "TSF", "RMB", "pp", "CSV", "UTF",
        "X", "ARIMA", "regARIMA", "STL", "HP", "Hamilton", "Henderson", "QS", "AIC", "AICc", "BIC", "MA", "AR", "Box", "Jenkins",
        "Ljung", "Jarque", "Bera", "Hannan", "Quinn", "Q2", "D8", "AO", "LS", "TC", "RP",
        "ADF", "KPSS", "OLS", "HAC", "Bartlett",
    ]

    /// Whether an ASCII word may stand outside 「」 in Chinese prose: ``allowedWords``, single-letter
    /// symbols, outlier names (`LS2020`), model parameters (`ma1`, `sar2`) and `M` with a number.
    public static func isAllowed(_ word: String) -> Bool {
        allowedWords.contains(word) || word.count == 1
            || word.wholeMatch(of: /(AO|LS|TC|RP)\d{4}/) != nil
            || word.wholeMatch(of: /s?(ma|ar)\d+/) != nil
            || word.wholeMatch(of: /M\d{1,2}/) != nil
    }

    /// The problems of `error`'s two messages (see ``ErrorMessageCheck``); empty when there are none.
    public static func problems(of error: any LocalizedMessage) -> [String] {
        let english = error.message(in: .en), chinese = error.message(in: .zh)
        var problems: [String] = []
        if english != error.description {
            problems.append("English message differs from description: \(english) | \(error.description)")
        }
        if !chinese.unicodeScalars.contains(where: isHan) {
            problems.append("no Chinese in: \(chinese)")
        }
        for word in asciiWords(outsideQuotes: chinese) where !isAllowed(word) {
            problems.append("ASCII word '\(word)' outside 「」 in: \(chinese)")
        }
        for item in dataItems(english) where !chinese.contains(item) {
            problems.append("'\(item)' of the English message is missing in: \(chinese) (English: \(english))")
        }
        for token in chinese.matches(of: /「([^」]*)」/).map({ String($0.output.1) })
        where token.firstMatch(of: /[A-Za-z]{2,} [a-z]{2,}/) != nil {
            problems.append("an English phrase left untranslated in 「\(token)」: \(chinese)")
        }
        if chinese.contains("「」") {
            problems.append("empty 「」 in: \(chinese)")
        }
        return problems
    }

    /// The ASCII words of `text` outside its 「…」 tokens.
    public static func asciiWords(outsideQuotes text: String) -> [String] {
        let prose = text.replacing(/「[^」]*」/, with: " ")
        return prose.matches(of: /[A-Za-z][A-Za-z0-9_]*/).map { String($0.output) }
    }

    /// The data items of an English message: its numbers (digit runs, with a decimal point inside) and
    /// its tokens quoted in `'…'` (a quote not inside a word, unlike "LAPACK's") or `"…"`.
    public static func dataItems(_ english: String) -> [String] {
        var items = english.matches(of: /\d+(?:\.\d+)*/).map { String($0.output) }
        items += english.matches(of: /(?:^|[^A-Za-z])'([^']+)'(?![A-Za-z])/).map { String($0.output.1) }
        items += english.matches(of: /"([^"]+)"/).map { String($0.output.1) }
        // A long cell is quoted cut, with its length after it: `"9x9x… (100 characters)"`; its data are
        // the cut text (with the ellipsis) and the length, which is a number above.
        return items.map { item in
            item.wholeMatch(of: /(.*…) \(\d+ characters\)/).map { String($0.output.1) } ?? item
        }
    }

    /// Whether `scalar` is a Han (CJK unified) character.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
