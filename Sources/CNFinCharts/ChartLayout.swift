/// A legend entry: what is drawn and in which colour.
public struct LegendEntry: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case bar, line, band }
    public let name: String
    public let kind: Kind
    public let color: ChartColor
    public let style: LineStyle
    /// Top-left corner of the entry.
    public let x: Double
    public let y: Double
}

/// A rectangle in SVG user units.
public struct ChartRect: Sendable, Hashable {
    public let x: Double, y: Double, width: Double, height: Double
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

/// Where everything of a chart goes: computed by ``Chart/layout()`` and used by
/// the SVG renderer; public so tests and callers can check ranges and legends.
public struct ChartLayout: Sendable, Hashable {
    public let titleLines: [String]
    public let subtitleLines: [String]
    public let legend: [LegendEntry]
    public let plot: ChartRect
    /// The y axis: every drawn value (stacked bar ends included) lies in lower…upper.
    public let yScale: NiceScale
    /// The smallest and largest drawn values (stacked sums for bars).
    public let dataRange: ClosedRange<Double>
    /// Labelled x ticks: axis position and text (category labels may wrap into several lines).
    public let xTicks: [(index: Int, lines: [String])]
    public let sourceLines: [String]
    /// Resolved colours of bars, lines and bands, in the order given.
    public let barColors: [ChartColor]
    public let lineColors: [ChartColor]
    public let bandColors: [ChartColor]

    public static func == (a: ChartLayout, b: ChartLayout) -> Bool {
        a.titleLines == b.titleLines && a.legend == b.legend && a.plot == b.plot && a.yScale == b.yScale
            && a.xTicks.map(\.index) == b.xTicks.map(\.index) && a.xTicks.map(\.lines) == b.xTicks.map(\.lines)
    }

    public func hash(into h: inout Hasher) {
        h.combine(titleLines); h.combine(legend); h.combine(plot)
    }

    /// The x coordinate of the centre of slot `i`.
    public func x(_ i: Int, count: Int) -> Double {
        plot.x + (Double(i) + 0.5) * plot.width / Double(max(count, 1))
    }

    /// The y coordinate of value `v`.
    public func y(_ v: Double) -> Double {
        let span = yScale.upper - yScale.lower
        return plot.maxY - (v - yScale.lower) / (span > 0 ? span : 1) * plot.height
    }
}

/// Font sizes and spacing of the chart layout.
enum ChartMetrics {
    static let padding = 14.0
    static let titleSize = 16.0
    static let titleLine = 21.0
    static let subtitleSize = 12.0
    static let subtitleLine = 16.0
    static let legendSize = 12.0
    static let legendRow = 18.0
    static let swatch = 14.0
    static let tickSize = 11.0
    static let noteSize = 10.5
    static let noteLine = 14.0
    /// CSS font-family stack with CJK fonts found on Linux desktops, Windows and macOS.
    static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'DejaVu Sans', sans-serif"
}

extension Chart {
    /// Computes the layout: wrapped title and notes, legend rows, the plot area,
    /// the nice y scale and thinned x tick labels.
    public func layout() throws(ChartError) -> ChartLayout {
        try validate()
        typealias M = ChartMetrics
        let n = axis.count
        let innerWidth = width - 2 * M.padding
        var cursor = M.padding

        let titleLines = TextMetrics.wrap(title, maxWidth: innerWidth, fontSize: M.titleSize)
        cursor += Double(titleLines.count) * M.titleLine
        let subtitleLines = subtitle.map { TextMetrics.wrap($0, maxWidth: innerWidth, fontSize: M.subtitleSize) } ?? []
        cursor += Double(subtitleLines.count) * M.subtitleLine

        // Colours: bars first, then lines, then bands, each taking the next palette colour unless set.
        var next = 0
        func resolve(_ c: ChartColor?) -> ChartColor {
            if let c { return c }
            defer { next += 1 }
            return ChartColor.palette(next)
        }
        let barColors = bars.map { resolve($0.color) }
        let lineColors = lines.map { resolve($0.color) }
        let bandColors = bands.map { resolve($0.color) }

        // Legend, laid out in rows.
        cursor += 4
        var legend: [LegendEntry] = []
        var items: [(String, LegendEntry.Kind, ChartColor, LineStyle)] = []
        for (s, c) in zip(bars, barColors) { items.append((s.name, .bar, c, .solid)) }
        for (s, c) in zip(lines, lineColors) { items.append((s.name, .line, c, s.style)) }
        for (b, c) in zip(bands, bandColors) { items.append((b.name, .band, c, .solid)) }
        var x = M.padding
        var rowTop = cursor
        for (i, item) in items.enumerated() {
            let w = M.swatch + 5 + TextMetrics.width(item.0, fontSize: M.legendSize) + 16
            if i > 0, x + w - 16 > width - M.padding {
                x = M.padding
                rowTop += M.legendRow
            }
            legend.append(LegendEntry(name: item.0, kind: item.1, color: item.2, style: item.3, x: x, y: rowTop))
            x += w
        }
        if !items.isEmpty { cursor = rowTop + M.legendRow }
        cursor += 4 + 22 // the y unit label
        let plotTop = cursor

        let sourceLines = source.map { TextMetrics.wrap($0, maxWidth: innerWidth, fontSize: M.noteSize) } ?? []
        var bottom = height - M.padding - Double(sourceLines.count) * M.noteLine
        if !sourceLines.isEmpty { bottom -= 6 }

        // Data range: stacked bar ends and line values.
        var lo = Double.infinity, hi = -Double.infinity
        for i in 0..<n {
            var up = 0.0, down = 0.0, has = false
            for s in bars { if let v = s.values[i] { has = true; if v >= 0 { up += v } else { down += v } } }
            if has { lo = min(lo, down); hi = max(hi, up) }
            for s in lines { if let v = s.values[i] { lo = min(lo, v); hi = max(hi, v) } }
        }
        if !bars.isEmpty || includesZero { lo = min(lo, 0); hi = max(hi, 0) }

        // X tick labels (need the plot width, which needs the y label width: estimate with a provisional scale).
        // The widest label over every scale the plot height may choose (3…8 intervals).
        var labelWidth = 0.0
        for target in 3...8 {
            let s = NiceScale(minimum: lo, maximum: hi, targetIntervals: target)
            for t in s.ticks { labelWidth = max(labelWidth, TextMetrics.width(s.label(t), fontSize: M.tickSize)) }
        }
        let plotLeft = M.padding + max(labelWidth, TextMetrics.width(yLabel, fontSize: M.tickSize) * 0.5) + 8
        let plotRight = width - M.padding - 8
        let plotWidth = plotRight - plotLeft

        var xTicks: [(index: Int, lines: [String])] = []
        switch axis {
        case .months(let first, let count):
            let t = MonthAxisTicks(firstIndex: first, count: count, width: plotWidth, fontSize: M.tickSize)
            xTicks = t.ticks.map { ($0.index, [$0.label]) }
        case .categories(let names):
            let slot = plotWidth / Double(max(n, 1))
            // Thin category labels too: keep every k-th so single-line labels do not overlap.
            let widest = names.map { TextMetrics.width($0, fontSize: M.tickSize) }.max() ?? 0
            var k = 1
            if widest + 8 > slot, names.count > 6 { k = Int((widest + 8) / slot) + 1 }
            for (i, name) in names.enumerated() where i % k == 0 {
                xTicks.append((i, TextMetrics.wrap(name, maxWidth: max(slot * Double(k) - 6, 24), fontSize: M.tickSize)))
            }
        }
        let xLabelLines = xTicks.map(\.lines.count).max() ?? 1
        bottom -= 6 + Double(xLabelLines) * 14
        let plotHeight = bottom - plotTop
        guard plotHeight >= 60, plotWidth >= 100 else { throw .sizeTooSmall(chart: title, width: width, height: height) }

        let target = min(8, max(3, Int(plotHeight / 45)))
        let yScale = NiceScale(minimum: lo, maximum: hi, targetIntervals: target)
        return ChartLayout(
            titleLines: titleLines, subtitleLines: subtitleLines, legend: legend,
            plot: ChartRect(x: plotLeft, y: plotTop, width: plotWidth, height: plotHeight),
            yScale: yScale, dataRange: lo...hi, xTicks: xTicks, sourceLines: sourceLines,
            barColors: barColors, lineColors: lineColors, bandColors: bandColors)
    }
}
