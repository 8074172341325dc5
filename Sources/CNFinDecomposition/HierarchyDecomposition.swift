import CNFinSeries

/// One line of a decomposed hierarchy at a month: a component or the remainder.
public struct DecomposedLine: Sendable, Hashable {
    /// Whether the line is a listed component or the remainder.
    public enum Role: String, Sendable, Hashable {
        /// A component with its own formula.
        case component
        /// The remainder: aggregate − Σ (available) components.
        case other
    }

    /// The hierarchy line (id, names, formula).
    public var line: HierarchyLine
    /// Component or remainder.
    public var role: Role
    /// The level at month t (for flows under `ytd`/`sum12`: the sum over the window); `nil` if missing.
    public var level: Double?
    /// The level at the compared date t − h; `nil` if missing.
    public var previousLevel: Double?
    /// level − previousLevel (for flows: 同比多增/少增 when the basis is yoy).
    public var change: Double? {
        guard let level, let previousLevel else { return nil }
        return level - previousLevel
    }
    /// 100 · level / aggregate level.
    public var sharePercent: Double?
    /// The line's own growth, 100 · (level / previousLevel − 1), when previousLevel > 0.
    public var growthPercent: Double?
    /// The contribution to the aggregate's level-based growth, in percentage points.
    public var contributionPoints: Double?
    /// True when the component has no data at one of the compared dates; its
    /// change is then inside the remainder.
    public var isMissing: Bool

    /// Creates a line.
    public init(line: HierarchyLine, role: Role, level: Double?, previousLevel: Double?, sharePercent: Double?,
                growthPercent: Double?, contributionPoints: Double?, isMissing: Bool) {
        self.line = line
        self.role = role
        self.level = level
        self.previousLevel = previousLevel
        self.sharePercent = sharePercent
        self.growthPercent = growthPercent
        self.contributionPoints = contributionPoints
        self.isMissing = isMissing
    }
}

/// The decomposition of a hierarchy's aggregate at one month.
///
/// Identity (exact to floating-point rounding):
/// ``growthPercent`` = Σ ``DecomposedLine/contributionPoints`` + ``residualPoints``,
/// where the contributions add up to the level-based growth
/// (``levelGrowthPercent``), and the residual is the published (comparable-basis)
/// growth minus the level-based growth when a published figure is used, zero
/// otherwise. Across a definitional break the residual is the part of the
/// published growth that the levels cannot explain.
public struct HierarchyDecomposition: Sendable, Hashable {
    /// The hierarchy id.
    public var hierarchyID: String
    /// Stock or flow.
    public var measure: HierarchyMeasureKind
    /// What is compared.
    public var basis: DecompositionBasis
    /// Arithmetic or log allocation.
    public var allocation: ContributionAllocation
    /// The month t.
    public var month: Month
    /// The compared month t − h.
    public var comparedWith: Month
    /// The aggregate line.
    public var aggregate: HierarchyLine
    /// The aggregate's level at t (window sum for flows under ytd/sum12).
    public var aggregateLevel: Double
    /// The aggregate's level at t − h.
    public var aggregatePreviousLevel: Double
    /// Growth computed from levels: 100 · ΔX / |X_{t−h}| (arithmetic) or 100 · Δln X (log).
    public var levelGrowthPercent: Double
    /// The published growth on the same scale, if any: for stocks the published
    /// YoY rate (as a log rate 100 · ln(1 + p/100) under log allocation); for flows
    /// 100 · (published 同比多增/少增) / |F_{t−12}|.
    public var publishedGrowthPercent: Double?
    /// For flows: the published change versus a year earlier (亿元), if any.
    public var publishedChange: Double?
    /// The growth reported: the published figure when available, else the level-based one.
    public var growthPercent: Double
    /// The components in display order, then the remainder.
    public var lines: [DecomposedLine]
    /// growthPercent − Σ contributions.
    public var residualPoints: Double
    /// Remarks: missing components, breaks straddled, which growth was used.
    public var notes: [DecompositionNote]

    /// X_t − X_{t−h}.
    public var aggregateChange: Double { aggregateLevel - aggregatePreviousLevel }

    /// Σ of the lines' contributions (= ``levelGrowthPercent`` up to rounding).
    public var sumOfContributions: Double {
        lines.reduce(0) { $0 + ($1.contributionPoints ?? 0) }
    }

    /// The ids of components that are missing at one of the compared dates.
    public var missingComponentIDs: [String] {
        lines.filter(\.isMissing).map(\.line.id)
    }

    /// Whether the comparison straddles a registered definitional break.
    public var straddlesBreak: Bool {
        notes.contains { $0.kind == .straddlesBreak }
    }
}
