import CNFinOutput
import CNFinSeries

extension RollingRegressionResults {
    /// What identifies a window: the month or the CSV line of its last observation.
    public enum WindowEndKind: String, Sendable, Hashable {
        case month, line

        /// The machine key of the column (CSV header, JSON key): `end_month`, `end_line`.
        public var key: String { "end_\(rawValue)" }
    }

    /// The rolling or expanding estimates as one table for reading: window end, observations, then each
    /// estimate and its standard error (``RegressionResults/displayDigits`` significant digits), with
    /// headers in `language` — `window end (month)`, `observations`, `x`, `s.e. x` / `窗口末月`, `观测数`,
    /// `x`, `x 标准误` (the regressors keep their names). The CSV and JSON keep the machine keys
    /// (`end_month`, `nobs`, `x`, `se_x`).
    public func table(windowEnds labels: [String], kind: WindowEndKind, language: DisplayLanguage) -> Table {
        let zh = language == .zh
        let end = zh ? (kind == .month ? "窗口末月" : "窗口末行") : (kind == .month ? "window end (month)" : "window end (line)")
        let header = [end, zh ? "观测数" : "observations"] + names.flatMap { [$0, zh ? "\($0) 标准误" : "s.e. \($0)"] }
        let title: String
        switch scheme {
        case let .rolling(w): title = zh ? "滚动窗口 OLS 回归（窗口 \(w) 个观测）" : "rolling OLS (windows of \(w) observations)"
        case let .expanding(m): title = zh ? "扩展窗口 OLS 回归（首个窗口 \(m) 个观测）" : "expanding OLS (first window \(m) observations)"
        }
        var table = Table(title: title,
                          columns: header.enumerated().map { TableColumn($0.element, alignment: $0.offset == 0 ? .left : .right) })
        let digits = RegressionResults.displayDigits
        for w in windowEnds.indices {
            var row: [TableCell] = [.text(w < labels.count ? labels[w] : ""),
                                    .number(Double(windowObservations[w]), display: String(windowObservations[w]))]
            for (p, se) in zip(params[w], standardErrors[w]) {
                row += [.number(p, display: NumberText.significant(p, digits: digits)),
                        .number(se, display: NumberText.significant(se, digits: digits))]
            }
            table.rows.append(row)
        }
        return table
    }
}
