import CNFinDatasets
import CNFinSeries

/// Two statements of the same figure (series, month, measure) in one text
/// whose values cannot both be true: neither value is kept, and the pair is
/// reported with both spans.
///
/// Two statements are reconcilable — and then not a conflict — when the text
/// itself resolves them: the same printed value, or one printed with a finer
/// step that rounds to the coarser one (13,600亿元 and 1.36万亿元); the finer
/// one is kept.
public struct IngestConflict: Sendable, Hashable {
    /// Data month of both statements.
    public var month: Month
    /// Catalog series id.
    public var id: String
    /// What both statements state.
    public var measure: FigureMeasure
    /// The first statement, with its value in the catalog unit.
    public var first: IngestSpan
    public var firstValue: Double
    /// The statement that disagrees with it.
    public var second: IngestSpan
    public var secondValue: Double
    /// The input it came from.
    public var source: String

    public init(month: Month, id: String, measure: FigureMeasure, first: IngestSpan, firstValue: Double,
                second: IngestSpan, secondValue: Double, source: String) {
        self.month = month
        self.id = id
        self.measure = measure
        self.first = first
        self.firstValue = firstValue
        self.second = second
        self.secondValue = secondValue
        self.source = source
    }

    /// The month as `YYYY-MM`.
    public var monthText: String { month.description }

    /// `loans_increase 2023-05 increase: "…" (13600) and "…" (12600)`.
    public var reason: String {
        "\(id) \(monthText) \(measure.rawValue) is stated twice with different values: "
            + "\"\(first.text)\" (\(firstValue)) and \"\(second.text)\" (\(secondValue)); neither is kept"
    }
}
