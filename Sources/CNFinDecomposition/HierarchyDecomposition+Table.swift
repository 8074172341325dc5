import CNFinOutput
import CNFinSeries
import CNFinSupport

extension HierarchyDecomposition {
    /// `value` with `digits` decimals; a value that rounds to zero prints without a minus sign.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        NumberText.droppingNegativeZeroSign(NumberText.fixed(value, digits: digits))
    }

    /// ``fixed(_:_:)`` with `digits` decimals, as a cell formatter.
    static func fixed(_ digits: Int) -> (Double) -> String {
        { Self.fixed($0, digits) }
    }

    /// The title in `language`: the aggregate, its measure and basis, the months compared and the growth
    /// reported (published, or from levels) — `人民币贷款余额同比，2023-05 对 2022-05：11.40%（公布值；按余额计算 11.36%）`.
    public func title(language: DisplayLanguage) -> String {
        let what: String
        switch (basis, language) {
        case (.yoy, .en): what = "year-on-year"
        case (.mom, .en): what = "month-on-month"
        case (.ytd, .en): what = "year-to-date sum vs a year earlier"
        case (.sum12, .en): what = "12-month sum vs a year earlier"
        case (.yoy, .zh): what = "同比"
        case (.mom, .zh): what = "环比"
        case (.ytd, .zh): what = "年初至今累计同比"
        case (.sum12, .zh): what = "12个月滚动合计同比"
        }
        let growth = Self.fixed(growthPercent, 2)
        let levels = Self.fixed(levelGrowthPercent, 2)
        let log = allocation == .logarithmic ? (language == .zh ? "，对数增长" : ", log growth") : ""
        switch language {
        case .en:
            let source = publishedGrowthPercent == nil ? "from levels" : "published; from levels \(levels)%"
            return "\(aggregate.nameEn) (\(measure)), \(what)\(log), \(month) vs \(comparedWith): \(growth)% (\(source))"
        case .zh:
            let source = publishedGrowthPercent == nil ? "按余额计算" : "公布值；按余额计算 \(levels)%"
            // The name already says 余额/存量 or 增加/增量 for most aggregates (人民币贷款余额): not twice.
            let name = aggregate.nameZh
            let said = ["余额", "存量", "增加", "增量"].contains { name.hasSuffix($0) }
            let kind = said ? "" : (measure == .stock ? "余额" : "增量")
            return "\(name)\(kind)\(what)\(log)，\(month) 对 \(comparedWith)：\(growth)%（\(source)）"
        }
    }

    /// The decomposition table. For readers (text, Markdown, LaTeX, workbooks) the components are named in
    /// `language` and no id column is shown (a component id is nothing a reader types); `machine` (CSV) gives
    /// the same rows with language-independent keys — `month,id,name_zh,name_en,level,share_pct,growth_pct,
    /// contribution_pp[,change]` — so that the CSV is the same bytes in every language and says its month.
    /// Rows: the lines, the sum of contributions, the residual (reported − level-based growth), the aggregate.
    public func table(language: DisplayLanguage, machine: Bool = false) -> Table {
        let zh = language == .zh && !machine
        // A label and its unit in the reader's punctuation: 水平（亿元）, level (亿元).
        func header(_ chinese: String, _ english: String, _ unit: String) -> String {
            Parenthetical.label(zh ? chinese : english, unit, language: zh ? .zh : .en)
        }
        let showChange = measure == .flow
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
        let formats: [NumberFormat?] = Array(repeating: nil, count: labelKeys.count)
            + [.amount, NumberFormat(.decimals(2)), NumberFormat(.decimals(2)), NumberFormat(.decimals(3)), .amount]
        let columns = headers.enumerated().map {
            TableColumn($1, alignment: $0 < labelKeys.count ? .left : .right, numberFormat: formats[$0], key: keys[$0])
        }
        /// The label cells of a row: its name (reader) or month, id and both names (machine).
        func label(id: String, zhName: String, enName: String) -> [TableCell] {
            machine ? [.text(month.description), .text(id), .text(zhName), .text(enName)] : [.text(zh ? zhName : enName)]
        }
        var rows: [[TableCell]] = []
        for line in lines {
            let missing = line.isMissing
            var row = label(id: line.line.id, zhName: line.line.nameZh + (missing ? "（缺数据）" : ""),
                            enName: line.line.nameEn + (missing ? " (missing)" : ""))
            row += [
                .optionalNumber(line.level, formatted: Self.fixed(2)),
                .optionalNumber(line.sharePercent, formatted: Self.fixed(2)),
                .optionalNumber(line.growthPercent, formatted: Self.fixed(2)),
                .optionalNumber(line.contributionPoints, formatted: Self.fixed(3)),
            ]
            if showChange { row.append(.optionalNumber(line.change, formatted: Self.fixed(2))) }
            rows.append(row)
        }
        var sumRow = label(id: "sum_of_contributions", zhName: Parenthetical.label("贡献合计", "按余额", language: .zh),
                           enName: "sum of contributions (levels)")
        sumRow += [.missing, .missing,
                   .number(levelGrowthPercent, formatted: Self.fixed(levelGrowthPercent, 3)),
                   .number(sumOfContributions, formatted: Self.fixed(sumOfContributions, 3))]
        if showChange { sumRow.append(.number(aggregateChange, formatted: Self.fixed(aggregateChange, 2))) }
        rows.append(sumRow)
        var residualRow = label(id: "residual", zhName: Parenthetical.label("残差", "公布值−按余额", language: .zh),
                                enName: "residual (published − levels)")
        residualRow += [.missing, .missing, .missing, .number(residualPoints, formatted: Self.fixed(residualPoints, 3))]
        if showChange {
            residualRow.append(.optionalNumber(publishedChange.map { $0 - aggregateChange }, formatted: Self.fixed(2)))
        }
        rows.append(residualRow)
        var aggregateRow = label(id: aggregate.id, zhName: aggregate.nameZh, enName: aggregate.nameEn)
        aggregateRow += [
            .number(aggregateLevel, formatted: Self.fixed(aggregateLevel, 2)),
            .number(100, formatted: "100.00"),
            .number(growthPercent, formatted: Self.fixed(growthPercent, 3)),
            .number(growthPercent, formatted: Self.fixed(growthPercent, 3)),
        ]
        if showChange {
            let change = publishedChange ?? aggregateChange
            aggregateRow.append(.number(change, formatted: Self.fixed(change, 2)))
        }
        rows.append(aggregateRow)
        return Table(title: title(language: language), columns: columns, rows: rows, notes: notes.map { $0.text(language) })
    }

    /// `{"hierarchy", "measure", "basis", "allocation", "month", "compared_with", "aggregate": {"id", "growth_pct", …},
    /// "components": [{"id", "name_zh", "name_en", "level", "share_pct", "growth_pct", "contribution_pp", …}],
    /// "residual_pp", "straddles_break", "notes"}` — the keys the same in every language; the notes in `language`.
    public func jsonValue(language: DisplayLanguage) -> JSONValue {
        let components: [JSONValue] = lines.map { line in
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
        let aggregateValue: JSONValue = .object([
            (key: "id", value: .string(aggregate.id)),
            (key: "name_zh", value: .string(aggregate.nameZh)),
            (key: "name_en", value: .string(aggregate.nameEn)),
            (key: "growth_pct", value: .number(growthPercent)),
            (key: "level_growth_pct", value: .number(levelGrowthPercent)),
            (key: "published_growth_pct", value: .optionalNumber(publishedGrowthPercent)),
            (key: "level", value: .number(aggregateLevel)),
            (key: "previous_level", value: .number(aggregatePreviousLevel)),
            (key: "change", value: .number(aggregateChange)),
            (key: "published_change", value: .optionalNumber(publishedChange)),
        ])
        return .object([
            (key: "hierarchy", value: .string(hierarchyID)),
            (key: "measure", value: .string(measure.rawValue)),
            (key: "basis", value: .string(basis.rawValue)),
            (key: "allocation", value: .string(allocation.rawValue)),
            (key: "month", value: .string(month.description)),
            (key: "compared_with", value: .string(comparedWith.description)),
            (key: "aggregate", value: aggregateValue),
            (key: "components", value: .array(components)),
            (key: "residual_pp", value: .number(residualPoints)),
            (key: "straddles_break", value: .bool(straddlesBreak)),
            (key: "notes", value: .array(notes.map { .string($0.text(language)) })),
        ])
    }
}
