/// A chart description: an x axis, stacked bars, lines and shaded bands, with a
/// title, a y-axis unit and a source note. Render it with ``svg()``.
///
/// The same description covers the charts of a monthly review:
/// line charts over months (``lines(identifier:title:axis:yLabel:lines:source:)``),
/// stacked bars (``stackedBars(identifier:title:axis:yLabel:bars:total:source:)``)
/// with negatives stacked below zero, and contribution charts (stacked
/// contributions with a line for the total).
public struct Chart: Sendable, Hashable {
    /// A short ASCII slug used for element ids and file names (e.g. `yoy-money`).
    public var identifier: String
    public var title: String
    /// An optional second heading line (e.g. what the shaded area means).
    public var subtitle: String?
    public var axis: ChartXAxis
    /// The y-axis unit written above the axis (e.g. `%`, `亿元`).
    public var yLabel: String
    public var bars: [BarSeries]
    public var lines: [LineSeries]
    public var bands: [ShadedBand]
    /// The source note written under the chart.
    public var source: String?
    public var width: Double
    public var height: Double
    /// Whether the y axis must include zero (always true when there are bars).
    public var includesZero: Bool

    public init(identifier: String, title: String, subtitle: String? = nil, axis: ChartXAxis, yLabel: String,
                bars: [BarSeries] = [], lines: [LineSeries] = [], bands: [ShadedBand] = [],
                source: String? = nil, width: Double = 720, height: Double = 400, includesZero: Bool = false)
    {
        self.identifier = identifier
        self.title = title
        self.subtitle = subtitle
        self.axis = axis
        self.yLabel = yLabel
        self.bars = bars
        self.lines = lines
        self.bands = bands
        self.source = source
        self.width = width
        self.height = height
        self.includesZero = includesZero
    }

    /// A line chart, e.g. year-on-year growth of M2, M1, loans and TSF stock.
    public static func lines(identifier: String, title: String, subtitle: String? = nil, axis: ChartXAxis,
                             yLabel: String, lines: [LineSeries], bands: [ShadedBand] = [],
                             source: String? = nil) -> Chart
    {
        Chart(identifier: identifier, title: title, subtitle: subtitle, axis: axis, yLabel: yLabel,
              lines: lines, bands: bands, source: source)
    }

    /// Stacked bars with an optional total drawn as a line (month axes) or
    /// markers (category axes), e.g. new loans by sector, TSF components or
    /// contributions to growth.
    public static func stackedBars(identifier: String, title: String, subtitle: String? = nil, axis: ChartXAxis,
                                   yLabel: String, bars: [BarSeries], total: LineSeries? = nil,
                                   source: String? = nil) -> Chart
    {
        var lines: [LineSeries] = []
        if var total {
            if total.color == nil { total.color = .ink }
            if case .categories = axis { total.style = .markers }
            lines.append(total)
        }
        return Chart(identifier: identifier, title: title, subtitle: subtitle, axis: axis, yLabel: yLabel,
                     bars: bars, lines: lines, source: source, includesZero: true)
    }

    /// Checks lengths, finiteness, band references and size.
    public func validate() throws(ChartError) {
        let n = axis.count
        guard n > 0 else { throw .emptyAxis(chart: title) }
        guard width >= 240, height >= 160 else { throw .sizeTooSmall(chart: title, width: width, height: height) }
        var any = false
        for s in bars.map({ (name: $0.name, values: $0.values) }) + lines.map({ (name: $0.name, values: $0.values) }) {
            guard s.values.count == n else {
                throw .lengthMismatch(chart: title, series: s.name, expected: n, actual: s.values.count)
            }
            for (i, v) in s.values.enumerated() {
                if let v {
                    guard v.isFinite else { throw .nonFiniteValue(chart: title, series: s.name, position: axis.label(i)) }
                    any = true
                }
            }
        }
        for b in bands {
            for i in [b.firstLine, b.secondLine] where !lines.indices.contains(i) {
                throw .bandReferencesMissingLine(chart: title, band: b.name, index: i)
            }
        }
        guard any else { throw .noData(chart: title) }
    }
}
