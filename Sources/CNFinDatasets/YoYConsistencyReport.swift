import CNFinSeries

/// Compares published year-on-year growth with the growth recomputed from
/// levels, month by month, for every stock series with a published YoY series.
///
/// For month t: recomputed = (xₜ / xₜ₋₁₂ − 1) · 100 from the level series,
/// difference = published − recomputed, classified by |difference|:
///
/// - ≤ 0.05: ``Classification/rounding`` (published rates have one decimal);
/// - ≤ 0.3: ``Classification/minor`` (unrounded vs rounded levels, small revisions);
/// - > 0.3: ``Classification/explained`` when a break entry listing the level
///   or the rate series is related to the comparison of t with t − 12 — the
///   entry is the explanation — otherwise ``Classification/unexplained``.
///
/// The thresholds apply to |difference| at the printed precision (0.01 pp),
/// so a listed entry never shows a difference at or below its own threshold.
/// A break entry is related (``isRelated(_:to:)``) when it covers t, or, by
/// kind: a `definition` change the comparison straddles (t − 12 < from ≤ t); a
/// `vintage` or `data_error` entry that covers the base month t − 12 (a wrong
/// or revised level enters the two growth rates that use it, not the months in
/// between). Only explained entries carry a break entry.
public struct YoYConsistencyReport: Sendable {
    /// A level series and its published YoY series.
    public struct Pair: Sendable, Hashable {
        /// The stock series, e.g. `m2` or `loans_balance`.
        public var levelID: String
        /// The published growth series, e.g. `m2_yoy` or `loans_yoy`.
        public var rateID: String

        /// Creates a pair.
        public init(levelID: String, rateID: String) {
            self.levelID = levelID
            self.rateID = rateID
        }
    }

    /// How large a difference is and whether it is accounted for.
    public enum Classification: String, Sendable, Hashable, CaseIterable {
        case rounding, minor, explained, unexplained
    }

    /// One compared month.
    public struct Entry: Sendable, Hashable {
        /// The pair compared.
        public var pair: Pair
        /// The month.
        public var month: Month
        /// The published rate, in %.
        public var published: Double
        /// The rate recomputed from levels, in %.
        public var recomputed: Double
        /// published − recomputed, in percentage points.
        public var difference: Double
        /// The classification.
        public var classification: Classification
        /// The related break entry explaining an ``Classification/explained`` month (nil otherwise).
        public var explanation: DefinitionalBreak?
    }

    /// Differences up to this many pp count as rounding.
    public static let roundingTolerance = 0.05
    /// Differences up to this many pp count as minor.
    public static let minorTolerance = 0.3

    /// Every month where both rates exist, ordered by pair and month.
    public let entries: [Entry]

    /// The entries that differ by more than rounding.
    public var beyondRounding: [Entry] { entries.filter { $0.classification != .rounding } }

    /// The entries above the minor tolerance that no break entry explains.
    public var unexplained: [Entry] { entries.filter { $0.classification == .unexplained } }

    /// The pairs in a catalog by its relations: every rate series whose
    /// `stock_id` names a stock of the catalog, in catalog order
    /// (`loans_yoy` ↔ `loans_balance`, `m2_yoy` ↔ `m2`).
    public static func pairs(in catalog: [CatalogEntry]) -> [Pair] {
        let stocks = Set(catalog.filter { $0.kind == .stock }.map(\.id))
        return catalog.compactMap { entry -> Pair? in
            guard entry.kind == .rate, let stock = entry.relations.stockID, stocks.contains(stock) else { return nil }
            return Pair(levelID: stock, rateID: entry.id)
        }
    }

    /// The headline pairs: M0, M1, M2, RMB loans, RMB deposits and the TSF stock
    /// with their published YoY series. (TSF component stocks are printed in
    /// 万亿元 with one or two decimals, too coarse for a 0.3 pp check; use
    /// ``pairs(in:)`` to include them.)
    public static let headlinePairs: [Pair] = [
        Pair(levelID: "m0", rateID: "m0_yoy"),
        Pair(levelID: "m1", rateID: "m1_yoy"),
        Pair(levelID: "m2", rateID: "m2_yoy"),
        Pair(levelID: "loans_balance", rateID: "loans_yoy"),
        Pair(levelID: "deposits_balance", rateID: "deposits_yoy"),
        Pair(levelID: "tsf_stock", rateID: "tsf_stock_yoy"),
    ]

    /// Builds the report for `pairs` (default: ``headlinePairs``; pairs whose
    /// series are not in the dataset are skipped).
    public init(dataset: Dataset, pairs: [Pair] = YoYConsistencyReport.headlinePairs) {
        var entries: [Entry] = []
        for pair in pairs {
            guard let level = dataset.seriesByID[pair.levelID], let rate = dataset.seriesByID[pair.rateID] else { continue }
            let recomputedSeries = level.yearOverYearGrowth()
            let candidates = dataset.breaks.filter { $0.affects(pair.levelID) || $0.affects(pair.rateID) }
            for (month, published) in rate.observations {
                guard let recomputed = recomputedSeries[month] else { continue }
                let difference = published - recomputed
                let size = (abs(difference) * 100).rounded() / 100
                let classification: Classification
                var explanation: DefinitionalBreak?
                if size <= Self.roundingTolerance + 1e-9 {
                    classification = .rounding
                } else if size <= Self.minorTolerance + 1e-9 {
                    classification = .minor
                } else {
                    explanation = candidates.first { Self.isRelated($0, to: month) }
                    classification = explanation == nil ? .unexplained : .explained
                }
                entries.append(Entry(pair: pair, month: month, published: published, recomputed: recomputed,
                                     difference: difference, classification: classification, explanation: explanation))
            }
        }
        self.entries = entries
    }

    /// Whether `entry` can explain the comparison of `month` with `month − 12`
    /// (see the type's documentation).
    public static func isRelated(_ entry: DefinitionalBreak, to month: Month) -> Bool {
        if entry.covers(month) { return true }
        let base = month.advanced(by: -12)
        switch entry.kind {
        case .definition: return entry.straddles(base, month)
        case .comparableBasis: return false
        case .vintage, .dataError: return entry.covers(base)
        }
    }
}
