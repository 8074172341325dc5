import CNFinSeries

/// The data a parsed figure is checked against: series values by id and
/// month, and the published comparisons of `published.csv`.
public protocol IngestReference: Sendable {
    /// The stored value of series `id` for the month, if any.
    func value(id: String, month: Month) -> Double?
    /// The published comparison (`pp_vs_prev`, `change_vs_year_ago` …) of `id` for the month, if any.
    func published(id: String, month: Month, measure: String) -> Double?
    /// The stock whose year-on-year growth the rate series `id` is (the catalog's `stock_id`), if known.
    func stockID(ofRate id: String) -> String?
}

/// How a parsed figure compares with the data.
public enum IngestCheckStatus: String, Sendable, Hashable, Codable {
    /// The data's value rounds to the printed figure.
    case agree
    /// It does not.
    case disagree
    /// The data hold no such value and it cannot be derived.
    case new
}

/// One parsed figure against the data.
public struct IngestCheck: Sendable, Hashable {
    /// The parsed figure.
    public var figure: IngestedFigure
    /// The value it was compared with, if any.
    public var dataset: Double?
    /// Where that value came from: `data` (the series), `published`
    /// (published.csv) or a `derived:` recipe such as
    /// `derived:loans_increase[2023-05]-loans_increase[2022-05]`.
    public var basis: String
    /// agree / disagree / new.
    public var status: IngestCheckStatus
}

/// Compares parsed figures with a dataset and with the figures derivable from it.
///
/// Order of preference: the stored value (levels, flows, YoY rates, YTD sums)
/// or the published comparison; otherwise a derived figure:
/// YoY % = (L_t / L_{t−12} − 1)·100 from levels, pp_vs_prev = r_t − r_{t−1},
/// pp_vs_year_ago = r_t − r_{t−12}, change_vs_prev = x_t − x_{t−1},
/// change_vs_year_ago = x_t − x_{t−12} (for YTD sums: S_t − S_{t−12}).
/// A figure agrees when the compared value rounds to it (see
/// ``IngestedFigure/matches(_:)``); for a derived value the window is widened
/// by the rounding of its inputs: 0.05 per rate, 0.05% of a level for YoY
/// (two decimals of 万亿 on ~10⁶亿), none for flows (stored in 亿元 as printed).
public enum IngestChecker {
    public static func check(_ figures: [IngestedFigure], against reference: some IngestReference) -> [IngestCheck] {
        figures.map { check($0, against: reference) }
    }

    public static func check(_ f: IngestedFigure, against ref: some IngestReference) -> IngestCheck {
        func v(_ id: String, _ k: Int) -> Double? { ref.value(id: id, month: f.month.advanced(by: -k)) }
        func tag(_ id: String, _ k: Int) -> String { "\(id)[\(f.month.advanced(by: -k))]" }
        func verdict(_ value: Double, basis: String, slack: Double = 0) -> IngestCheck {
            var widened = f
            widened.resolution += 2 * slack
            return IngestCheck(figure: f, dataset: value, basis: basis, status: widened.matches(value) ? .agree : .disagree)
        }
        if let measure = f.measure.publishedMeasure,
           let p = ref.published(id: f.id, month: f.month, measure: measure) {
            return verdict(p, basis: "published")
        }
        switch f.measure {
        case .level, .increase, .ytdSum:
            if let x = v(f.id, 0) { return verdict(x, basis: "data") }
        case .yoyPct:
            if let x = v(f.id, 0) { return verdict(x, basis: "data") }
            if let level = ref.stockID(ofRate: f.id), let a = v(level, 0), let b = v(level, 12), b != 0 {
                return verdict((a / b - 1) * 100, basis: "derived:(\(tag(level, 0))/\(tag(level, 12))-1)*100", slack: 0.05)
            }
        case .ppVsPrev, .ppVsYearAgo:
            let k = f.measure == .ppVsPrev ? 1 : 12
            if let a = v(f.id, 0), let b = v(f.id, k) {
                return verdict(a - b, basis: "derived:\(tag(f.id, 0))-\(tag(f.id, k))", slack: 0.1)
            }
        case .changeVsPrev, .changeVsYearAgo, .ytdChangeVsYearAgo:
            let k = f.measure == .changeVsPrev ? 1 : 12
            if let a = v(f.id, 0), let b = v(f.id, k) {
                return verdict(a - b, basis: "derived:\(tag(f.id, 0))-\(tag(f.id, k))")
            }
        }
        return IngestCheck(figure: f, dataset: nil, basis: "", status: .new)
    }
}
