import CNFinSupport

/// Why a chart cannot be drawn.
public enum ChartError: Error, Sendable, Equatable, LocalizedMessage {
    /// The x axis has no positions.
    case emptyAxis(chart: String)
    /// Nothing to draw: no bars or lines, or every value is missing.
    case noData(chart: String)
    /// A series has a different number of values than the axis has positions.
    case lengthMismatch(chart: String, series: String, expected: Int, actual: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(chart: String, series: String, position: String)
    /// A shaded band refers to a line that does not exist.
    case bandReferencesMissingLine(chart: String, band: String, index: Int)
    /// Width or height too small to lay out the chart.
    case sizeTooSmall(chart: String, width: Double, height: Double)

    public var description: String { message(in: .en) }

    /// The message in `language`; chart, series and band titles and axis positions are quoted in 「」
    /// in Chinese.
    public func message(in language: DisplayLanguage) -> String {
        let q = ChineseWording.quoted
        switch (self, language) {
        case (.emptyAxis(let c), .en): return "chart \"\(c)\": the x axis has no positions"
        case (.emptyAxis(let c), .zh): return "图表\(q(c))：横轴没有任何位置"
        case (.noData(let c), .en): return "chart \"\(c)\": there is no data to draw"
        case (.noData(let c), .zh): return "图表\(q(c))：没有可绘制的数据"
        case let (.lengthMismatch(c, s, e, a), .en):
            return "chart \"\(c)\": series \"\(s)\" has \(a) values but the axis has \(e) positions"
        case let (.lengthMismatch(c, s, e, a), .zh):
            return "图表\(q(c))：序列\(q(s))有\(a)个值，而横轴有\(e)个位置"
        case let (.nonFiniteValue(c, s, p), .en):
            return "chart \"\(c)\": series \"\(s)\" has a NaN or infinite value at \(p)"
        case let (.nonFiniteValue(c, s, p), .zh):
            return "图表\(q(c))：序列\(q(s))在\(q(p))处的值为非数或无穷大"
        case let (.bandReferencesMissingLine(c, b, i), .en):
            return "chart \"\(c)\": shaded band \"\(b)\" refers to line \(i), which does not exist"
        case let (.bandReferencesMissingLine(c, b, i), .zh):
            return "图表\(q(c))：阴影带\(q(b))引用的第\(i)条线不存在"
        case let (.sizeTooSmall(c, w, h), .en):
            return "chart \"\(c)\": \(SVGNumber.format(w))×\(SVGNumber.format(h)) is too small (minimum 240×160)"
        case let (.sizeTooSmall(c, w, h), .zh):
            return "图表\(q(c))：尺寸\(SVGNumber.format(w))×\(SVGNumber.format(h))太小（最小为240×160）"
        }
    }
}
