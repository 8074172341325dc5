import CNFinOutput
import CNFinSeries
import CNFinSupport

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

extension RollingRegressionResults {
    /// What identifies each observation of the regression: the CSV line numbers or the months
    /// (`YYYY-MM`) of its rows; a window is labelled by its last observation.
    public enum ObservationLabels: Sendable, Hashable {
        case lines([Int])
        case months([String])

        /// What the labels are: months or CSV lines.
        public var kind: WindowEndKind {
            switch self {
            case .lines: return .line
            case .months: return .month
            }
        }

        /// The label of observation `i` as text (empty when there is none).
        public func text(_ i: Int) -> String {
            switch self {
            case let .lines(l): return i < l.count ? String(l[i]) : ""
            case let .months(m): return i < m.count ? m[i] : ""
            }
        }

        /// The label of observation `i` in JSON: a line number, or a month string.
        func jsonValue(_ i: Int) -> JSONValue {
            switch self {
            case let .lines(l): return i < l.count ? .number(Double(l[i])) : .null
            case let .months(m): return i < m.count ? .string(m[i]) : .null
            }
        }
    }

    /// ``table(windowEnds:kind:language:)`` with the window ends labelled by `labels`.
    public func table(labels: ObservationLabels, language: DisplayLanguage) -> Table {
        table(windowEnds: windowEnds.map(labels.text), kind: labels.kind, language: language)
    }

    /// The estimates as data (CSV): one row per window with the machine keys as headers —
    /// `end_month|end_line, nobs, x, se_x, …` — and exact numbers (shortest round-trip text), in every language.
    public func dataTable(labels: ObservationLabels) -> Table {
        let keys = [labels.kind.key, "nobs"] + names.flatMap { [$0, "se_\($0)"] }
        var table = Table(columns: keys.map { TableColumn($0, key: $0) })
        for w in windowEnds.indices {
            var row: [TableCell] = [.text(labels.text(windowEnds[w])),
                                    .number(Double(windowObservations[w]), display: String(windowObservations[w]))]
            for (p, se) in zip(params[w], standardErrors[w]) { row += [.number(p), .number(se)] }
            table.rows.append(row)
        }
        return table
    }

    /// `{"scheme": "rolling", "window": w | "scheme": "expanding", "min_nobs": m, "names": […], "windows":
    /// [{"end_month" | "end_line", "nobs", "params": […], "std_errors": […]}]}`, numbers as the shortest text
    /// that reads back exactly.
    public func jsonValue(labels: ObservationLabels) -> JSONValue {
        var members: [(key: String, value: JSONValue)]
        switch scheme {
        case let .rolling(w): members = [("scheme", .string("rolling")), ("window", .number(Double(w)))]
        case let .expanding(m): members = [("scheme", .string("expanding")), ("min_nobs", .number(Double(m)))]
        }
        members.append(("names", .array(names.map(JSONValue.string))))
        members.append(("windows", .array(windowEnds.indices.map { w in
            .object([(labels.kind.key, labels.jsonValue(windowEnds[w])),
                     ("nobs", .number(Double(windowObservations[w]))),
                     ("params", .array(params[w].map(JSONValue.number))),
                     ("std_errors", .array(standardErrors[w].map(JSONValue.number)))])
        })))
        return .object(members)
    }
}
