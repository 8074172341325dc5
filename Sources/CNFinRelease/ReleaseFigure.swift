/// One headline figure of a monthly release with the comparisons stated
/// about it, each with where it came from.
///
/// A measure is `nil` when the data do not hold it (never estimated). The
/// source of a measure is the dataset's source key when the number is data
/// (a level, or a comparison the PBoC published in `published.csv`), or a
/// `derived:` recipe when it was computed from data, e.g.
/// `derived:loans_increase[2023-05]-loans_increase[2022-05]`.
public struct ReleaseFigure: Sendable, Hashable {
    /// The series id of the figure's value (e.g. `loans_balance`, `m2`, `tsf_increase`).
    public var id: String
    /// The unit of ``value`` and of the amount comparisons (`亿元`).
    public var unit: String
    /// The measures that are available.
    public var measures: [ReleaseMeasure: Double]
    /// The source of each available measure.
    public var sources: [ReleaseMeasure: String]

    /// A figure with the given measures.
    public init(id: String, unit: String = "亿元", measures: [ReleaseMeasure: Double] = [:],
                sources: [ReleaseMeasure: String] = [:]) {
        self.id = id
        self.unit = unit
        self.measures = measures
        self.sources = sources
    }

    /// The measure, if available.
    public subscript(measure: ReleaseMeasure) -> Double? {
        measures[measure]
    }

    /// Sets a measure with its source (`nil` removes it).
    public mutating func set(_ measure: ReleaseMeasure, _ value: Double?, source: String) {
        if let value, value.isFinite {
            measures[measure] = value
            sources[measure] = source
        } else {
            measures[measure] = nil
            sources[measure] = nil
        }
    }

    /// The level or monthly amount.
    public var value: Double? { measures[.value] }
    /// Year-on-year growth, %.
    public var yoyPct: Double? { measures[.yoyPct] }
    /// Growth change versus the previous month-end, pp.
    public var ppVsPrev: Double? { measures[.ppVsPrev] }
    /// Growth change versus a year earlier, pp.
    public var ppVsYearAgo: Double? { measures[.ppVsYearAgo] }
    /// Flow change versus the same month a year earlier, 亿元.
    public var changeVsYearAgo: Double? { measures[.changeVsYearAgo] }
    /// Flow change versus the previous month, 亿元.
    public var changeVsPrev: Double? { measures[.changeVsPrev] }
}
