import CNFinSeries
import CNFinSupport

/// How current a dataset is: per series the last month, the gaps in the 24
/// months up to it and the source of the latest value, and whether the
/// headline set is complete in the latest month.
///
/// The *data currency* is the latest month in which any headline series
/// (``headlineIDs``) has a value; every output computed from the dataset prints
/// it in its header ("data current to YYYY-MM", 数据截至YYYY年M月), and a command that
/// picks its month by itself states the one rule for "the latest month" there
/// (``headerLine(currency:latestMonth:language:)``).
public struct DataStatus: Sendable {
    /// One series.
    public struct Entry: Sendable, Hashable {
        /// The series id.
        public var id: String
        /// The last month with a value (nil for an empty series).
        public var last: Month?
        /// Months without a value among the 24 months ending at ``last``
        /// (only months on or after the series' first value).
        public var gaps: [Month]
        /// The source key of the value in ``last``.
        public var latestSource: String?
    }

    /// The headline figures of a monthly release: money, loans, deposits, TSF.
    public static let headlineIDs = [
        "m2", "m2_yoy", "m1", "m1_yoy", "m0", "m0_yoy", "loans_increase", "loans_balance", "loans_yoy",
        "deposits_increase", "deposits_balance", "tsf_increase", "tsf_stock", "tsf_stock_yoy",
    ]

    /// The window in which gaps are counted.
    public static let gapWindow = 24

    /// One entry per catalog series, in catalog order.
    public let entries: [Entry]
    /// The latest month of any headline series (nil if none has a value).
    public let currency: Month?
    /// The headline series without a value in ``currency``.
    public let missingHeadline: [String]

    /// Whether every headline series has a value in ``currency``.
    public var headlineComplete: Bool { currency != nil && missingHeadline.isEmpty }

    /// The status of `dataset`.
    public init(dataset: Dataset) {
        var entries: [Entry] = []
        for entry in dataset.catalog {
            let series = dataset.seriesByID[entry.id]
            let observed = series?.observations ?? []
            guard let last = observed.last?.month, let first = observed.first?.month else {
                entries.append(Entry(id: entry.id, last: nil, gaps: [], latestSource: nil))
                continue
            }
            let windowStart = max(first, last.advanced(by: -(Self.gapWindow - 1)))
            var gaps: [Month] = []
            var m = windowStart
            while m <= last {
                if series?[m] == nil { gaps.append(m) }
                m = m.advanced(by: 1)
            }
            entries.append(Entry(id: entry.id, last: last, gaps: gaps, latestSource: dataset.source(id: entry.id, month: last)))
        }
        self.entries = entries
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let currency = Self.headlineIDs.compactMap { byID[$0]?.last }.max()
        self.currency = currency
        if let currency {
            missingHeadline = Self.headlineIDs.filter { dataset.seriesByID[$0]?[currency] == nil }
        } else {
            missingHeadline = Self.headlineIDs
        }
    }

    /// The header line of an output computed from the dataset, in `language`: the data currency and, when
    /// the command chose its month itself (no `--month`), that month under the one rule for "the latest
    /// month" — the latest month for which every figure the command needs exists:
    /// "data current to 2026-08; month: 2026-07, the latest with every figure this table needs" /
    /// "数据截至2026年8月；月份：2026年7月，即本表所需数据齐全的最近月份".
    public static func headerLine(currency: Month?, latestMonth: Month? = nil, language: DisplayLanguage) -> String {
        let line = currencyLine(currency, chinese: language == .zh)
        guard let m = latestMonth else { return line }
        return language == .zh ? line + "；月份：\(m.year)年\(m.month)月，即本表所需数据齐全的最近月份"
            : line + "; month: \(m), the latest with every figure this table needs"
    }

    /// "data current to 2026-08" / "数据截至2026年8月" (`chinese` selects the language).
    public static func currencyLine(_ month: Month?, chinese: Bool) -> String {
        guard let month else { return chinese ? "数据截至：无数据" : "data current to: no data" }
        return chinese ? "数据截至\(month.year)年\(month.month)月" : "data current to \(month)"
    }
}
