import CNFinOutput
import CNFinSeries
import CNFinSupport

/// One lag of a test reported lag by lag (Granger's F, Ljung–Box's Q).
public struct TestLagRow: Sendable, Hashable {
    public var lag: Int
    public var statistic: Double
    /// NaN when not defined at this lag (Ljung–Box at lags ≤ the model's degrees of freedom).
    public var pValue: Double

    public init(lag: Int, statistic: Double, pValue: Double) {
        self.lag = lag
        self.statistic = statistic
        self.pValue = pValue
    }
}

/// A time-series test's summary: a label/value table (test, column, statistic, p-value, lags,
/// observations, sample, critical values, notes) and, for tests reported by lag, a lag table.
/// ``tables`` feeds the CNFinOutput renderers; ``text`` is the terminal layout (`Label:` padded to
/// 28 display columns, then the lag table). Statistics are printed with ``RegressionResults/displayDigits``
/// significant digits, p-values and critical values with 6. Labels are in English or Chinese; the
/// numbers, the test's name and the column are the same in both.
public struct TimeSeriesTestSummary: Sendable, Hashable {
    /// Label/value rows.
    public var entries: Table
    /// Lag, statistic, p-value (nil for single-lag tests).
    public var byLag: Table?
    /// The language of the labels (Chinese labels end with a full-width colon in the text layout).
    public var language: DisplayLanguage = .en

    public var tables: [Table] { [entries] + (byLag.map { [$0] } ?? []) }

    public var text: String {
        var lines = entries.rows.map { row -> String in
            let label = (row.first?.display ?? "") + (language == .zh ? "：" : ":"), value = row.count > 1 ? row[1].display : ""
            return label + String(repeating: " ", count: max(1, 29 - DisplayWidth.of(label))) + value
        }
        if let byLag {
            lines.append("")
            lines += RegressionSummary.alignedLines(byLag)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension TimeSeriesTestResult {
    /// The summary of the test on `column` (a name, or `cause -> column` for Granger), labelled in
    /// English or Chinese (the notes from ``notes`` or ``chineseNotes``).
    public func summary(column: String, sample: SampleSpan? = nil, byLag: [TestLagRow] = [],
                        language: DisplayLanguage = .en) -> TimeSeriesTestSummary {
        let chinese = language == .zh
        let g = RegressionResults.g
        func t(_ zh: String, _ en: String) -> String { chinese ? zh : en }
        var rows: [[TableCell]] = [
            [.text(t("检验", "Test")), .text(test)], [.text(t("变量", "Column")), .text(column)],
            [.text(t("统计量", "Statistic")), .number(statistic, display: g(statistic, RegressionResults.displayDigits))],
            [.text(t("p值", "p-value")), .number(pValue, display: g(pValue, 6))],
            [.text(t("滞后阶数", "Lags")), .text("\(lags)")], [.text(t("观测数", "Observations")), .text("\(nobs)")],
        ]
        if let sample { rows.append([.text(t("样本", "Sample")), .text(t("\(sample.first)至\(sample.last)", "\(sample.first) to \(sample.last)"))]) }
        rows += criticalValues.map { [.text(t("临界值（\($0.level)）", "Critical value (\($0.level))")), .number($0.value, display: g($0.value, 6))] }
        rows += (chinese ? chineseNotes : notes).map { [.text(t("注", "Note")), .text($0)] }
        let entries = Table(columns: [TableColumn("", alignment: .left), TableColumn(t("数值", "value"), alignment: .right)], rows: rows)
        let lagTable: Table? = byLag.isEmpty ? nil : Table(
            columns: [TableColumn(t("滞后", "lag"), alignment: .left), TableColumn(t("统计量", "statistic"), alignment: .right),
                      TableColumn(t("p值", "p-value"), alignment: .right)],
            rows: byLag.map { r in
                [.text("\(r.lag)"), .number(r.statistic, display: g(r.statistic, RegressionResults.displayDigits)),
                 .number(r.pValue, display: g(r.pValue, 6))]
            })
        return TimeSeriesTestSummary(entries: entries, byLag: lagTable, language: language)
    }

    /// One CSV row with exact numbers: `test, column, statistic, p_value, lags, nobs, crit_<level>…`.
    public func data(column: String) -> Table {
        let headers = ["test", "column", "statistic", "p_value", "lags", "nobs"] + criticalValues.map { "crit_" + $0.level }
        let row: [TableCell] = [.text(test), .text(column), .number(statistic, display: JSONValue.numberText(statistic)),
                                .number(pValue, display: JSONValue.numberText(pValue)),
                                .number(Double(lags), display: "\(lags)"), .number(Double(nobs), display: "\(nobs)")]
            + criticalValues.map { .number($0.value, display: JSONValue.numberText($0.value)) }
        return Table(headers: headers, rows: [row])
    }

    /// The result as JSON: test, column, statistic, p_value, lags, nobs, the sample, critical_values,
    /// by_lag (when given) and notes — the keys and numbers the same in every language, the notes in
    /// `language` (``chineseNotes`` in Chinese).
    public func jsonValue(column: String, sample: SampleSpan? = nil, byLag: [TestLagRow] = [],
                          language: DisplayLanguage = .en) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("test", .string(test)), ("column", .string(column)), ("statistic", .number(statistic)),
            ("p_value", .number(pValue)), ("lags", .number(Double(lags))), ("nobs", .number(Double(nobs))),
        ]
        if let sample { members += sample.jsonMembers(skipped: false) }
        members.append(("critical_values", .object(criticalValues.map { ($0.level, .number($0.value)) })))
        if !byLag.isEmpty {
            members.append(("by_lag", .array(byLag.map { r in
                .object([("lag", .number(Double(r.lag))), ("statistic", .number(r.statistic)), ("p_value", .number(r.pValue))])
            })))
        }
        members.append(("notes", .array((language == .zh ? chineseNotes : notes).map(JSONValue.string))))
        return .object(members)
    }
}
