import CNFinOutput

/// How the summary tables state amounts.
public enum SummaryUnits: String, Sendable, CaseIterable {
    /// Every amount in 亿元 (RMB 100 million), one number of decimals per column.
    case yi
    /// As the release text: 1万亿 and more in 万亿元 with two decimals, less in whole 亿元
    /// (`1.36万亿元`, `5418亿元`; `RMB1.36 trillion`, `RMB541.8 billion`), each cell with its unit.
    case release
}

extension MonthlySummary {
    /// The summary with its tables' amounts stated in `units` (text, Markdown, LaTeX and HTML; CSV and
    /// JSON keep the exact value in 亿元).
    public func withUnits(_ units: SummaryUnits) -> MonthlySummary {
        guard units == .release else { return self }
        var copy = self
        copy.tables = tables.map { Self.releaseUnits($0, chinese: language == .zh) }
        return copy
    }

    /// Amount columns (two-decimal or whole-number 亿元) printed as the release prints amounts; the unit
    /// column and the 亿元 of titles and headers go, since every cell now carries its unit.
    static func releaseUnits(_ table: Table, chinese: Bool) -> Table {
        var out = table
        let amountColumns = Set(table.columns.indices.filter {
            table.columns[$0].numberFormat == .amount || table.columns[$0].numberFormat == .integer
        })
        func strip(_ text: String) -> String {
            ["（亿元）", "(亿元)", " (RMB 100 million)", "(RMB 100 million)"].reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        }
        out.title = table.title.map(strip)
        for j in out.columns.indices {
            out.columns[j].header = strip(out.columns[j].header)
            if amountColumns.contains(j) { out.columns[j].numberFormat = nil }
        }
        out.rows = table.rows.map { row in
            row.enumerated().map { j, cell in
                guard amountColumns.contains(j), case .number(let x, _) = cell, let d = ReleaseDecimal(x) else { return cell }
                let amount = ReleaseRounding.amount(d).magnitude
                let text = chinese ? ReleaseRounding.chineseAmount(amount) : ReleaseRounding.englishAmount(amount)
                return .number(x, display: (x < 0 && !amount.isZero ? "-" : "") + text)
            }
        }
        // The unit column says 亿元 on every row: dropped.
        if let unit = table.columns.firstIndex(where: { $0.header == "单位" || $0.header == "Unit" }) {
            out.columns.remove(at: unit)
            out.rows = out.rows.map { row in var r = row; if unit < r.count { r.remove(at: unit) }; return r }
        }
        return out
    }
}
