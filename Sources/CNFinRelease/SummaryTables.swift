import CNFinOutput
import CNFinSeries
import CNFinSupport

/// The tables beside the release paragraph.
struct SummaryTables {
    let data: ReleaseData
    let builder: ReleaseFigureBuilder
    let month: Month
    let language: DisplayLanguage
    let figures: [ReleaseFigure]

    var zh: Bool { language == .zh }

    func label(_ spec: ReleaseSeriesSpec) -> String { zh ? spec.nameZh : spec.nameEn }

    static func number(_ x: Double?) -> TableCell {
        guard let x, let d = ReleaseDecimal(x) else { return x.map { .number($0) } ?? .missing }
        return .number(x, display: d.trimmedDescription)
    }

    static func share(_ part: Double?, of total: Double?) -> TableCell {
        guard let part, let total, total > 0, let d = ReleaseDecimal(part / total * 100) else { return .missing }
        let r = ReleaseRounding.rate(d)
        return .number(r.doubleValue, display: r.description)
    }

    /// Value, growth and comparisons of every headline series.
    func headline() -> Table {
        let headers = zh
            ? ["指标", "单位", "数值", "同比增长（%）", "增速比上月末（个百分点）", "增速比上年同期（个百分点）",
               "比上年同月多增", "比上月多增", "年初至今", "年初至今同比多增"]
            : ["Series", "Unit", "Value", "YoY (%)", "YoY vs previous month (pp)", "YoY vs a year earlier (pp)",
               "Change vs same month last year", "Change vs previous month", "Year to date", "YTD change vs a year earlier"]
        // Amounts in 亿元 with two decimals (the PBoC's balance-sheet tables), rates and pp with one.
        let formats: [NumberFormat?] = [nil, nil, .amount, .rate, .rate, .rate, .amount, .amount, .amount, .amount]
        // JSON keys are the measures' names, the same in both languages.
        let keys = ["series", "unit"] + ReleaseMeasure.allCases.map(\.rawValue)
        var columns = zip(zip(headers, formats), keys).map { TableColumn($0.0, alignment: .right, numberFormat: $0.1, key: $1) }
        columns[0].alignment = .left
        columns[1].alignment = .left
        let specs = ReleaseFigureCatalog.stocks + ReleaseFigureCatalog.flows
        var gaps = SummaryGaps(dataset: data.dataset, month: month, zh: zh)
        let rows: [[TableCell]] = zip(specs, figures).map { spec, f in
            // Stocks have no flow measures and flows no growth rates: those cells stay blank. A figure
            // that applies but is missing prints — and is footnoted under the table, by reason.
            let name = label(spec)
            let stock: Bool
            if case .stock = spec.kind { stock = true } else { stock = false }
            var cells: [TableCell] = [.text(name), .text(zh || f.unit != "亿元" ? f.unit : "RMB 100 million"),
                                      gaps.cell(Self.number(f.value), name: name, seriesID: spec.id)]
            let stockCells = [Self.number(f.yoyPct), Self.number(f.ppVsPrev), Self.number(f.ppVsYearAgo)]
            let flowCells = [Self.number(f.changeVsYearAgo), Self.number(f.changeVsPrev), Self.number(f[.ytd]),
                             Self.number(f[.ytdChangeVsYearAgo])]
            cells += stock ? stockCells.map { gaps.cell($0, name: name, seriesID: spec.id) } : stockCells.map { _ in .missing }
            cells += stock ? flowCells.map { _ in .missing } : flowCells.map { gaps.cell($0, name: name, seriesID: spec.id) }
            return cells
        }
        let title = zh ? "\(month.year)年\(month.month)月主要指标（亿元）" : "Headline figures, \(month) (RMB 100 million)"
        return Table(title: title, columns: columns, rows: rows, notes: gaps.notes)
    }

    /// M1 growth minus M2 growth (剪刀差) this month, last month and a year earlier.
    func scissorsGap() -> Table {
        let headers = zh ? ["月份", "M1同比（%）", "M2同比（%）", "M1−M2（个百分点）"]
                         : ["Month", "M1 YoY (%)", "M2 YoY (%)", "M1 − M2 (pp)"]
        let keys = ["month", "m1_yoy", "m2_yoy", "m1_minus_m2_pp"]
        var columns = zip(headers, keys).map { TableColumn($0, alignment: .right, numberFormat: .rate, key: $1) }
        columns[0].alignment = .left
        let rows: [[TableCell]] = [month, month.advanced(by: -1), month.advanced(by: -12)].map { m in
            let m1 = data.observation("m1_yoy", m)?.value
            let m2 = data.observation("m2_yoy", m)?.value
            var gap: Double?
            if let a = m1.flatMap(ReleaseDecimal.init), let b = m2.flatMap(ReleaseDecimal.init) { gap = (a - b).doubleValue }
            return [.text(m.description), Self.number(m1), Self.number(m2), Self.number(gap)]
        }
        return Table(title: zh ? "M1与M2增速剪刀差" : "M1–M2 growth gap", columns: columns, rows: rows)
    }

    /// Components of a flow with their share of the total and the year-earlier comparison.
    ///
    /// `amount` is the format of the amounts: the loan table is built from the credit balance sheet
    /// (two decimals), the TSF table as the PBoC prints its increment table (whole 亿元).
    func structure(total: ReleaseSeriesSpec, components: [ReleaseSeriesSpec], title: String, shareHeader: String,
                   amount: NumberFormat) -> Table {
        let headers = zh ? ["项目", "本月（亿元）", shareHeader, "上年同月（亿元）", "同比多增（亿元）"]
                         : ["Item", "This month (RMB 100 million)", shareHeader, "Same month last year", "Change vs a year earlier"]
        let formats: [NumberFormat?] = [nil, amount, .rate, amount, amount]
        let keys = ["item", "value", "share_pct", "year_ago", "change_vs_year_ago"]
        var columns = zip(zip(headers, formats), keys).map { TableColumn($0.0, alignment: .right, numberFormat: $0.1, key: $1) }
        columns[0].alignment = .left
        let totalFigure = builder.figure(total, month: month)
        let yearAgo = month.advanced(by: -12)
        var gaps = SummaryGaps(dataset: data.dataset, month: month, zh: zh)
        let rows: [[TableCell]] = ([total] + components).map { spec in
            let f = spec == total ? totalFigure : builder.figure(spec, month: month)
            let name = label(spec)
            return [.text(name)] + [Self.number(f.value), Self.share(f.value, of: totalFigure.value),
                    Self.number(data.observation(spec.id, yearAgo)?.value), Self.number(f.changeVsYearAgo)]
                .map { gaps.cell($0, name: name, seriesID: spec.id) }
        }
        return Table(title: title, columns: columns, rows: rows, notes: gaps.notes)
    }

    func loanStructure() -> Table {
        structure(total: ReleaseFigureCatalog.flows[0], components: ReleaseFigureCatalog.loanStructure,
                  title: zh ? "新增人民币贷款结构" : "New RMB loans by sector and maturity",
                  shareHeader: zh ? "占比（%）" : "Share (%)", amount: .amount)
    }

    func tsfStructure() -> Table {
        let total = ReleaseFigureCatalog.flows.first { $0.id == "tsf_increase" } ?? ReleaseFigureCatalog.flows[0]
        return structure(total: total, components: ReleaseFigureCatalog.tsfStructure,
                         title: zh ? "社会融资规模增量结构" : "AFRE (flow) by component",
                         shareHeader: zh ? "占比（%）" : "Share (%)", amount: .integer)
    }
}
