import CNFinSeries
import CNFinSupport

/// Whether a hierarchy decomposes month-end balances or monthly increments.
public enum HierarchyMeasureKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Month-end balances (月末余额): growth over h months.
    case stock
    /// Monthly increments (月度增量): changes versus an earlier period (同比多增/少增).
    case flow

    public var description: String { rawValue }
}

/// One line of a hierarchy: the aggregate, a component, or the explicit
/// remainder ("other / unallocated").
public struct HierarchyLine: Sendable, Hashable, Identifiable {
    /// The line's id, e.g. `m1_less_m0`.
    public var id: String
    /// How the line's value is computed from series; `nil` for the remainder,
    /// which is the aggregate minus the sum of the components.
    public var formula: LinearFormula?
    /// The Chinese name, e.g. `流通中货币(M0)`.
    public var nameZh: String
    /// The English name.
    public var nameEn: String
    /// The display order within the hierarchy.
    public var order: Int

    /// Creates a line.
    public init(id: String, formula: LinearFormula?, nameZh: String, nameEn: String, order: Int) {
        self.id = id
        self.formula = formula
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.order = order
    }

    /// The name in the given language.
    public func name(_ language: DisplayLanguage) -> String {
        switch language {
        case .zh: return nameZh
        case .en: return nameEn
        }
    }
}

/// A stock or flow decomposition: aggregate = Σ components + other.
public struct HierarchyMeasure: Sendable, Hashable {
    /// Stock or flow.
    public var kind: HierarchyMeasureKind
    /// The aggregate, e.g. `m2` (its formula is normally the one series).
    public var aggregate: HierarchyLine
    /// The components in display order.
    public var components: [HierarchyLine]
    /// The explicit remainder: aggregate − Σ components (including any component
    /// missing for the months compared).
    public var other: HierarchyLine
    /// For stocks: the id of the published (comparable-basis) YoY growth rate
    /// of the aggregate, e.g. `m2_yoy`.
    public var publishedGrowthID: String?

    /// Creates a measure.
    public init(kind: HierarchyMeasureKind, aggregate: HierarchyLine, components: [HierarchyLine],
                other: HierarchyLine, publishedGrowthID: String? = nil) {
        self.kind = kind
        self.aggregate = aggregate
        self.components = components
        self.other = other
        self.publishedGrowthID = publishedGrowthID
    }

    /// Every series id read by the aggregate, the components and the published rate.
    public var seriesIDs: [String] {
        var seen = Set<String>()
        var ids: [String] = []
        let all = (aggregate.formula?.seriesIDs ?? []) + components.flatMap { $0.formula?.seriesIDs ?? [] }
            + (publishedGrowthID.map { [$0] } ?? [])
        for id in all where seen.insert(id).inserted { ids.append(id) }
        return ids
    }
}

/// A named decomposition of an aggregate into components, e.g. `money`:
/// M2 = M0 + (M1 − M0) + (M2 − M1); with a stock and/or a flow measure.
public struct Hierarchy: Sendable, Hashable, Identifiable {
    /// The hierarchy's id: `money`, `loans`, `deposits`, `tsf`.
    public var id: String
    /// The decomposition of month-end balances.
    public var stock: HierarchyMeasure?
    /// The decomposition of monthly increments.
    public var flow: HierarchyMeasure?

    /// Creates a hierarchy.
    public init(id: String, stock: HierarchyMeasure?, flow: HierarchyMeasure?) {
        self.id = id
        self.stock = stock
        self.flow = flow
    }

    /// The measure of the given kind, or a typed error if the hierarchy has none.
    public func measure(_ kind: HierarchyMeasureKind) throws(DecompositionError) -> HierarchyMeasure {
        switch kind {
        case .stock: if let stock { return stock }
        case .flow: if let flow { return flow }
        }
        throw .measureNotDefined(hierarchy: id, measure: kind.rawValue)
    }
}
