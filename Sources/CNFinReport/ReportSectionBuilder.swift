import CNFinCharts
import CNFinDatasets
import CNFinDecomposition
import CNFinOutput
import CNFinRelease
import CNFinSeasonal
import CNFinSeries
import Foundation
import CNFinSupport

/// Computes the sections of a ``MonthlyReport``.
struct ReportSectionBuilder {
    let data: ReleaseData
    let month: Month
    let language: DisplayLanguage
    var invocation = ReportInvocation()
    var t: ReportText { ReportText(language: language) }
    var dataset: Dataset { data.dataset }

    var sourceNote: String {
        t("来源：中国人民银行；cnfin 计算（\(month)）", "Source: People's Bank of China; computed with cnfin (\(month))")
    }

    func command(_ section: String, _ format: String) -> String {
        "cnfin report --month \(month) --lang \(language)\(invocation.dataArguments) --section \(section) --format \(format)"
    }

    /// `month` as Swift source: `Month(year: 2023, month: 5)`.
    static func monthSource(_ month: Month) -> String { "Month(year: \(month.year), month: \(month.month))" }

    /// The library call that computes section `id` of this report, as Swift a user can paste after
    /// `import CNFin` (`NotebookSnippetTests` compiles every call the exported notebooks show).
    func sectionCall(_ id: String) -> String {
        "try MonthlyReport(data: .bundled(), month: \(Self.monthSource(month)), language: .\(language)).section(\"\(id)\")"
    }

    func values(_ id: String, from start: Month, count: Int) -> [Double?] {
        let s = dataset.seriesByID[id]
        return (0..<count).map { k in s?[start.advanced(by: k)].flatMap { $0.isFinite ? $0 : nil } }
    }

    func name(_ spec: ReleaseSeriesSpec) -> String { language == .zh ? spec.nameZh : spec.nameEn }

    func rendered(_ chart: Chart) throws(ReportError) -> String {
        do { return try chart.svg() } catch { throw .chart(error) }
    }

    func sections(summary: MonthlySummary) throws(ReportError) -> [ReportSection] {
        var out: [ReportSection] = []
        var intro = [summary.text]
        if let note = summary.missingNote { intro.append(note) }
        out.append(ReportSection(
            id: "summary", heading: summary.title, paragraphs: intro,
            tables: Array(summary.tables.prefix(1)), chart: nil, svg: nil,
            command: command("summary", "markdown"),
            libraryCall: "try MonthlySummary(data: .bundled(), month: \(Self.monthSource(month)), language: .\(language))"))
        out.append(try growthSection(gapTable: summary.tables.count > 1 ? summary.tables[1] : nil))
        out.append(try structureSection(id: "new-loans", total: ReleaseFigureCatalog.flows[0],
                                        components: ReleaseFigureCatalog.loanStructure,
                                        table: summary.tables.count > 2 ? summary.tables[2] : nil,
                                        heading: t("新增贷款结构", "Structure of new loans"),
                                        title: t("新增人民币贷款：分部门、分期限", "New RMB loans by sector and maturity")))
        let tsfTotal = ReleaseFigureCatalog.flows.first { $0.id == "tsf_increase" } ?? ReleaseFigureCatalog.flows[0]
        out.append(try structureSection(id: "tsf", total: tsfTotal, components: ReleaseFigureCatalog.tsfStructure,
                                        table: summary.tables.count > 3 ? summary.tables[3] : nil,
                                        heading: t("社会融资规模增量结构", "Structure of the TSF increment"),
                                        title: t("社会融资规模增量：分项目", "TSF increment (AFRE flow) by component")))
        out.append(try seasonalSection(id: "seasonal-loans", seriesID: "loans_increase",
                                       name: t("新增人民币贷款", "New RMB loans")))
        out.append(try seasonalSection(id: "seasonal-tsf", seriesID: "tsf_increase",
                                       name: t("社会融资规模增量", "TSF increment")))
        out.append(try contributionSection())
        out.append(notesSection())
        return out
    }

    // MARK: growth and the M1–M2 gap

    func growthSection(gapTable: Table?) throws(ReportError) -> ReportSection {
        let n = MonthlyReport.chartMonths
        let start = month.advanced(by: -(n - 1))
        let lines = [
            LineSeries(name: "M2", values: values("m2_yoy", from: start, count: n), color: ChartColor.palette(0), width: 2.5),
            LineSeries(name: "M1", values: values("m1_yoy", from: start, count: n), color: ChartColor.palette(1), width: 2.5),
            LineSeries(name: t("人民币贷款", "RMB loans"), values: values("loans_yoy", from: start, count: n), color: ChartColor.palette(2)),
            LineSeries(name: t("社融存量", "TSF stock"), values: values("tsf_stock_yoy", from: start, count: n),
                       color: ChartColor.palette(6), style: .dashed),
        ]
        let chart = Chart.lines(
            identifier: "yoy", title: t("货币与信贷同比增速", "Money and credit: year-on-year growth"),
            subtitle: t("阴影为 M1−M2 剪刀差；贷款、社融为公布的可比口径增速", "Shaded: the M1–M2 gap; loans and TSF at the published comparable-basis rates"),
            axis: .months(firstIndex: start.index, count: n), yLabel: t("同比，%", "YoY, %"),
            lines: lines, bands: [ShadedBand(name: t("M1−M2 剪刀差", "M1–M2 gap"), between: 1, and: 0, color: ChartColor.palette(3))],
            source: sourceNote + (month.index >= 2025 * 12
                ? t("。M1 口径自2025年1月起包括个人活期存款等。", ". M1 includes personal demand deposits from January 2025.") : ""))
        let svg = try rendered(chart)
        var paragraphs: [String] = []
        if let m1 = data.observation("m1_yoy", month)?.value, let m2 = data.observation("m2_yoy", month)?.value {
            let gap = ReportNumber.fixed(m1 - m2, 1)
            paragraphs.append(t("\(month)：M1 同比 \(ReportNumber.fixed(m1, 1))%，M2 同比 \(ReportNumber.fixed(m2, 1))%，剪刀差 \(gap) 个百分点。",
                                "\(month): M1 grew \(ReportNumber.fixed(m1, 1))% and M2 \(ReportNumber.fixed(m2, 1))% year on year; the gap is \(gap) pp."))
        }
        return ReportSection(id: "yoy", heading: t("增速与 M1−M2 剪刀差", "Growth and the M1–M2 gap"), paragraphs: paragraphs,
                             tables: gapTable.map { [$0] } ?? [], chart: chart, svg: svg,
                             command: command("yoy", "svg"),
                             libraryCall: sectionCall("yoy"))
    }

    // MARK: structure of flows, this month vs a year earlier

    func structureSection(id: String, total: ReleaseSeriesSpec, components: [ReleaseSeriesSpec], table: Table?,
                          heading: String, title: String) throws(ReportError) -> ReportSection
    {
        let yearAgo = month.advanced(by: -12)
        let months = [yearAgo, month]
        let bars = components.compactMap { spec -> BarSeries? in
            let v = months.map { data.observation(spec.id, $0)?.value }
            return v.allSatisfy { $0 == nil } ? nil : BarSeries(name: name(spec), values: v)
        }
        let totalValues = months.map { data.observation(total.id, $0)?.value }
        var chart: Chart?
        var svg: String?
        var paragraphs: [String] = []
        if !bars.isEmpty {
            let c = Chart.stackedBars(
                identifier: id, title: title,
                subtitle: t("本月与上年同月对比；负值堆叠在零线以下；圆点为合计", "This month against the same month a year earlier; negatives stacked below zero; dots: total"),
                axis: .categories(months.map(\.description)), yLabel: t("亿元", "RMB 100 million"),
                bars: bars, total: LineSeries(name: name(total), values: totalValues), source: sourceNote)
            chart = c
            svg = try rendered(c)
            let missing = components.count - bars.count
            if missing > 0 {
                paragraphs.append(t("数据中缺少 \(missing) 个分项，未画出。", "\(missing) component(s) are not in the data for these months and are not drawn."))
            }
        } else {
            paragraphs.append(t("数据中没有 \(month) 与 \(yearAgo) 的分项数据。", "The data hold no components for \(month) or \(yearAgo)."))
        }
        return ReportSection(id: id, heading: heading, paragraphs: paragraphs, tables: table.map { [$0] } ?? [],
                             chart: chart, svg: svg, command: command(id, chart == nil ? "markdown" : "svg"),
                             libraryCall: sectionCall(id))
    }

    // MARK: raw versus seasonally adjusted flows

    /// The default X-13-style adjustment of `cnfin seasonal` (``X13Adjustment/adjustDefault(_:through:)``:
    /// regARIMA pre-adjustment with CNY windows chosen by AICc and automatic outliers, then X-11)
    /// of the flow up to the report month, on the span of its current definition; the section
    /// prints the `cnfin seasonal` command that reproduces it.
    func seasonalSection(id: String, seriesID: String, name: String) throws(ReportError) -> ReportSection {
        let heading = t("季节调整：\(name)", "Seasonally adjusted: \(name)")
        let call = "try X13Adjustment.adjustDefault(Dataset.bundled().series(\"\(seriesID)\"), through: Month.parse(\"\(month)\"))"
        let n = MonthlyReport.chartMonths
        guard let series = dataset.seriesByID[seriesID] else {
            return ReportSection(id: id, heading: heading, paragraphs: [t("数据中没有 \(seriesID)。", "The data hold no \(seriesID).")],
                                 tables: [], chart: nil, svg: nil, command: command(id, "markdown"), libraryCall: call)
        }
        let adjustment: X13SeriesAdjustment
        do {
            adjustment = try X13Adjustment.adjustDefault(series, through: month)
        } catch {
            return ReportSection(id: id, heading: heading, paragraphs: [t("无法季节调整：", "No seasonal adjustment: ") + "\(error)"],
                                 tables: [], chart: nil, svg: nil, command: command(id, "markdown"), libraryCall: call)
        }
        let stretch = adjustment.values
        let adjusted = adjustment.result.adjusted
        let x13 = adjustment.result
        let shown = min(n, stretch.count)
        let raw = Array(stretch.suffix(shown)).map { Optional($0) }
        let sa = Array(adjusted.suffix(shown)).map { Optional($0) }
        let start = month.advanced(by: -(shown - 1))
        let chart = Chart.lines(
            identifier: id, title: t("\(name)：原始值与季节调整值", "\(name): raw and seasonally adjusted"),
            subtitle: t("X-13 式调整：regARIMA 预调整（春节窗口 \(x13.holidaySpec.label)，自动异常值）+ X-11",
                        "X-13-style: regARIMA pre-adjustment (CNY \(x13.holidaySpec.label), automatic outliers) + X-11"),
            axis: .months(firstIndex: start.index, count: shown), yLabel: t("亿元", "RMB 100 million"),
            lines: [LineSeries(name: t("原始值", "Raw"), values: raw, color: ChartColor.palette(9), width: 1.5),
                    LineSeries(name: t("季调值", "Seasonally adjusted"), values: sa, color: ChartColor.palette(0), width: 2.5)],
            source: sourceNote + t("；季调为 cnfin 计算，非官方数据", "; seasonal adjustment by cnfin, not official"))
        let svg = try rendered(chart)
        var rows: [[TableCell]] = []
        for k in stride(from: shown - 1, through: max(shown - 6, 0), by: -1) {
            let mm = start.advanced(by: k)
            rows.append([.text(mm.description), .number(stretch[stretch.count - shown + k], display: ReportNumber.fixed(stretch[stretch.count - shown + k], 0)),
                         .number(adjusted[adjusted.count - shown + k], display: ReportNumber.fixed(adjusted[adjusted.count - shown + k], 0))])
        }
        let table = Table(title: t("\(name)（亿元）：最近六个月", "\(name) (RMB 100 million): last six months"),
                          columns: [TableColumn(t("月份", "Month")), TableColumn(t("原始值", "Raw"), alignment: .right),
                                    TableColumn(t("季调值", "Seasonally adjusted"), alignment: .right)],
                          rows: rows)
        let first = adjustment.start
        let shifts = adjustment.levelShifts
        let reproduce = "cnfin seasonal \(seriesID)\(shifts ? " --break-regressors" : "") --from \(first) --to \(month)"
        var paragraphs = [t("季节调整基于 \(first) 至 \(month) 的连续数据（\(stretch.count) 个月），与 `\(reproduce)` 的结果相同。",
                            "Adjusted over \(first) to \(month) (\(stretch.count) months), as `\(reproduce)` prints it.")]
        if let b = adjustment.startBreak {
            // The break's month, not its registry id: ids are not words a reader knows (`cnfin data breaks` lists them).
            paragraphs.append(t("\(b.from) 起口径变化，只使用新口径数据。",
                                "The definition changed at \(b.from): only data on the current definition are used."))
        } else if shifts, !adjustment.breakMonths.isEmpty {
            let listed = adjustment.breakMonths.map(\.description).joined(separator: t("、", ", "))
            paragraphs.append(t("新口径数据不足三年：在口径变化月份（\(listed)）估计水平移动。",
                                "Fewer than three years on the current definition: a level shift is estimated at each definitional break (\(listed))."))
        }
        return ReportSection(id: id, heading: heading,
                             paragraphs: paragraphs,
                             tables: [table], chart: chart, svg: svg, command: command(id, "svg"), libraryCall: call)
    }
}

/// Fixed-decimal text for report numbers: ``NumberText/fixed(_:digits:)`` without a `-0`;
/// "" for a value that is not finite.
enum ReportNumber {
    static func fixed(_ x: Double, _ decimals: Int) -> String {
        x.isFinite ? NumberText.droppingNegativeZeroSign(NumberText.fixed(x, digits: decimals)) : ""
    }
}
