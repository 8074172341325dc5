import CNFinOutput
import CNFinSeries
import CNFinSupport

extension CreditIndicator {
    /// The table of every indicator over `months` (`cnfin indicators`): a month column, then one column per
    /// indicator in ``allCases`` order; a month in which no indicator has a value is left out.
    ///
    /// Columns are keyed by the indicator ids (`month`, `m1_m2_gap`, …) in every language, so the JSON is the
    /// same keys whatever `language`; the headers are the names in `language` (`月份`/`Month`, ``nameZh``/
    /// ``nameEn``), or the keys themselves when `machine` (CSV). Percentage points and shares print with one
    /// decimal, the credit impulse (a fraction of a percent) with two.
    ///
    /// Notes: each indicator's definition, then one footnote per indicator with empty cells in the rows shown
    /// (``gapNotes(_:over:in:language:inputNames:)``).
    /// - Parameters:
    ///   - inputNames: the names of the input series in `language`, by id (a dataset's catalog names); an id
    ///     without a name is printed as itself.
    public static func table(over months: ClosedRange<Month>, in panel: SeriesPanel, language: DisplayLanguage,
                             machine: Bool = false, inputNames: [String: String] = [:]) -> Table {
        let zh = language == .zh
        let indicators = allCases
        let series = indicators.map { $0.series(over: months, in: panel) }
        let keys = ["month"] + indicators.map(\.rawValue)
        let headers = machine ? keys : [zh ? "月份" : "Month"] + indicators.map { zh ? $0.nameZh : $0.nameEn }
        let columns = headers.indices.map { j in
            TableColumn(headers[j], alignment: j == 0 ? .left : .right,
                        numberFormat: j == 0 ? nil : (indicators[j - 1] == .creditImpulse ? NumberFormat(.decimals(2)) : .rate),
                        key: keys[j])
        }
        var rows: [[TableCell]] = []
        var shown: [Month] = []
        var m = months.lowerBound
        var k = 0
        while m <= months.upperBound {
            let values = series.map { $0.values[k] }
            if values.contains(where: { $0 != nil }) {
                rows.append([.text(m.description)] + values.map { TableCell.optionalNumber($0) })
                shown.append(m)
            }
            m = m.advanced(by: 1)
            k += 1
        }
        let notes = indicators.map { zh ? $0.definitionZh : $0.definitionEn }
            + gapNotes(zip(indicators, series).map { $0 }, over: shown, in: panel, language: language, inputNames: inputNames)
        return Table(title: nil, columns: columns, rows: rows, notes: notes)
    }

    /// One footnote per indicator that is empty in some of the months `shown`: those months (as runs,
    /// `2023-01…2023-03`), and which inputs the panel lacks there — an input counts as lacking when it has no
    /// value in one of the months the indicator reads (24 months back for the 12-month sums, else the month);
    /// when none lacks, the ratio is undefined (its denominator is not positive).
    /// `空白：M1−M2剪刀差（百分点）在2026-08无值——数据中缺少M1同比增速、M2同比增速` /
    /// `empty: M1–M2 gap (pp) in 2026-08 — the data lack M1 year-on-year growth; M2 year-on-year growth`.
    /// - Parameters:
    ///   - computed: each indicator with its series over a span covering `shown`.
    ///   - inputNames: the input series' names in `language`, by id; an id without a name is printed as itself.
    static func gapNotes(_ computed: [(indicator: CreditIndicator, series: MonthlySeries)], over shown: [Month],
                                in panel: SeriesPanel, language: DisplayLanguage, inputNames: [String: String] = [:]) -> [String] {
        let zh = language == .zh
        var notes: [String] = []
        for (indicator, s) in computed {
            let empty = shown.filter { s[$0] == nil }
            guard !empty.isEmpty else { continue }
            let window = indicator == .creditImpulse || indicator == .householdMLTShareOfNewLoans12M ? 24 : 1
            let lacking = indicator.inputs.filter { id in
                empty.contains { m in (0..<window).contains { panel.value(id, at: m.advanced(by: -$0)) == nil } }
            }.map { inputNames[$0] ?? $0 }
            let months = GrowthNote.runs(empty).map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)…\($0.upperBound)" }
            if zh {
                notes.append("空白：\(indicator.nameZh)在\(months.joined(separator: "、"))无值——"
                    + (lacking.isEmpty ? "比率无定义（分母不为正）" : "数据中缺少\(lacking.joined(separator: "、"))"))
            } else {
                notes.append("empty: \(indicator.nameEn) in \(months.joined(separator: ", ")) — "
                    + (lacking.isEmpty ? "the ratio is undefined (denominator not positive)" : "the data lack \(lacking.joined(separator: "; "))"))
            }
        }
        return notes
    }
}
