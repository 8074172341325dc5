import CNFinOutput
import CNFinSeries
import CNFinSupport

extension Dataset {
    /// One column of ``seriesTable(_:from:to:sources:language:machine:)``: a series id and its transform.
    public struct SeriesColumn: Sendable, Hashable {
        /// The catalog id.
        public var id: String
        /// The transform applied first, if any.
        public var transform: SeriesTransform?

        public init(id: String, transform: SeriesTransform? = nil) {
            self.id = id
            self.transform = transform
        }

        /// The column key (CSV header, JSON key): `ID`, or `ID.TRANSFORM` when transformed.
        public var key: String { transform.map { "\(id).\($0.rawValue)" } ?? id }
    }

    /// Series side by side, one row per month (`cnfin data show`): `month`, then per column the values
    /// (transformed first when asked) over `from…to` on a common calendar, and with `sources` the source key
    /// of each stored value after each untransformed series (`ID.source`). Text headers are the series' names
    /// in `language` with their unit; `machine` (CSV, JSON, a workbook that `cnfin import` reads back) keeps
    /// the keys as headers. The title is the data currency; the notes explain transformed months (grouped by
    /// series and break).
    public func seriesTable(_ requested: [SeriesColumn], from first: Month? = nil, to last: Month? = nil, sources: Bool = false,
                            language: DisplayLanguage, machine: Bool) throws(DatasetError) -> Table {
        var columns: [MonthlySeries] = []
        var growthNotes: [GrowthNote] = []
        var units: [String] = []
        for column in requested {
            var s = try series(column.id)
            if let transform = column.transform {
                let result = transform.apply(to: s, in: self)
                s = result.series
                growthNotes += result.notes.filter { $0.month >= (first ?? $0.month) && $0.month <= (last ?? $0.month) }
            }
            units.append("\(s.unit)")
            columns.append(s.sliced(from: first, to: last))
        }
        let frame = align(columns)
        let zh = language == .zh
        func name(_ id: String) -> String {
            guard let entry = try? entry(id) else { return id }
            return zh ? entry.nameZh : entry.nameEn
        }
        // Keys (CSV headers, JSON keys): the ids; text headers: the series' names in `language` with the unit.
        var keys = ["month"]
        var headers = [zh && !machine ? "月份" : "month"]
        // One number of decimals per column, from the series' unit (亿元: 2, % and pp: 1).
        var columnUnits: [String?] = [nil]
        for (column, unit) in zip(requested, units) {
            keys.append(column.key)
            headers.append(machine ? column.key : Parenthetical.label(
                name(column.id) + (column.transform.map { $0.nameSuffix(language: language) } ?? ""), unit, language: language))
            columnUnits.append(unit)
            if sources && column.transform == nil {
                keys.append("\(column.id).source")
                headers.append(machine ? "\(column.id).source" : (zh ? "\(name(column.id))来源" : "\(name(column.id)) source"))
                columnUnits.append(nil)
            }
        }
        var notes = growthNoteSentences(growthNotes, language: language)
        let alignedColumns = headers.enumerated().map { j, header in
            TableColumn(header, alignment: j == 0 || keys[j].hasSuffix(".source") ? .left : .right, unit: columnUnits[j], key: keys[j])
        }
        let rows: [[TableCell]] = zip(frame.months, frame.values).map { month, row in
            var cells: [TableCell] = [.text(month.description)]
            for (column, value) in zip(requested, row) {
                cells.append(.optionalNumber(value))
                if sources && column.transform == nil {
                    cells.append(value == nil ? .missing : .text(source(id: column.id, month: month) ?? ""))
                }
            }
            return cells
        }
        if sources && requested.contains(where: { $0.transform != nil }) {
            notes.append(zh ? "变换后的数值合并了多个来源，故不列出来源"
                : "no sources are listed for transformed values: they combine several sources")
        }
        // The title: how current the dataset is (the headers give each column's unit).
        let title = DataStatus.currencyLine(DataStatus(dataset: self).currency, chinese: zh)
        return Table(title: title, columns: alignedColumns, rows: rows, notes: notes)
    }
}
