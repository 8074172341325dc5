import CNFinCharts
import CNFinDatasets
import CNFinSeries
import CNFinSupport

/// One series of a ``SeriesChart``: the name as the user wrote it (`m2:yoy`, used in the chart's
/// identifier and in errors), the dataset id, and its transform (nil: the levels).
public struct SeriesChartRequest: Sendable, Hashable {
    public var name: String
    public var id: String
    public var transform: SeriesTransform?

    public init(name: String, id: String, transform: SeriesTransform?) {
        self.name = name
        self.id = id
        self.transform = transform
    }
}

/// Why a ``SeriesChart`` cannot be drawn.
public enum SeriesChartError: Error, Sendable, Equatable, LocalizedMessage {
    /// None of the named series has a value in the requested months.
    case noData(names: [String])

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese the names as the user wrote them appear inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case (.noData(let names), .en): return "no values of \(names.joined(separator: ", ")) in the requested months"
        case (.noData(let names), .zh): return names.map { "「\($0)」" }.joined(separator: "、") + "在所选月份内没有数值"
        }
    }
}

/// Any dataset series, levels or transformed, as a line chart in the report's house style
/// (`cnfin chart`): one line per series over `from`…`to` (default: every month any of them has),
/// each named by its catalog name in the reader's language plus the transform
/// (``SeriesTransform/nameSuffix(language:)``); the axis unit is % for growth rates, the catalog
/// unit otherwise, and "mixed units" when the lines differ; the subtitle gives the span and the
/// data currency.
public enum SeriesChart {
    public static func lines(_ requests: [SeriesChartRequest], in dataset: Dataset, from: Month? = nil, to: Month? = nil,
                             language: DisplayLanguage) throws -> Chart {
        let chinese = language == .zh
        let names = requests.map(\.name)
        var series: [(entry: CatalogEntry, transform: SeriesTransform?, values: MonthlySeries)] = []
        for request in requests {
            let entry = try dataset.entry(request.id)
            var s = try dataset.series(request.id)
            if let transform = request.transform { s = transform.apply(to: s, in: dataset).series }
            series.append((entry, request.transform, s))
        }
        let observed = series.flatMap { $0.values.observations.map(\.month) }
        guard let first = from ?? observed.min(), let last = to ?? observed.max(), first <= last else {
            throw SeriesChartError.noData(names: names)
        }
        let months = Array(stride(from: first, through: last, by: 1))
        guard series.contains(where: { s in months.contains { s.values[$0] != nil } }) else {
            throw SeriesChartError.noData(names: names)
        }
        let lines = series.map { s in
            LineSeries(name: (chinese ? s.entry.nameZh : s.entry.nameEn) + (s.transform.map { $0.nameSuffix(language: language) } ?? ""),
                       values: months.map { s.values[$0] })
        }
        let units = Set(series.map { s -> String in
            switch s.transform {
            case .yoy?, .mom?: return "%"
            default: return s.entry.unit.description
            }
        })
        let unit = units.count == 1 ? units.first ?? "" : (chinese ? "多种单位" : "mixed units")
        let currency = DataStatus.currencyLine(DataStatus(dataset: dataset).currency, chinese: chinese)
        return Chart.lines(
            identifier: "chart-" + names.joined(separator: "-"),
            title: lines.map(\.name).joined(separator: chinese ? "、" : ", "),
            subtitle: "\(first) – \(last); " + currency,
            axis: .months(firstIndex: first.index, count: months.count), yLabel: unit, lines: lines,
            source: chinese ? "数据来源：中国人民银行；cnfin" : "Source: People's Bank of China; cnfin")
    }
}
