import CNFinCharts
import CNFinDatasets
import CNFinDecomposition
import CNFinOutput
import CNFinRelease
import CNFinSeries
import Foundation
import CNFinSupport

extension ReportSectionBuilder {
    /// The loans stock hierarchy of `hierarchies.csv` (bundled with the data).
    func loanHierarchy() throws(ReportError) -> HierarchyMeasure {
        guard let dir = Dataset.bundledDirectory else { throw .hierarchies("the bundled data directory is missing") }
        let url = dir.appendingPathComponent("hierarchies.csv")
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch { throw .hierarchies("\(url.path): \(error.localizedDescription)") }
        do {
            return try HierarchyTable.parse(csv: text).hierarchy("loans").measure(.stock)
        } catch {
            throw .hierarchies(error.description)
        }
    }

    /// Contributions of loan components to the year-on-year growth of the loan
    /// balance: c_i = 100·(x_{i,t} − x_{i,t−12}) / X_{t−12} (``AdditiveDecomposition``,
    /// arithmetic allocation), the remainder shown as "other"; months where a
    /// component is missing are left empty.
    func contributionSection() throws(ReportError) -> ReportSection {
        let measure = try loanHierarchy()
        let lang: DisplayLanguage = language == .zh ? .zh : .en
        let n = MonthlyReport.contributionMonths
        let start = month.advanced(by: -(n - 1))
        var perComponent = [[Double?]](repeating: [Double?](repeating: nil, count: n), count: measure.components.count + 1)
        var growth = [Double?](repeating: nil, count: n)
        var latest: (Month, AdditiveDecomposition)?
        for k in 0..<n {
            let t1 = start.advanced(by: k), t0 = t1.advanced(by: -12)
            func level(_ line: HierarchyLine, _ m: Month) -> Double? {
                line.formula?.evaluate { data.observation($0, m)?.value }
            }
            guard let a0 = level(measure.aggregate, t0), let a1 = level(measure.aggregate, t1) else { continue }
            var comps: [(previous: Double, current: Double)] = []
            for c in measure.components {
                guard let p = level(c, t0), let q = level(c, t1) else { break }
                comps.append((p, q))
            }
            guard comps.count == measure.components.count,
                  let d = try? AdditiveDecomposition.decompose(aggregate: (a0, a1), components: comps) else { continue }
            for (i, c) in d.components.enumerated() { perComponent[i][k] = c.contributionPoints }
            perComponent[measure.components.count][k] = d.unallocated.contributionPoints
            growth[k] = d.growthPercent
            latest = (t1, d)
        }
        let heading = t("贷款增速的结构贡献", "Contributions to loan growth")
        let call = sectionCall("contributions")
        guard let (lastMonth, decomposition) = latest else {
            return ReportSection(id: "contributions", heading: heading,
                                 paragraphs: [t("\(start) 至 \(month) 期间缺少分部门贷款余额，无法计算贡献。",
                                                "Sector loan balances are missing from \(start) to \(month): no contributions.")],
                                 tables: [], chart: nil, svg: nil, command: command("contributions", "markdown"), libraryCall: call)
        }
        let names = measure.components.map { $0.name(lang) } + [measure.other.name(lang)]
        let bars = zip(names, perComponent).map { BarSeries(name: $0.0, values: $0.1) }
        let chart = Chart.stackedBars(
            identifier: "contributions", title: t("人民币贷款余额同比增速：各部门贡献", "RMB loan balance, YoY growth: contributions by sector"),
            subtitle: t("按余额计算（非可比口径），折线为合计增速", "From balances (not the comparable basis); line: total growth"),
            axis: .months(firstIndex: start.index, count: n), yLabel: t("个百分点", "pp"),
            bars: bars, total: LineSeries(name: t("贷款余额同比", "Loan balance YoY"), values: growth), source: sourceNote)
        let svg = try rendered(chart)
        var rows: [[TableCell]] = []
        for (line, c) in zip(measure.components, decomposition.components) {
            rows.append([.text(line.name(lang)), .number(c.previous, display: ReportNumber.fixed(c.previous, 0)),
                         .number(c.current, display: ReportNumber.fixed(c.current, 0)),
                         .number(c.change, display: ReportNumber.fixed(c.change, 0)),
                         .number(c.contributionPoints, display: ReportNumber.fixed(c.contributionPoints, 2))])
        }
        let o = decomposition.unallocated
        rows.append([.text(measure.other.name(lang)), .number(o.previous, display: ReportNumber.fixed(o.previous, 0)),
                     .number(o.current, display: ReportNumber.fixed(o.current, 0)), .number(o.change, display: ReportNumber.fixed(o.change, 0)),
                     .number(o.contributionPoints, display: ReportNumber.fixed(o.contributionPoints, 2))])
        rows.append([.text(measure.aggregate.name(lang)),
                     .number(decomposition.aggregatePrevious, display: ReportNumber.fixed(decomposition.aggregatePrevious, 0)),
                     .number(decomposition.aggregateCurrent, display: ReportNumber.fixed(decomposition.aggregateCurrent, 0)),
                     .number(decomposition.change, display: ReportNumber.fixed(decomposition.change, 0)),
                     .number(decomposition.growthPercent, display: ReportNumber.fixed(decomposition.growthPercent, 2))])
        let prev = lastMonth.advanced(by: -12)
        let table = Table(
            title: t("\(lastMonth) 贷款余额同比增速的贡献", "Contributions to loan growth, \(lastMonth)"),
            columns: [TableColumn(t("项目", "Item")), TableColumn(t("\(prev)余额（亿元）", "\(prev) (RMB 100 million)"), alignment: .right),
                      TableColumn(t("\(lastMonth)余额（亿元）", "\(lastMonth) (RMB 100 million)"), alignment: .right),
                      TableColumn(t("变化（亿元）", "Change"), alignment: .right), TableColumn(t("贡献（个百分点）", "Contribution (pp)"), alignment: .right)],
            rows: rows)
        var paragraphs: [String] = []
        if lastMonth != month {
            paragraphs.append(t("分部门余额数据截至 \(lastMonth)，表格为该月。", "Sector balances end in \(lastMonth); the table is for that month."))
        }
        if let published = data.observation("loans_yoy", lastMonth)?.value {
            paragraphs.append(t("按余额计算的增速为 \(ReportNumber.fixed(decomposition.growthPercent, 2))%，公布的可比口径增速为 \(ReportNumber.fixed(published, 1))%。",
                                "Growth from balances is \(ReportNumber.fixed(decomposition.growthPercent, 2))%; the published comparable-basis rate is \(ReportNumber.fixed(published, 1))%."))
        }
        return ReportSection(id: "contributions", heading: heading, paragraphs: paragraphs, tables: [table], chart: chart, svg: svg,
                             command: command("contributions", "svg"), libraryCall: call)
    }

    /// Definitional breaks of the charted series that fall in the charted window, and the data sources.
    func notesSection() -> ReportSection {
        let windowStart = month.advanced(by: -(MonthlyReport.chartMonths - 1))
        let charted: Set<String> = ["m1", "m2", "m1_yoy", "m2_yoy", "loans_balance", "loans_yoy", "loans_increase", "tsf_stock", "tsf_stock_yoy", "tsf_increase"]
        let breaks = dataset.breaks.filter { b in b.to >= windowStart && b.from <= month && !charted.isDisjoint(with: b.seriesIDs) }
        var rows: [[TableCell]] = []
        for b in breaks.sorted(by: { ($0.from, $0.id) < ($1.from, $1.id) }) {
            // Series by their names in the reader's language; the reader's description, not the provenance.
            let names = b.seriesIDs.map { id in
                dataset.catalog.first { $0.id == id }.map { language == .zh ? $0.nameZh : $0.nameEn } ?? id
            }
            rows.append([.text(b.from == b.to ? b.from.description : "\(b.from)–\(b.to)"), .text(b.kind.name(chinese: language == .zh)),
                         .text(names.joined(separator: language == .zh ? "、" : "; ")), .text(b.readerDescription(chinese: language == .zh))])
        }
        let table = Table(title: t("图表区间内的口径变化", "Definitional breaks in the charted window"),
                          columns: [TableColumn(t("时间", "When")), TableColumn(t("类型", "Kind")), TableColumn(t("序列", "Series")),
                                    TableColumn(t("说明", "Description"))], rows: rows)
        let paragraphs = [
            t("数据来自 cnfin 附带的数据集（Datasets/data，来源见 sources.csv）。增速为公布值；口径变化后公布的可比口径增速不能由余额直接算出。",
              "Data: the dataset bundled with cnfin (Datasets/data; sources in sources.csv). Growth rates are as published; after a definitional change the published comparable-basis rate cannot be derived from balances."),
        ]
        return ReportSection(id: "notes", heading: t("数据说明", "Notes on the data"), paragraphs: paragraphs,
                             tables: rows.isEmpty ? [] : [table], chart: nil, svg: nil,
                             command: command("notes", "markdown"), libraryCall: "try Dataset.bundled().breaks")
    }
}
