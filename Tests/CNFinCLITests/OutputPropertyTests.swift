import CNFin
import Foundation
import Testing

/// Properties of every table cnfin prints, checked on the bundled data for every command × format ×
/// language: in text, Markdown and LaTeX each numeric column has one number of decimals; in CSV and JSON
/// every number is the shortest text that reads back to the same double; Chinese prose has no catalog
/// id or other ASCII word outside a short allow-list; and every CSV cnfin writes reads back into
/// `regress`, `test` and `seasonal`.
@Suite(.serialized) struct OutputPropertyTests {
    static let data = GoldenCLITests.bundledData.path

    /// A command line and whether it takes `--lang`; whether it reads a dataset directory (`--data`), and
    /// whether each run merges into a fresh directory of its own (`--into`, for `update`: so that the zh and
    /// the en run see the same data).
    struct Command: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let languages: Bool
        var takesData = true
        var freshInto = false
        var testDescription: String { arguments.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 }.joined(separator: " ") }
    }

    static let commands: [Command] = [
        Command(arguments: ["summary", "--month", "2023-05"], languages: true),
        Command(arguments: ["summary"], languages: true),
        Command(arguments: ["indicators", "--from", "2022-01", "--to", "2023-12"], languages: true),
    ] + dataCommands + decomposeCommands + modelCommands + recordCommands

    /// `ingest`, `import` and `update` (all take `--lang`): the May 2023 release text in Chinese and in English
    /// (``RecordInputs``), a text with an unparsed clause and a conflict, a PBoC table (.xls); `update` merges
    /// each run into a fresh directory.
    static let recordCommands: [Command] = [
        Command(arguments: ["ingest", RecordInputs.chinese, "--check"], languages: true, takesData: false),
        Command(arguments: ["ingest", RecordInputs.english, "--check"], languages: true, takesData: false),
        Command(arguments: ["ingest", RecordInputs.diagnostics, "--month", "2030-04", "--check"], languages: true, takesData: false),
        Command(arguments: ["import", RecordInputs.table, "--check"], languages: true, takesData: false),
        Command(arguments: ["update", RecordInputs.chinese], languages: true, takesData: false, freshInto: true),
        Command(arguments: ["update", RecordInputs.table], languages: true, takesData: false, freshInto: true),
    ]

    /// `data show`, `data breaks`, `data list`, `data status` (all take `--lang`): levels, rates, a break-aware
    /// transform across the 2024 M1 break, the source columns.
    static let dataCommands: [Command] = [
        Command(arguments: ["data", "show", "m2", "m2_yoy", "loans_increase", "--from", "2022-01", "--to", "2023-05"], languages: true),
        Command(arguments: ["data", "show", "loans_balance", "m1", "--transform", "yoy", "--from", "2022-06", "--to", "2023-06"], languages: true),
        Command(arguments: ["data", "show", "m1", "--transform", "yoy", "--from", "2024-06", "--to", "2025-06"], languages: true),
        Command(arguments: ["data", "show", "m2", "tsf_increase", "--from", "2023-01", "--to", "2023-05", "--sources"], languages: true),
        Command(arguments: ["data", "breaks"], languages: true),
        Command(arguments: ["data", "list"], languages: true),
        Command(arguments: ["data", "status"], languages: true),
    ]

    /// `decompose`: each hierarchy, a stock and a flow, the default month (the one rule for the latest month).
    static let decomposeCommands: [Command] = [
        Command(arguments: ["decompose", "money", "--month", "2023-05"], languages: true),
        Command(arguments: ["decompose", "loans", "--month", "2023-05"], languages: true),
        Command(arguments: ["decompose", "loans", "--month", "2023-05", "--flow"], languages: true),
        Command(arguments: ["decompose", "deposits"], languages: true),
        Command(arguments: ["decompose", "tsf"], languages: true),
    ]

    /// The seasonal, filter, arima and forecast commands (all take `--lang`): each method, a stock and a flow,
    /// a log model, the break rules.
    static let modelCommands: [Command] = [
        Command(arguments: ["seasonal", "loans_increase", "--method", "stl", "--cny", "--ignore-breaks", "--from", "2006-02", "--to", "2023-12"], languages: true),
        Command(arguments: ["seasonal", "m2", "--method", "classical", "--log"], languages: true),
        Command(arguments: ["seasonal", "loans_increase"], languages: true),
        Command(arguments: ["seasonal", "m1", "--break-regressors", "--from", "2015-01"], languages: true),
        Command(arguments: ["filter", "hp", "m2", "--ignore-breaks", "--from", "2015-01", "--to", "2023-12"], languages: true),
        Command(arguments: ["filter", "hp", "m2", "--one-sided"], languages: true),
        Command(arguments: ["filter", "hamilton", "loans_balance", "--ignore-breaks", "--from", "2010-01", "--to", "2023-12"], languages: true),
        Command(arguments: ["arima", "loans_increase", "--horizon", "6"], languages: true),
        Command(arguments: ["arima", "m0", "--log", "--horizon", "12"], languages: true),
        Command(arguments: ["forecast", "tsf_increase", "--horizon", "12"], languages: true),
    ]

    static func runs(_ command: Command, format: String) -> [(language: String?, arguments: [String])] {
        let base = command.arguments + ["--format", format] + (command.takesData ? ["--data", data] : [])
        func into() -> [String] {
            command.freshInto ? ["--into", RecordInputs.directory.appendingPathComponent("into-\(UUID().uuidString)").path] : []
        }
        guard command.languages else { return [(nil, base + into())] }
        return ["zh", "en"].map { ($0, base + into() + ["--lang", $0]) }
    }

    // MARK: one number of decimals per column

    @Test(arguments: commands)
    func oneNumberOfDecimalsPerColumn(_ command: Command) throws {
        for format in ["text", "markdown", "latex"] {
            for run in Self.runs(command, format: format) {
                let (status, output, errors) = try GoldenCLITests.run(run.arguments)
                #expect(status == 0, "\(run.arguments): \(errors)")
                let tables = Self.tables(in: output, format: format)
                #expect(tables.contains { !$0.isEmpty }, "\(run.arguments): no table found")
                for (t, rows) in tables.enumerated() where !rows.isEmpty {
                    let width = rows.map(\.count).max() ?? 0
                    for j in 0..<width {
                        let decimals = Set(rows.compactMap { j < $0.count ? Self.decimals($0[j]) : nil })
                        #expect(decimals.count <= 1,
                                "\(run.arguments.joined(separator: " ")): table \(t + 1) column \(j + 1) mixes \(decimals.sorted()) decimals")
                    }
                }
            }
        }
    }

    /// The number of decimals of a cell that is a number (`-1,234.50` → 2, `13600` → 0), else `nil`.
    static func decimals(_ cell: String) -> Int? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        guard text.range(of: #"^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$"#, options: .regularExpression) != nil else { return nil }
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Headers of label/value tables (one statistic per row, e.g. arima's fit statistics): each row is its own
    /// quantity with its own precision, so the one-number-of-decimals rule does not apply to their value column.
    static let labelValueHeaders: Set<[String]> = [["statistic", "value"], ["统计量", "数值"]]

    /// The body rows (cells as text) of every table in `output`; a label/value table (``labelValueHeaders``)
    /// gives no rows.
    static func tables(in output: String, format: String) -> [[[String]]] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var tables: [[[String]]] = []
        switch format {
        case "markdown":
            var i = 0
            while i < lines.count {
                if lines[i].hasPrefix("| "), i + 1 < lines.count, lines[i + 1].hasPrefix("|") && lines[i + 1].contains("---") {
                    var rows: [[String]] = []
                    var k = i + 2
                    while k < lines.count, lines[k].hasPrefix("| ") {
                        rows.append(String(lines[k].dropFirst(2).dropLast(2)).components(separatedBy: " | "))
                        k += 1
                    }
                    let header = String(lines[i].dropFirst(2).dropLast(2)).components(separatedBy: " | ")
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    tables.append(labelValueHeaders.contains(header) ? [] : rows)
                    i = k
                } else {
                    i += 1
                }
            }
        case "latex":
            var rows: [[String]]?
            for line in lines {
                if line.hasPrefix("\\begin{tabular}") { rows = []; continue }
                if line.hasPrefix("\\end{tabular}") {
                    if let r = rows {
                        let header = (r.first ?? []).map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\textbf{", with: "")
                            .replacingOccurrences(of: "}", with: "") }
                        tables.append(labelValueHeaders.contains(header) ? [] : Array(r.dropFirst()))
                    }
                    rows = nil
                    continue
                }
                if rows != nil, line.hasSuffix(" \\\\") {
                    rows?.append(String(line.dropLast(3)).components(separatedBy: " & "))
                }
            }
        default:
            for (i, line) in lines.enumerated() where i > 0 && Self.isRule(line) {
                let spans = Self.columnSpans(rule: line)
                var rows: [[String]] = []
                var k = i + 1
                while k < lines.count, !lines[k].isEmpty, let cells = Self.cells(lines[k], spans: spans) {
                    rows.append(cells)
                    k += 1
                }
                let header = Self.cells(lines[i - 1], spans: spans) ?? []
                tables.append(labelValueHeaders.contains(header) ? [] : rows)
            }
        }
        return tables
    }

    static func isRule(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { $0 == "-" || $0 == " " } && line.contains("-  -") || (line.count > 2 && line.allSatisfy { $0 == "-" })
    }

    /// The display-column ranges of the dashes of a rule line.
    static func columnSpans(rule: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int?
        for (i, ch) in rule.enumerated() {
            if ch == "-", start == nil { start = i }
            if ch == " ", let s = start { spans.append(s..<i); start = nil }
        }
        if let s = start { spans.append(s..<rule.count) }
        return spans
    }

    /// A table line cut into the rule's columns by display width; `nil` when a separator position holds
    /// text (the line is a note, not a row).
    static func cells(_ line: String, spans: [Range<Int>]) -> [String]? {
        var slots: [String] = []
        for ch in line {
            slots.append(String(ch))
            for _ in 1..<max(1, DisplayWidth.of(ch)) { slots.append("") }
        }
        for (a, b) in zip(spans, spans.dropFirst()) {
            for p in a.upperBound..<b.lowerBound where p < slots.count && slots[p] != " " { return nil }
        }
        return spans.map { span in
            guard span.lowerBound < slots.count else { return "" }
            return slots[span.lowerBound..<min(span.upperBound, slots.count)].joined().trimmingCharacters(in: .whitespaces)
        }
    }

    // MARK: exact numbers in CSV and JSON

    @Test(arguments: commands)
    func csvAndJSONNumbersAreShortestRoundTrip(_ command: Command) throws {
        for format in ["csv", "json"] {
            for run in Self.runs(command, format: format) {
                let (status, output, errors) = try GoldenCLITests.run(run.arguments)
                #expect(status == 0, "\(run.arguments): \(errors)")
                let tokens: [String]
                if format == "csv" {
                    tokens = output.split(separator: "\n").flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                } else {
                    let pattern = try NSRegularExpression(pattern: #"(?<=[:\[,]\s?)-?\d+(\.\d+)?([eE][-+]?\d+)?(?=\s*[,\]\}\n])"#)
                    let ns = output as NSString
                    tokens = pattern.matches(in: output, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
                }
                for token in tokens where token.range(of: #"^-?\d+(\.\d+)?([eE][-+]?\d+)?$"#, options: .regularExpression) != nil {
                    guard let x = Double(token) else { continue }
                    #expect(JSONValue.numberText(x) == token, "\(run.arguments.joined(separator: " ")): '\(token)' is not the shortest round-trip text")
                }
            }
        }
    }

    // MARK: JSON keys

    /// `--lang` changes labels, never JSON keys: the zh and en JSON of a command have the same keys.
    @Test(arguments: commands.filter(\.languages))
    func jsonKeysDoNotDependOnTheLanguage(_ command: Command) throws {
        var keySets: [Set<String>] = []
        for run in Self.runs(command, format: "json") {
            let (status, output, errors) = try GoldenCLITests.run(run.arguments)
            #expect(status == 0, "\(errors)")
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
            var keys: Set<String> = []
            func collect(_ value: Any) {
                if let dictionary = value as? [String: Any] {
                    for (key, inner) in dictionary { keys.insert(key); collect(inner) }
                } else if let array = value as? [Any] {
                    array.forEach(collect)
                }
            }
            collect(object)
            keySets.append(keys)
        }
        #expect(keySets.count == 2 && keySets[0] == keySets[1],
                "\(command.arguments): keys only in one language: \(keySets.count == 2 ? keySets[0].symmetricDifference(keySets[1]).sorted() : [])")
    }

    /// The statistics commands' CSV keeps its machine keys (`month,observed,adjusted,…`, `end_month,nobs,…`,
    /// `name,estimate,std_error,t`) and exact numbers in every language: the zh and en CSV are the same bytes.
    @Test(arguments: modelCommands + dataCommands + decomposeCommands + recordCommands + [
        Command(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2015-01", "--to", "2023-12", "--rolling", "36"],
                languages: true),
        Command(arguments: ["test", "adf", "--series", "m2_yoy", "--from", "2010-01", "--to", "2023-12"], languages: true),
    ])
    func csvDoesNotDependOnTheLanguage(_ command: Command) throws {
        let outputs = try Self.runs(command, format: "csv").map { run in
            let (status, output, errors) = try GoldenCLITests.run(run.arguments)
            #expect(status == 0, "\(run.arguments): \(errors)")
            return output
        }
        #expect(outputs.count == 2 && outputs[0] == outputs[1], "\(command.arguments): the zh and en CSV differ")
        // No Chinese in the CSV, except in a name_zh column (data list, decompose), which carries the Chinese name
        // in both languages, and in the data of ingest/import/update (the release's own words in `span`, the
        // catalog unit 亿元); the header line is machine keys in every case.
        let csv = outputs.first ?? ""
        let header = csv.prefix { $0 != "\n" }
        let carriesChinese = header.split(separator: ",").contains { $0 == "name_zh" || $0 == "span" }
        #expect(!(carriesChinese ? Substring(header) : Substring(csv)).unicodeScalars.contains(where: Self.isHan),
                "\(command.arguments): Chinese in the CSV outside a name_zh or span column")
    }

    // MARK: Chinese prose

    /// ASCII words allowed in Chinese prose: the money aggregates and units.
    static let allowedASCII: Set<String> = ["M0", "M1", "M2", "TSF", "RMB", "pp"]

    @Test(arguments: [["summary", "--month", "2023-05"], ["summary"], ["indicators", "--from", "2022-01", "--to", "2023-12"],
                      ["decompose", "money", "--month", "2023-05"], ["decompose", "loans", "--month", "2023-05"],
                      ["decompose", "loans", "--month", "2020-07"], ["decompose", "loans", "--month", "2023-05", "--flow"],
                      ["decompose", "deposits", "--month", "2015-06"], ["decompose", "tsf", "--month", "2019-10"], ["decompose", "tsf"],
                      ["data", "show", "m2", "m1", "--from", "2023-01", "--to", "2023-05", "--sources", "--transform", "yoy"],
                      ["data", "show", "m1", "loans_balance", "--transform", "yoy", "--from", "2024-06", "--to", "2025-06"],
                      ["data", "breaks"], ["data", "list"], ["data", "status"]])
    func chineseProseHasNoIDsOrASCIIWords(_ arguments: [String]) throws {
        let (status, output, errors) = try GoldenCLITests.run(arguments + ["--lang", "zh", "--data", Self.data])
        #expect(status == 0, "\(errors)")
        Self.checkChineseProse(Self.prose(output), allowed: Self.allowedASCII.contains, context: arguments.joined(separator: " "))
    }

    /// Checks that every ASCII word of the Chinese prose `lines` is `allowed`; returns how many lines were checked.
    /// The one checker of the Chinese-prose tests.
    @discardableResult
    static func checkChineseProse(_ lines: [String], allowed: (String) -> Bool, context: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        for line in lines {
            for match in line.matches(of: /[A-Za-z][A-Za-z0-9_]*/) {
                let word = String(match.output)
                #expect(allowed(word), "\(context): ASCII word '\(word)' in Chinese prose: \(line)", sourceLocation: sourceLocation)
            }
        }
        return lines.count
    }

    /// ASCII words allowed in the Chinese prose of the statistics commands besides ``allowedASCII``: the
    /// names of methods, statistics and criteria that Chinese econometric writing keeps in Latin letters
    /// (X-13, regARIMA, STL, HP, Hamilton, Henderson, QS, AICc, ADF, KPSS, …), single-letter symbols (p, t, h, n, Q, …),
    /// outlier types and names (AO, LS2020-03) and the model's parameter symbols (ma1, sma1) that the notes
    /// refer to.
    static let allowedStatisticalASCII: Set<String> = [
        "X", "ARIMA", "regARIMA", "STL", "HP", "Hamilton", "Henderson", "QS", "AIC", "AICc", "BIC", "MA", "AR", "Box", "Jenkins",
        "Ljung", "Jarque", "Bera", "Hannan", "Quinn", "Q2", "D8", "AO", "LS", "TC", "RP", "ADF", "KPSS",
    ]

    static func isAllowedStatisticalWord(_ word: String) -> Bool {
        allowedASCII.contains(word) || allowedStatisticalASCII.contains(word) || word.count == 1
            || word.range(of: #"^(AO|LS|TC|RP)\d{4}$"#, options: .regularExpression) != nil
            || word.range(of: #"^s?(ma|ar)\d+$"#, options: .regularExpression) != nil
            || word.range(of: #"^M\d{1,2}$"#, options: .regularExpression) != nil
    }

    /// Seasonal, filter, arima and forecast in Chinese: titles, verdicts and notes (the prose, not the table
    /// rows) name series by their Chinese names and hold no ASCII word but the method and statistic names of
    /// ``allowedStatisticalASCII`` — no catalog id, no break id, no English note.
    @Test(arguments: modelCommands)
    func chineseStatisticalProseHasNoIDsOrEnglish(_ command: Command) throws {
        let (status, output, errors) = try GoldenCLITests.run(command.arguments + ["--lang", "zh", "--data", Self.data])
        #expect(status == 0, "\(errors)")
        let checked = Self.checkChineseProse(Self.prose(output), allowed: Self.isAllowedStatisticalWord, context: command.testDescription)
        #expect(checked > 0)
    }

    /// `ingest`, `import` and `update` in Chinese: the titles, the unparsed clauses with why, the conflicts
    /// (standard output) and the `note:` lines (standard error) hold no catalog id, measure key or English word.
    /// The inputs are Chinese (the English release would be quoted as printed); file and directory names,
    /// sheet names and the dataset's file names are the user's and are left out of the check.
    @Test(arguments: recordCommands.filter { !$0.arguments.contains(RecordInputs.english) })
    func chineseRecordProseHasNoIDsOrEnglish(_ command: Command) throws {
        let arguments = try #require(Self.runs(command, format: "text").first { $0.language == "zh" }).arguments
        let (status, output, errors) = try GoldenCLITests.run(arguments)
        #expect(status == 0, "\(errors)")
        let checked = Self.checkChineseProse(Self.prose(output), allowed: Self.allowedASCII.contains, context: command.testDescription)
        #expect(checked > 0)
        let notes = errors.split(separator: "\n").map { line in
            String(line).replacing(#/^note: /#, with: "").replacing(#/\/[^\s：［，；]*/#, with: "")
                .replacing(#/[A-Za-z0-9_.-]+\.(csv|xls|xlsx|txt)/#, with: "").replacing(#/Sheet\d+/#, with: "")
        }
        Self.checkChineseProse(notes, allowed: Self.allowedASCII.contains, context: command.testDescription + " (standard error)")
        // The reader's tables name series and measures: no id or measure key in any row either.
        for id in ["loans_increase", "m2_yoy", "pp_vs_prev", "yoy_pct", "level", "agree", "added"] {
            #expect(!output.contains(id), "\(command.testDescription): '\(id)' in the Chinese output")
        }
    }

    /// The lines of a text output that are not table rows or headers.
    static func prose(_ output: String) -> [String] {
        let lines = output.split(separator: "\n").map(String.init)
        var inTable = false
        var prose: [String] = []
        for (i, line) in lines.enumerated() {
            if Self.isRule(line) { inTable = true; continue }
            if i + 1 < lines.count, Self.isRule(lines[i + 1]) { continue } // a header line
            if inTable, Self.cells(line, spans: Self.columnSpans(rule: lines[..<i].last(where: Self.isRule) ?? "")) != nil { continue }
            inTable = false
            prose.append(line)
        }
        return prose
    }

    // MARK: Chinese punctuation in headers

    /// The commands with `--lang`, and the statistics commands (whose numbers follow significant digits, not
    /// one number of decimals per column, so they are not in ``commands``).
    static let chineseCommands: [Command] = commands.filter(\.languages) + [
        Command(arguments: ["regress", "--series", "--y", "m2_yoy", "--x", "m1_yoy", "--from", "2015-01", "--to", "2023-12", "--cov", "HAC"],
                languages: true),
        Command(arguments: ["test", "adf", "--series", "m2_yoy", "--from", "2010-01", "--to", "2023-12"], languages: true),
        Command(arguments: ["test", "granger", "--series", "m2_yoy", "--cause", "m1_yoy", "--from", "2010-01", "--to", "2023-12"],
                languages: true),
    ]

    /// Chinese headers and titles use Chinese punctuation: in every command × format in `--lang zh`, no
    /// header or title line that holds Chinese text has an ASCII parenthesis (units are `（亿元）`, `（%）`).
    @Test(arguments: chineseCommands)
    func chineseHeadersUseFullWidthParentheses(_ command: Command) throws {
        var checked = 0
        for format in ["text", "markdown", "latex", "csv"] {
            let arguments = try #require(Self.runs(command, format: format).first { $0.language == "zh" }).arguments
            let (status, output, errors) = try GoldenCLITests.run(arguments)
            #expect(status == 0, "\(arguments): \(errors)")
            for header in Self.headerLines(in: output, format: format) where header.unicodeScalars.contains(where: Self.isHan) {
                checked += 1
                // An ARIMA order such as (0,1,1)(0,1,1) is mathematical notation, not a parenthetical.
                let line = header.replacingOccurrences(of: #"\(\d+,\d+,\d+\)"#, with: "", options: .regularExpression)
                #expect(!line.contains("(") && !line.contains(")"),
                        "\(arguments.joined(separator: " ")): ASCII parenthesis in a Chinese header: \(line)")
            }
        }
        #expect(checked > 0, "\(command.arguments): no Chinese header found")
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    /// The header rows and titles of the tables in `output`: in text, the line above each rule (and the title
    /// line above it); in Markdown, the row above `|---` and the bold or `#` titles; in LaTeX, the first row of
    /// each tabular and the captions; in CSV, the first line.
    static func headerLines(in output: String, format: String) -> [String] {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        switch format {
        case "csv":
            out = Array(lines.prefix(1))
        case "markdown":
            for (i, line) in lines.enumerated() {
                if line.hasPrefix("|"), i + 1 < lines.count, lines[i + 1].hasPrefix("|"), lines[i + 1].contains("---") { out.append(line) }
                if line.hasPrefix("#") || line.hasPrefix("**") { out.append(line) }
            }
        case "latex":
            var first = false
            for line in lines {
                if line.hasPrefix("\\begin{tabular}") { first = true; continue }
                if first, line.hasSuffix(" \\\\") { out.append(line); first = false }
                if line.contains("\\caption") || line.hasPrefix("\\section") || line.hasPrefix("\\subsection") { out.append(line) }
            }
        default:
            for (i, line) in lines.enumerated() where i > 0 && Self.isRule(line) {
                out.append(lines[i - 1])
                if i > 1, !lines[i - 2].isEmpty, !Self.isRule(lines[i - 2]) { out.append(lines[i - 2]) }
            }
        }
        return out
    }

    // MARK: CSV round trip

    /// Every CSV with a month column that cnfin writes is read back by `regress`, `test adf` and
    /// `seasonal` (the month column and the columns not asked for are ignored).
    @Test(arguments: [
        ["data", "show", "m2_yoy", "m1_yoy", "--from", "2015-01", "--to", "2023-12"],
        ["data", "show", "loans_increase", "m2", "--from", "2010-01", "--to", "2023-12", "--sources"],
        ["indicators", "--from", "2015-01", "--to", "2023-12"],
        ["filter", "hp", "m2", "--ignore-breaks", "--from", "2015-01", "--to", "2023-12"],
        ["seasonal", "loans_increase", "--method", "stl", "--ignore-breaks", "--from", "2010-01", "--to", "2023-12"],
    ])
    func everyCSVReadsBack(_ arguments: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for bom in [false, true] {
            let file = scratch.appendingPathComponent("out-\(bom).csv")
            let (status, _, errors) = try GoldenCLITests.run(arguments + ["--format", "csv", "--data", Self.data, "--output", file.path]
                                                             + (bom ? ["--bom"] : []))
            #expect(status == 0, "\(arguments): \(errors)")
            let bytes = try Data(contentsOf: file)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == bom)
            let text = String(decoding: bytes, as: UTF8.self)
            let header = text.drop { $0 == "\u{FEFF}" }.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
            // The first two numeric columns (not month, not a .source column) with enough values.
            let numeric = header.dropFirst().filter { !$0.hasSuffix(".source") }
            let y = try #require(numeric.first), x = numeric.dropFirst().first
            let reads: [[String]] = [
                ["test", "adf", "--data", file.path, "--column", y, "--dropna"],
                ["seasonal", "--data", file.path, "--column", y],
            ] + (x.map { [["regress", "--data", file.path, "--y", y, "--x", $0, "--dropna"]] } ?? [])
            for read in reads {
                let (code, output, message) = try GoldenCLITests.run(read)
                #expect(code == 0, "\(arguments) → \(read.joined(separator: " ")): \(message)")
                #expect(!output.isEmpty)
            }
        }
    }

    // MARK: charts

    /// Charts in both languages: the m2/loans levels (thousands-grouped axis), growth rates, and M1 across its
    /// 2025 definitional break.
    static let chartCommands: [[String]] = [
        ["chart", "m2_yoy", "loans_yoy", "--from", "2019-01", "--to", "2023-12"],
        ["chart", "m2", "loans_increase", "--from", "2019-01", "--to", "2023-12"],
        ["chart", "m1", "--transform", "yoy", "--from", "2023-01", "--to", "2025-12"],
    ]

    /// The `<text>` elements of an SVG: their `x` and `y` attributes and their text (entities decoded).
    static func svgTexts(_ svg: String) -> [(x: String, y: String, text: String)] {
        svg.matches(of: /<text x="([^"]*)" y="([^"]*)"[^>]*>([^<]*)<\/text>/).map { m in
            (String(m.output.1), String(m.output.2),
             String(m.output.3).replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">"))
        }
    }

    /// A chart's axis labels are its columns: the numeric labels of one axis (one `x` for the value axis, one
    /// `y` for the time axis) have one number of decimals.
    @Test(arguments: chartCommands)
    func chartAxesHaveOneNumberOfDecimals(_ arguments: [String]) throws {
        for language in ["zh", "en"] {
            let (status, svg, errors) = try GoldenCLITests.run(arguments + ["--data", Self.data, "--lang", language])
            #expect(status == 0, "\(errors)")
            let numeric = Self.svgTexts(svg).compactMap { t in Self.decimals(t.text).map { (t.x, t.y, $0) } }
            #expect(numeric.count >= 4, "\(arguments): no axis labels found")
            for axis in [Dictionary(grouping: numeric, by: \.0), Dictionary(grouping: numeric, by: \.1)] {
                for (position, labels) in axis where labels.count > 1 {
                    let decimals = Set(labels.map(\.2))
                    #expect(decimals.count == 1, "\(arguments) --lang \(language): axis at \(position) mixes \(decimals.sorted()) decimals")
                }
            }
        }
    }

    /// A Chinese chart's title, legend, unit, notes and footer hold no catalog id or English word (the tool's
    /// own name, cnfin, is allowed in the source line).
    @Test(arguments: chartCommands)
    func chineseChartTextHasNoIDsOrEnglish(_ arguments: [String]) throws {
        let (status, svg, errors) = try GoldenCLITests.run(arguments + ["--data", Self.data, "--lang", "zh"])
        #expect(status == 0, "\(errors)")
        let texts = Self.svgTexts(svg).map(\.text).filter { Self.decimals($0) == nil }
        #expect(!texts.isEmpty)
        _ = Self.checkChineseProse(texts, allowed: { Self.allowedASCII.contains($0) || $0 == "cnfin" }, context: arguments.joined(separator: " "))
    }
}

/// The inputs of the `ingest`, `import` and `update` properties, written once to a temporary directory: the
/// May 2023 release text in Chinese and in English (the heading and paragraph of the summary goldens of
/// CNFinReleaseTests, which reproduce the PBoC's text), a text with an unattributable clause and a conflict,
/// and a PBoC table from Datasets/raw.
enum RecordInputs {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-record-inputs-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for language in ["zh", "en"] {
            let golden = root.appendingPathComponent("Tests/CNFinReleaseTests/Golden/summary-2023-05-\(language).txt")
            let lines = ((try? String(contentsOf: golden, encoding: .utf8)) ?? "").split(separator: "\n").prefix(2)
            try? Data((lines.joined(separator: "\n\n") + "\n").utf8).write(to: directory.appendingPathComponent("release-\(language).txt"))
        }
        try? Data("2030年4月份，人民币贷款增加7300亿元。人民币贷款增加8300亿元。人民币存款增加1.1万亿元，绿色贷款增加100亿元。".utf8)
            .write(to: directory.appendingPathComponent("diagnostics.txt"))
        return directory
    }()

    static var chinese: String { directory.appendingPathComponent("release-zh.txt").path }
    static var english: String { directory.appendingPathComponent("release-en.txt").path }
    static var diagnostics: String { directory.appendingPathComponent("diagnostics.txt").path }
    static var table: String { root.appendingPathComponent("Datasets/raw/lingjf__fr/货币供应量2020.xls").path }
}
