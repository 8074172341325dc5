/// Why a chart cannot be drawn.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .emptyAxis(let c): return "chart \"\(c)\": the x axis has no positions"
        case .noData(let c): return "chart \"\(c)\": there is no data to draw"
        case .lengthMismatch(let c, let s, let e, let a):
            return "chart \"\(c)\": series \"\(s)\" has \(a) values but the axis has \(e) positions"
        case .nonFiniteValue(let c, let s, let p):
            return "chart \"\(c)\": series \"\(s)\" has a NaN or infinite value at \(p)"
        case .bandReferencesMissingLine(let c, let b, let i):
            return "chart \"\(c)\": shaded band \"\(b)\" refers to line \(i), which does not exist"
        case .sizeTooSmall(let c, let w, let h):
            return "chart \"\(c)\": \(SVGNumber.format(w))×\(SVGNumber.format(h)) is too small (minimum 240×160)"
        }
    }
}
