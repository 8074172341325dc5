import CNFinSeries
import CNFinSupport

/// A transform of a dataset series — `cnfin data show --transform`, `ID:TRANSFORM` — applied with the
/// dataset's knowledge of breaks and published rates.
public enum SeriesTransform: String, CaseIterable, Sendable, Hashable {
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

    /// Applies the transform to `series` of `dataset`; notes explain months left missing or
    /// taken from published rates.
    public func apply(to series: MonthlySeries, in dataset: Dataset) -> GrowthResult {
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
    public func resultKind(of kind: SeriesKind) -> SeriesKind {
        switch self {
        case .yoy, .mom: return .rate
        case .diff: return kind == .rate ? .rate : .flow
        case .ytd, .flow, .sum12: return .flow
        }
    }

    /// The published YoY series of a level series: the catalog's `rate_id` of `id`, when the dataset has it.
    public static func publishedYoYID(for id: String, in dataset: Dataset) -> String? {
        (try? dataset.entry(id))?.relations.rateID.flatMap { dataset.seriesByID[$0] != nil ? $0 : nil }
    }

    /// The transform as a suffix of a series' name in `language`: 同比增速 / `, year-on-year growth`, ….
    public func nameSuffix(language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .yoy: return zh ? "同比增速" : ", year-on-year growth"
        case .mom: return zh ? "环比增速" : ", month-on-month growth"
        case .diff: return zh ? "月度变动" : ", change on the month"
        case .ytd: return zh ? "年初至今累计" : ", year to date"
        case .flow: return zh ? "当月值" : ", monthly flow"
        case .sum12: return zh ? "12个月滚动合计" : ", 12-month sum"
        }
    }
}

extension Dataset {
    /// Transform notes as sentences in `language`, one per series and break (months as runs), not one per
    /// month; in Chinese the series by their catalog names and the breaks by their Chinese descriptions.
    public func growthNoteSentences(_ notes: [GrowthNote], language: DisplayLanguage) -> [String] {
        let chinese = language == .zh
        let descriptions = Dictionary(breaks.map { ($0.id, $0.readerDescription(chinese: chinese)) }, uniquingKeysWith: { a, _ in a })
        return GrowthNote.grouped(notes, language: language,
                                  name: { id in (try? self.entry(String(id.prefix { $0 != "." })))?.nameZh },
                                  describe: { descriptions[$0] })
    }
}
