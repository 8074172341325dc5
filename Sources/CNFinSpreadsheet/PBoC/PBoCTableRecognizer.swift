import CNFinSeries
import Foundation

/// Recognises PBoC monthly tables in a workbook and maps their figures to catalog series.
///
/// For each non-empty sheet: the kind from the title (the text above the
/// month labels) or, failing that, from the row labels; the unit from the
/// `单位：` / `Unit:` line (亿元, 万亿元, %); the month axis — the row or
/// column holding the most month labels (``PBoCMonthLabel``), above any
/// `注` note — which must be strictly increasing; then every row (months
/// in columns) or column (months in rows) whose label maps to a series
/// (``PBoCLabelMap``). Values are converted to 亿元 (×10⁴ from 万亿元) and
/// rounded half away from zero to the decimals printed (at most two decimals
/// of 亿元 or %), as the Python build does.
public enum PBoCTableRecognizer {
    /// The tables of every non-empty sheet. Throws when a non-empty sheet is
    /// not a known table, when the unit differs between sheets, and on month
    /// labels out of order or repeated.
    public static func recognize(_ workbook: Workbook) throws(SpreadsheetError) -> [PBoCTable] {
        var tables: [PBoCTable] = []
        // Skipped: empty sheets and the `Notes` sheet cnfin writes after its tables.
        for sheet in workbook.sheets where !sheet.cells.isEmpty && !isCnfinNotes(sheet) {
            let table = try recognize(sheet, in: workbook)
            if let first = tables.first, first.unit != table.unit, first.kind == table.kind {
                throw .tableLayout(file: workbook.source, sheet: sheet.name, cell: "A1",
                                   reason: "the unit is \(table.unit.rawValue) here but \(first.unit.rawValue) in sheet \"\(first.sheet)\"")
            }
            tables.append(table)
        }
        if tables.isEmpty {
            throw .unknownTable(file: workbook.source, sheet: workbook.sheets.first?.name ?? "", found: "no sheet with any cell")
        }
        return tables
    }

    /// The table of one sheet.
    public static func recognize(_ sheet: Worksheet, in workbook: Workbook) throws(SpreadsheetError) -> PBoCTable {
        let file = workbook.source
        // Rows of a note (注：…) and below are not part of the table.
        var noteRow = Int.max
        for c in sheet.cells {
            if let t = c.text, PBoCText.normalizedSpaces(t).hasPrefix("注") { noteRow = c.reference.row; break }
        }
        var labels: [CellReference: YearMonth] = [:]
        var byRow: [Int: Int] = [:]
        var byColumn: [Int: Int] = [:]
        for c in sheet.cells where c.reference.row < noteRow {
            if let ym = PBoCMonthLabel.parse(c, uses1904Dates: workbook.uses1904Dates) {
                labels[c.reference] = ym
                byRow[c.reference.row, default: 0] += 1
                byColumn[c.reference.column, default: 0] += 1
            }
        }
        let bestRow = byRow.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
        let bestColumn = byColumn.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
        guard max(bestRow?.value ?? 0, bestColumn?.value ?? 0) > 0 else {
            let found = summary(sheet)
            if kind(title: found) == nil {
                throw .unknownTable(file: file, sheet: sheet.name, found: found.isEmpty ? "no text" : "\"\(found)\"")
            }
            throw .tableLayout(file: file, sheet: sheet.name, cell: "A1", reason: "no month labels (such as 2023.05 or 2023年5月) found")
        }
        // More labels along a row: months in columns. On a tie (a one-month table) months run down
        // a column when that column is headed 月份 / month.
        var monthsInColumns = (bestRow?.value ?? 0) >= (bestColumn?.value ?? 0)
        if bestRow?.value == bestColumn?.value, let column = bestColumn?.key,
           let first = labels.keys.filter({ $0.column == column }).min(), first.row > 0,
           let above = sheet.cell(at: CellReference(row: first.row - 1, column: column))?.text,
           ["month", "月份"].contains(PBoCText.normalizedSpaces(above).lowercased()) {
            monthsInColumns = false
        }
        let axis = monthsInColumns ? (bestRow?.key ?? 0) : (bestColumn?.key ?? 0)
        // The month positions along the axis, in order, checked.
        let positions = labels.filter { monthsInColumns ? $0.key.row == axis : $0.key.column == axis }
            .sorted { $0.key < $1.key }
        var months: [YearMonth] = []
        for (ref, ym) in positions {
            if let previous = months.last, ym <= previous {
                let what = ym == previous ? "repeats \(ym)" : "\(ym) comes after \(previous)"
                throw .tableLayout(file: file, sheet: sheet.name, cell: ref.description,
                                   reason: "month labels out of order: \(what)")
            }
            months.append(ym)
        }
        let firstData = monthsInColumns ? (positions.first?.key.column ?? 0) : (positions.first?.key.row ?? 0)
        let title = titleText(sheet, before: monthsInColumns ? axis : firstData)
        // Item labels: text before the first month column (months in columns) or above the first month row.
        var items: [(label: String, index: Int)] = []
        if monthsInColumns {
            var rowText: [Int: String] = [:]
            for c in sheet.cells where c.reference.row > axis && c.reference.row < noteRow && c.reference.column < firstData {
                if let t = c.text { rowText[c.reference.row, default: ""] += " " + t }
            }
            items = rowText.keys.sorted().compactMap { r in
                let t = PBoCText.normalizedSpaces(rowText[r] ?? "")
                return t.isEmpty ? nil : (t, r)
            }
        } else {
            // A column's label: the Chinese parts of its header cells, then their English parts,
            // so that a bilingual header split over rows still reads 其中 人民币贷款 Of which RMB loans.
            var chinese: [Int: [String]] = [:]
            var english: [Int: [String]] = [:]
            for c in sheet.cells where c.reference.row < firstData && c.reference.column != axis {
                guard let t = c.text, !isTitleLike(t) else { continue }
                let n = PBoCText.normalizedSpaces(t)
                let en = PBoCText.englishPart(n)
                let zh = String(n.dropLast(en.count)).trimmingSpaces
                if !zh.isEmpty { chinese[c.reference.column, default: []].append(zh) }
                if !en.isEmpty { english[c.reference.column, default: []].append(en) }
            }
            let columns = Set(chinese.keys).union(english.keys)
            items = columns.sorted().compactMap { c in
                let t = PBoCText.normalizedSpaces(((chinese[c] ?? []) + (english[c] ?? [])).joined(separator: " "))
                return t.isEmpty ? nil : (t, c)
            }
        }
        let labelsText = items.map(\.label).joined(separator: " ")
        // A table cnfin wrote: the month column is headed `month` and the others are series ids.
        let monthHeader = monthsInColumns ? nil : sheet.cell(at: CellReference(row: firstData - 1, column: axis))?.text
        let isExport = monthHeader.map { PBoCText.normalizedSpaces($0) == "month" } == true
            && items.contains { PBoCLabelMap.isSeriesID($0.label) }
        guard let kind = isExport ? .cnfinExport : kind(title: title) ?? kind(rowLabels: labelsText) else {
            let found = title.isEmpty ? summary(sheet) : title
            throw .unknownTable(file: file, sheet: sheet.name, found: found.isEmpty ? "no title" : "\"\(String(found.prefix(120)))\"")
        }
        guard let unit = kind == .cnfinExport ? .yi : unit(sheet, before: monthsInColumns ? axis : firstData) else {
            throw .tableLayout(file: file, sheet: sheet.name, cell: "A1", reason: "no unit line (单位：亿元 / 万亿元) above the table")
        }
        var map = PBoCLabelMap(kind: kind)
        var observations: [PBoCObservation] = []
        var seen: Set<String> = []
        var seenRates: Set<String> = []
        var parts: [String: [(String, [Int: (Decimal, Int, CellReference)])]] = [:]
        var unmapped: [String] = []
        for (label, index) in items {
            let target = map.target(for: label)
            // The figures of this item, by month index in `months`.
            var values: [Int: (Decimal, Int, CellReference)] = [:]
            for (k, (ref, _)) in positions.enumerated() {
                let at = monthsInColumns ? CellReference(row: index, column: ref.column) : CellReference(row: ref.row, column: index)
                guard let cell = sheet.cell(at: at) else { continue }
                guard let (d, places) = try decimalValue(cell, file: file, sheet: sheet.name, relevant: target != .none) else { continue }
                values[k] = (d, places, at)
            }
            if values.isEmpty { continue }
            switch target {
            case .none:
                unmapped.append(label)
            case .part(let total, let name):
                parts[total, default: []].append((name, values))
            case .series(let id):
                guard !seen.contains(id) else { continue }
                seen.insert(id)
                observations += makeObservations(id: id, label: label, values: values, months: months, unit: unit,
                                                 kind: kind, derivation: nil)
            case .rate(let stock):
                guard !seenRates.contains(stock) else { continue }
                seenRates.insert(stock)
                observations += makeObservations(id: stock, label: label, values: values, months: months, unit: unit,
                                                 kind: kind, derivation: nil, isRate: true)
            }
        }
        for (total, list) in parts.sorted(by: { $0.key < $1.key }) where !seen.contains(total) && list.count == 2 {
            var sums: [Int: (Decimal, Int, CellReference)] = [:]
            for (k, a) in list[0].1 {
                guard let b = list[1].1[k] else { continue }
                sums[k] = (a.0 + b.0, max(a.1, b.1), a.2)
            }
            seen.insert(total)
            observations += makeObservations(id: total, label: list.map(\.0).joined(separator: "+"), values: sums,
                                             months: months, unit: unit, kind: kind, derivation: "derived:sum")
        }
        return PBoCTable(kind: kind, file: file, sheet: sheet.name, unit: unit, monthsInColumns: monthsInColumns,
                         months: months, observations: observations, unmapped: unmapped)
    }

    static func makeObservations(id: String, label: String, values: [Int: (Decimal, Int, CellReference)],
                                 months: [YearMonth], unit: PBoCUnit, kind: PBoCTableKind, derivation: String?,
                                 isRate: Bool = false) -> [PBoCObservation] {
        let export = kind == .cnfinExport
        // One precision per series: the most decimals printed in any of its cells — at most two of
        // 亿元 or % (a 万亿元 figure keeps four of its own unit); a table cnfin wrote keeps them all.
        let scale = isRate || export ? 1 : unit.toYi
        let shift = scale == 10_000 ? 4 : 0
        // At most two decimals of 亿元 (or of %): a 万亿元 figure keeps up to 4 decimals in its own unit.
        let places = min(values.values.map(\.1).max() ?? 0, export ? 17 : 2 + shift)
        return values.keys.sorted().map { k in
            let (raw, _, ref) = values[k] ?? (0, 0, CellReference(row: 0, column: 0))
            var rounded = raw
            var input = raw
            NSDecimalRound(&rounded, &input, places, .plain)
            let inCatalogUnit = rounded * Decimal(scale)
            let measure: FigureMeasure = isRate ? .yoyPct : (kind == .tsfFlow ? .increase : .level)
            return PBoCObservation(id: id, year: months[k].year, month: months[k].month,
                                   value: Double(inCatalogUnit.description) ?? .nan,
                                   decimals: places - shift, unit: export ? "" : isRate ? "%" : "亿元", measure: measure, cell: ref,
                                   label: label, derivation: derivation)
        }
    }

    /// The value of a cell as a decimal (from its shortest round-trip text,
    /// as Python's `repr`) with the decimals of that text, `nil` for
    /// blank text; non-numeric text is an error only in a row that maps to a series.
    static func decimalValue(_ cell: Cell, file: String, sheet: String,
                             relevant: Bool) throws(SpreadsheetError) -> (Decimal, Int)? {
        let text: String
        switch cell.value {
        case .number(let x):
            text = "\(x)"
        case .text(let s):
            let t = PBoCText.normalizedSpaces(s).replacingOccurrences(of: ",", with: "")
            if t.isEmpty || t == "-" || t == "—" || t == "--" { return nil }
            guard Double(t) != nil else {
                if !relevant { return nil }
                throw .tableLayout(file: file, sheet: sheet, cell: cell.reference.description, reason: "\"\(s)\" is not a number")
            }
            text = t
        default:
            return nil
        }
        guard let d = Decimal(string: text, locale: posix) else {
            if !relevant { return nil }
            throw .tableLayout(file: file, sheet: sheet, cell: cell.reference.description, reason: "\"\(text)\" is not a number")
        }
        var places = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let mantissa = text[..<e]
            // Clamped: an exponent near Int.min would overflow `fraction - exponent`.
            let exponent = min(max(Int(text[text.index(after: e)...]) ?? 0, -10_000), 10_000)
            let fraction = mantissa.split(separator: ".").dropFirst().first?.count ?? 0
            places = max(0, fraction - exponent)
        } else if let dot = text.firstIndex(of: ".") {
            places = text[text.index(after: dot)...].count
            if text.hasSuffix(".0") { places = 0 }
        }
        return (d, places)
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// The notes sheet of a workbook cnfin wrote (``XLSXTableWriter``): named `Notes`, `Notes` in A1.
    static func isCnfinNotes(_ sheet: Worksheet) -> Bool {
        sheet.name == "Notes" && sheet.cells.first?.reference == CellReference(row: 0, column: 0) && sheet.cells.first?.text == "Notes"
    }

    /// Text of the cells above the table (title, subtitle, unit).
    static func titleText(_ sheet: Worksheet, before row: Int) -> String {
        PBoCText.normalizedSpaces(sheet.cells.filter { $0.reference.row < max(row, 1) }.compactMap(\.text).joined(separator: " "))
    }

    static func summary(_ sheet: Worksheet) -> String {
        String(PBoCText.normalizedSpaces(sheet.cells.prefix(6).compactMap(\.text).joined(separator: " ")).prefix(120))
    }

    static func isTitleLike(_ t: String) -> Bool {
        let n = PBoCText.normalizedSpaces(t)
        return n.hasSuffix("统计表") || n.hasPrefix("单位") || n.lowercased().hasPrefix("unit")
    }

    /// The kind named by a title.
    static func kind(title: String) -> PBoCTableKind? {
        let t = title
        let lower = t.lowercased()
        if t.contains("社会融资规模增量") || lower.contains("(flow)") || lower.contains("（flow）") { return .tsfFlow }
        if t.contains("社会融资规模存量") || lower.contains("(stock)") || lower.contains("（stock）") { return .tsfStock }
        if t.contains("信贷收支") || lower.contains("credit funds") {
            if t.contains("本外币") || lower.contains("foreign currenc") { return .creditFundsAllCurrencies }
            return .creditFundsRMB
        }
        if t.contains("货币供应量") || lower.contains("money supply") { return .moneySupply }
        return nil
    }

    /// The kind told by the item labels when the title is missing.
    static func kind(rowLabels t: String) -> PBoCTableKind? {
        if t.contains("各项存款") && t.contains("各项贷款") { return .creditFundsRMB }
        if t.contains("M2") && (t.contains("M1") || t.contains("M0")) { return .moneySupply }
        if t.contains("委托贷款") && t.contains("信托贷款") { return .tsfFlow }
        return nil
    }

    /// The unit from a `单位：…` / `Unit: …` line above the table.
    static func unit(_ sheet: Worksheet, before row: Int) -> PBoCUnit? {
        for c in sheet.cells where c.reference.row < max(row, 1) {
            guard let t = c.text else { continue }
            let n = PBoCText.normalizedSpaces(t).replacingOccurrences(of: " ", with: "")
            guard n.hasPrefix("单位") || n.lowercased().hasPrefix("unit") else { continue }
            if n.contains("万亿") || n.lowercased().contains("trillion") { return .wanYi }
            if n.contains("亿") || n.lowercased().contains("100million") { return .yi }
            if n.contains("%") { return .percent }
        }
        return nil
    }
}
