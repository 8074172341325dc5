import CNFinDatasets
import CNFinSeries

/// One figure read from a release text.
///
/// `value` is in the catalog unit of `id` (亿元 for amounts, % for rates and
/// for percentage-point changes of rates); `resolution` is the step of the
/// last printed digit in that unit (1.36万亿元 → 100, 5418亿元 → 1, 11.4% → 0.1),
/// so the printed figure stands for every value whose magnitude lies in
/// [|value| − resolution/2, |value| + resolution/2).
public struct IngestedFigure: Sendable, Hashable {
    /// Data month (for year-to-date sums: the last month of the period).
    public var month: Month
    /// Catalog series id, e.g. `loans_increase`, `loans_yoy`, `tsf_stock`.
    public var id: String
    /// Value in the catalog unit (negative for 减少 / 少增 / 低 …).
    public var value: Double
    /// `亿元` or `%`.
    public var unit: String
    /// What the figure states.
    public var measure: FigureMeasure
    /// Where it was read.
    public var span: IngestSpan
    /// Step of the last printed digit, in `unit`.
    public var resolution: Double
    /// The input it came from (file name, or `-` for standard input).
    public var source: String

    public init(month: Month, id: String, value: Double, unit: String, measure: FigureMeasure,
                span: IngestSpan, resolution: Double, source: String) {
        self.month = month
        self.id = id
        self.value = value
        self.unit = unit
        self.measure = measure
        self.span = span
        self.resolution = resolution
        self.source = source
    }

    /// The month as `YYYY-MM`.
    public var monthText: String { month.description }

    static func monthText(year: Int, month: Int) -> String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    /// Whether `candidate` rounds to the printed figure: same sign (or zero)
    /// and magnitude in [|value| − resolution/2, |value| + resolution/2).
    /// A tolerance of 1e-9·max(1, |value|), at most 10⁻⁶ of the resolution, absorbs binary
    /// floating-point error (the cap matters for large values printed with decimals: at 2,030,830.42
    /// 亿元 the relative tolerance alone is 0.002, close to the half step 0.005 it would eat into).
    public func matches(_ candidate: Double) -> Bool {
        guard candidate.isFinite else { return false }
        let eps = min(1e-9 * max(1, abs(value)), resolution * 1e-6)
        if value != 0, candidate != 0, (value > 0) != (candidate > 0) { return false }
        let magnitude = abs(candidate)
        let low = abs(value) - resolution / 2
        let high = abs(value) + resolution / 2
        return magnitude >= low - eps && magnitude < high - eps
    }
}

/// A clause of the text that holds a figure the parser could not attribute
/// to a series, measure and month — reported instead of guessed.
public struct IngestUnparsed: Sendable, Hashable {
    /// The clause.
    public var span: IngestSpan
    /// Why it was not parsed, as data (``IngestUnparsedReason/text(in:)`` writes it).
    public var cause: IngestUnparsedReason
    /// The input it came from.
    public var source: String

    public init(span: IngestSpan, cause: IngestUnparsedReason, source: String) {
        self.span = span
        self.cause = cause
        self.source = source
    }

    /// Why it was not parsed, in English.
    public var reason: String { cause.text(in: .en) }
}
