import ArgumentParser
import CNFin
import Foundation

/// `cnfin decompose money|loans|deposits|tsf`: contributions of components to an aggregate's growth.
struct DecomposeCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompose",
        abstract: "Split an aggregate's growth into contributions of its components.",
        discussion: """
        Contribution of component i (pp) = 100·(x_i,t − x_i,t−h) / X_t−h, h = 12 (yoy) or 1 (mom); the \
        contributions of the components and of "other" (aggregate − Σ listed components, including any \
        component missing for the months compared) add up to the growth computed from levels. The growth \
        reported for the aggregate is the published comparable-basis figure when there is one (e.g. m2_yoy; \
        for flows the published 同比多增/少增), and the residual line = reported growth − Σ contributions. \
        Comparisons straddling a registered break (cnfin data breaks) are flagged in the notes.
        Text, Markdown and LaTeX start with the header line: the data currency and, without --month, the month \
        chosen by the one rule for "the latest month" (the latest with every figure the table needs). Names, \
        headers and notes follow --lang (default zh); the CSV (month,id,name_zh,name_en,level,…) and JSON keys \
        are the same in every language.
        Flows: --basis ytd and sum12 compare year-to-date and 12-month sums of the monthly flows with a \
        year earlier; --flow with yoy/mom compares the monthly flow itself (growth and contributions in % of \
        |earlier flow|, the change column in 亿元).

        Examples:
          cnfin decompose money --month 2023-05
          cnfin decompose loans --month 2023-05 --lang zh
          cnfin decompose loans --month 2023-05 --flow
          cnfin decompose tsf --basis sum12 --format json
          cnfin decompose deposits --basis mom --log --format csv
        """
    )

    @Argument(help: "The hierarchy: money, loans, deposits or tsf.")
    var hierarchy: String

    @Option(help: ArgumentHelp("The month to decompose (default: the latest month with the aggregate and every component at both months compared).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var month: Month?

    @Option(help: "Growth basis (ytd and sum12 decompose flows).")
    var basis: DecompositionBasis = .yoy

    @Flag(help: "Decompose the monthly flow (new loans, new TSF…) instead of the balance (yoy/mom).")
    var flow = false

    @Flag(name: .customLong("log"), help: "Allocate log growth (100·Δln X) instead of simple growth (stocks).")
    var logarithmic = false

    @Option(help: "Language of names and notes.")
    var lang: DisplayLanguage = .zh

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var tableOutput: TableOutputOptions

    func validate() throws {
        if flow && (basis == .ytd || basis == .sum12) {
            throw ValidationError("--flow is implied by --basis \(basis); use it with yoy or mom")
        }
    }

    func run() throws {
        try reportingErrors {
            if format == .xlsx {
                let dataset = try data.dataset()
                let d = try decomposition(dataset: dataset, hierarchiesText: hierarchiesText())
                let table = DecompositionPresentation.table(d, language: lang)
                try destination.emitWorkbook([table], currency: DataStatus(dataset: dataset).currency, chinese: lang == .zh)
                return
            }
            try destination.emit(try render(dataset: data.dataset(), hierarchiesText: hierarchiesText()))
        }
    }

    func hierarchiesText() throws -> String {
        try Dataset.hierarchiesText(directory: data.directory.map { URL(fileURLWithPath: $0) })
    }

    /// The decomposition requested by the options.
    func decomposition(dataset: Dataset, hierarchiesText: String) throws -> HierarchyDecomposition {
        let table = try HierarchyTable.parse(csv: hierarchiesText)
        let decomposer = HierarchyDecomposer(hierarchy: try table.hierarchy(hierarchy), panel: SeriesPanel(dataset: dataset))
        let measure: HierarchyMeasureKind = (flow || basis == .ytd || basis == .sum12) ? .flow : .stock
        let target: Month
        if let chosen = month {
            target = chosen
        } else {
            // The one rule for "the latest month": the latest month for which the command's required
            // figures — the aggregate and every component, at t and at the month compared — exist.
            guard let latest = try decomposer.latestCompleteMonth(measure: measure, basis: basis)
                    ?? decomposer.availableMonths(measure: measure, basis: basis).last else {
                throw DecompositionError.noData(hierarchy: hierarchy)
            }
            target = latest
        }
        return try decomposer.decompose(
            month: target, measure: measure, basis: basis, allocation: logarithmic ? .logarithmic : .arithmetic)
    }

    /// The rendered output.
    func render(dataset: Dataset, hierarchiesText: String) throws -> String {
        let d = try decomposition(dataset: dataset, hierarchiesText: hierarchiesText)
        let format = self.format.textFormat
        let language = lang
        if format == .json { return DecompositionPresentation.json(d, language: language).serialized() + "\n" }
        // The header line: the data currency and, without --month, the month the one rule chose.
        return datasetHeader(dataset, latestMonth: month == nil ? d.month : nil, language: language, format: format)
            + DecompositionPresentation.table(d, language: language, machine: format == .csv).rendered(as: format)
    }
}

extension SeriesPanel {
    /// The dataset's series, break registry, published 同比多增/少增 figures and
    /// the catalog's `ytd_id` relations.
    init(dataset: Dataset) {
        var changes: [String: [Month: Double]] = [:]
        for p in dataset.publishedComparisons where p.measure == .changeVsYearAgo {
            changes[p.id, default: [:]][p.month] = p.value
        }
        let ytd = dataset.catalog.compactMap { e in e.relations.ytdID.map { (e.id, $0) } }
        self.init(series: Array(dataset.seriesByID.values), breaks: dataset.breaks, publishedChangesVsYearAgo: changes,
                  yearToDateIDs: Dictionary(ytd, uniquingKeysWith: { a, _ in a }))
    }
}

/// Tables and JSON for a ``HierarchyDecomposition``.
enum DecompositionPresentation {
    static func fixed(_ digits: Int) -> (Double) -> String {
        { fixed($0, digits) }
    }

    /// `value` with `digits` decimals; a value that rounds to zero prints without a minus sign.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        let text = NumberText.fixed(value, digits: digits)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    static func title(_ d: HierarchyDecomposition, language: DisplayLanguage) -> String {
        let what: String
        switch (d.measure, d.basis, language) {
        case (_, .yoy, .en): what = "year-on-year"
        case (_, .mom, .en): what = "month-on-month"
        case (_, .ytd, .en): what = "year-to-date sum vs a year earlier"
        case (_, .sum12, .en): what = "12-month sum vs a year earlier"
        case (_, .yoy, .zh): what = "同比"
        case (_, .mom, .zh): what = "环比"
        case (_, .ytd, .zh): what = "年初至今累计同比"
        case (_, .sum12, .zh): what = "12个月滚动合计同比"
        }
        let growth = fixed(d.growthPercent, 2)
        let levels = fixed(d.levelGrowthPercent, 2)
        let log = d.allocation == .logarithmic ? (language == .zh ? "，对数增长" : ", log growth") : ""
        switch language {
        case .en:
            let source = d.publishedGrowthPercent == nil ? "from levels" : "published; from levels \(levels)%"
            return "\(d.aggregate.nameEn) (\(d.measure)), \(what)\(log), \(d.month) vs \(d.comparedWith): \(growth)% (\(source))"
        case .zh:
            let source = d.publishedGrowthPercent == nil ? "按余额计算" : "公布值；按余额计算 \(levels)%"
            // The name already says 余额/存量 or 增加/增量 for most aggregates (人民币贷款余额): not twice.
            let name = d.aggregate.nameZh
            let said = ["余额", "存量", "增加", "增量"].contains { name.hasSuffix($0) }
            let kind = said ? "" : (d.measure == .stock ? "余额" : "增量")
            return "\(name)\(kind)\(what)\(log)，\(d.month) 对 \(d.comparedWith)：\(growth)%（\(source)）"
        }
    }

    /// The decomposition table. For readers (text, Markdown, LaTeX, workbooks) the components are named in
    /// `language` and no id column is shown (a component id is nothing a reader types); `machine` (CSV) gives
    /// the same rows with language-independent keys — `month,id,name_zh,name_en,level,share_pct,growth_pct,
    /// contribution_pp[,change]` — so that the CSV is the same bytes in every language and says its month.
    static func table(_ d: HierarchyDecomposition, language: DisplayLanguage, machine: Bool = false) -> Table {
        let zh = language == .zh && !machine
        // A label and its unit in the reader's punctuation: 水平（亿元）, level (亿元).
        func header(_ chinese: String, _ english: String, _ unit: String) -> String {
            Parenthetical.label(zh ? chinese : english, unit, language: zh ? .zh : .en)
        }
        let showChange = d.measure == .flow
        var keys = ["level", "share_pct", "growth_pct", "contribution_pp"]
        var headers = [header("水平", "level", "亿元"), header("占比", "share", "%"),
                       header("增速", "growth", "%"), header("贡献", "contribution", zh ? "百分点" : "pp")]
        if showChange {
            keys.append("change")
            headers.append(header("变动", "change", "亿元"))
        }
        let labelKeys = machine ? ["month", "id", "name_zh", "name_en"] : ["component"]
        if machine { headers = keys }
        headers = (machine ? labelKeys : [zh ? "项目" : "component"]) + headers
        keys = labelKeys + keys
        // One number of decimals per column: levels and changes in 亿元 with two, shares and growth
        // rates with two, contributions with three (they add up to the growth rate).
        let formats: [CNFinOutput.NumberFormat?] = Array(repeating: nil, count: labelKeys.count)
            + [.amount, CNFinOutput.NumberFormat(.decimals(2)), CNFinOutput.NumberFormat(.decimals(2)),
               CNFinOutput.NumberFormat(.decimals(3)), .amount]
        let columns = headers.enumerated().map {
            TableColumn($1, alignment: $0 < labelKeys.count ? .left : .right, numberFormat: formats[$0], key: keys[$0])
        }
        /// The label cells of a row: its name (reader) or month, id and both names (machine).
        func label(id: String, zhName: String, enName: String) -> [TableCell] {
            machine ? [.text(d.month.description), .text(id), .text(zhName), .text(enName)] : [.text(zh ? zhName : enName)]
        }
        var rows: [[TableCell]] = []
        for line in d.lines {
            let missing = line.isMissing
            var row = label(id: line.line.id, zhName: line.line.nameZh + (missing ? "（缺数据）" : ""),
                            enName: line.line.nameEn + (missing ? " (missing)" : ""))
            row += [
                .optionalNumber(line.level, formatted: fixed(2)),
                .optionalNumber(line.sharePercent, formatted: fixed(2)),
                .optionalNumber(line.growthPercent, formatted: fixed(2)),
                .optionalNumber(line.contributionPoints, formatted: fixed(3)),
            ]
            if showChange { row.append(.optionalNumber(line.change, formatted: fixed(2))) }
            rows.append(row)
        }
        var sumRow = label(id: "sum_of_contributions", zhName: Parenthetical.label("贡献合计", "按余额", language: .zh),
                           enName: "sum of contributions (levels)")
        sumRow += [.missing, .missing,
                   .number(d.levelGrowthPercent, formatted: fixed(d.levelGrowthPercent, 3)),
                   .number(d.sumOfContributions, formatted: fixed(d.sumOfContributions, 3))]
        if showChange { sumRow.append(.number(d.aggregateChange, formatted: fixed(d.aggregateChange, 2))) }
        rows.append(sumRow)
        var residualRow = label(id: "residual", zhName: Parenthetical.label("残差", "公布值−按余额", language: .zh),
                                enName: "residual (published − levels)")
        residualRow += [.missing, .missing, .missing, .number(d.residualPoints, formatted: fixed(d.residualPoints, 3))]
        if showChange {
            residualRow.append(.optionalNumber(d.publishedChange.map { $0 - d.aggregateChange }, formatted: fixed(2)))
        }
        rows.append(residualRow)
        var aggregateRow = label(id: d.aggregate.id, zhName: d.aggregate.nameZh, enName: d.aggregate.nameEn)
        aggregateRow += [
            .number(d.aggregateLevel, formatted: fixed(d.aggregateLevel, 2)),
            .number(100, formatted: "100.00"),
            .number(d.growthPercent, formatted: fixed(d.growthPercent, 3)),
            .number(d.growthPercent, formatted: fixed(d.growthPercent, 3)),
        ]
        if showChange { aggregateRow.append(.number(d.publishedChange ?? d.aggregateChange, formatted: fixed(d.publishedChange ?? d.aggregateChange, 2))) }
        rows.append(aggregateRow)
        let notes = d.notes.map { $0.text(language) }
        return Table(title: title(d, language: language), columns: columns, rows: rows, notes: notes)
    }

    /// `{"hierarchy", "measure", "basis", "month", "compared_with", "aggregate": {"id", "growth_pct", …},
    /// "components": [{"id", "name_zh", "name_en", "level", "share_pct", "growth_pct", "contribution_pp", …}],
    /// "residual_pp", "notes"}`.
    static func json(_ d: HierarchyDecomposition, language: DisplayLanguage) -> JSONValue {
        let components: [JSONValue] = d.lines.map { line in
            .object([
                (key: "id", value: .string(line.line.id)),
                (key: "name_zh", value: .string(line.line.nameZh)),
                (key: "name_en", value: .string(line.line.nameEn)),
                (key: "role", value: .string(line.role.rawValue)),
                (key: "missing", value: .bool(line.isMissing)),
                (key: "level", value: .optionalNumber(line.level)),
                (key: "previous_level", value: .optionalNumber(line.previousLevel)),
                (key: "change", value: .optionalNumber(line.change)),
                (key: "share_pct", value: .optionalNumber(line.sharePercent)),
                (key: "growth_pct", value: .optionalNumber(line.growthPercent)),
                (key: "contribution_pp", value: .optionalNumber(line.contributionPoints)),
            ])
        }
        let aggregate: JSONValue = .object([
            (key: "id", value: .string(d.aggregate.id)),
            (key: "name_zh", value: .string(d.aggregate.nameZh)),
            (key: "name_en", value: .string(d.aggregate.nameEn)),
            (key: "growth_pct", value: .number(d.growthPercent)),
            (key: "level_growth_pct", value: .number(d.levelGrowthPercent)),
            (key: "published_growth_pct", value: .optionalNumber(d.publishedGrowthPercent)),
            (key: "level", value: .number(d.aggregateLevel)),
            (key: "previous_level", value: .number(d.aggregatePreviousLevel)),
            (key: "change", value: .number(d.aggregateChange)),
            (key: "published_change", value: .optionalNumber(d.publishedChange)),
        ])
        return .object([
            (key: "hierarchy", value: .string(d.hierarchyID)),
            (key: "measure", value: .string(d.measure.rawValue)),
            (key: "basis", value: .string(d.basis.rawValue)),
            (key: "allocation", value: .string(d.allocation.rawValue)),
            (key: "month", value: .string(d.month.description)),
            (key: "compared_with", value: .string(d.comparedWith.description)),
            (key: "aggregate", value: aggregate),
            (key: "components", value: .array(components)),
            (key: "residual_pp", value: .number(d.residualPoints)),
            (key: "straddles_break", value: .bool(d.straddlesBreak)),
            (key: "notes", value: .array(d.notes.map { .string($0.text(language)) })),
        ])
    }
}
