import ArgumentParser
import CNFin

/// The transforms `cnfin data show --transform` offers.
enum SeriesTransformOption: String, CaseIterable, ExpressibleByArgument {
    /// Year-on-year growth, break-aware (uses the published `X_yoy` rate across definitional breaks).
    case yoy
    /// Month-on-month growth in %.
    case mom
    /// First difference.
    case diff
    /// Monthly flow → year-to-date cumulative.
    case ytd
    /// Year-to-date cumulative → monthly flow (Jan–Feb combined kept in February).
    case flow
    /// Trailing 12-month sum.
    case sum12

    /// Applies the transform to `series`; notes explain months left missing or
    /// taken from published rates.
    func apply(to series: MonthlySeries, in dataset: Dataset) -> GrowthResult {
        switch self {
        case .yoy:
            let published = dataset.seriesByID[Self.publishedYoYID(for: series.id, in: dataset) ?? ""]
            return series.yearOverYearGrowth(breaks: dataset.breaks, published: published)
        case .mom: return GrowthResult(series: series.monthOverMonthGrowth(), notes: [])
        case .diff: return GrowthResult(series: series.difference(1), notes: [])
        case .ytd: return GrowthResult(series: series.yearToDateFromFlow(), notes: [])
        case .flow: return GrowthResult(series: series.flowFromYearToDate(), notes: [])
        case .sum12: return GrowthResult(series: series.twelveMonthSum(), notes: [])
        }
    }

    /// What the transformed series measures: growth rates are rates, differences of a level and sums
    /// of flows are flows (the difference of a rate stays a rate, in percentage points).
    func resultKind(of kind: SeriesKind) -> SeriesKind {
        switch self {
        case .yoy, .mom: return .rate
        case .diff: return kind == .rate ? .rate : .flow
        case .ytd, .flow, .sum12: return .flow
        }
    }

    /// The published YoY series of a level series: the catalog's `rate_id` of `id`.
    static func publishedYoYID(for id: String, in dataset: Dataset) -> String? {
        (try? dataset.entry(id))?.relations.rateID.flatMap { dataset.seriesByID[$0] != nil ? $0 : nil }
    }
}
