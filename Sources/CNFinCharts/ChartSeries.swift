/// How a line series is stroked.
public enum LineStyle: String, Sendable, Hashable {
    case solid
    case dashed
    /// Markers only (no connecting line), e.g. totals over categories.
    case markers
}

/// A line drawn over the x axis; `nil` values leave gaps.
public struct LineSeries: Sendable, Hashable {
    /// The legend text.
    public var name: String
    /// One value per x position (`nil` = missing).
    public var values: [Double?]
    /// Stroke colour; `nil` picks the next palette colour.
    public var color: ChartColor?
    public var style: LineStyle
    /// Stroke width in user units.
    public var width: Double

    public init(name: String, values: [Double?], color: ChartColor? = nil, style: LineStyle = .solid, width: Double = 2) {
        self.name = name
        self.values = values
        self.color = color
        self.style = style
        self.width = width
    }
}

/// One component of stacked bars: positive values stack upwards from zero,
/// negative values downwards, each in the order the series are given.
public struct BarSeries: Sendable, Hashable {
    public var name: String
    public var values: [Double?]
    public var color: ChartColor?

    public init(name: String, values: [Double?], color: ChartColor? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }
}

/// A shaded area between two line series (e.g. the M1–M2 gap, 剪刀差),
/// filled wherever both lines have values.
public struct ShadedBand: Sendable, Hashable {
    public var name: String
    /// Index into ``Chart/lines`` of one edge.
    public var firstLine: Int
    /// Index into ``Chart/lines`` of the other edge.
    public var secondLine: Int
    public var color: ChartColor?

    public init(name: String, between firstLine: Int, and secondLine: Int, color: ChartColor? = nil) {
        self.name = name
        self.firstLine = firstLine
        self.secondLine = secondLine
        self.color = color
    }
}
