import CNFinSeries

/// The change of an aggregate's growth between two months (in percentage
/// points), split exactly into component terms.
///
/// With g_t = Σ_i c_{i,t} + r_t (contributions plus residual, see
/// ``HierarchyDecomposition``), the change from month s to month t is
///
///   g_t − g_s = Σ_i (c_{i,t} − c_{i,s}) + (r_t − r_s),
///
/// where c_{i,t} = 100 · (x_{i,t} − x_{i,t−h}) / X_{t−h}. Each term is the change
/// of component i's contribution; the identity is exact. The same set of
/// components is used at both months: a component missing at either month is
/// treated as missing at both, so its terms sit in "other" consistently.
public struct GrowthChangeDecomposition: Sendable, Hashable {
    /// One line's term.
    public struct Term: Sendable, Hashable {
        /// The hierarchy line.
        public var line: HierarchyLine
        /// Contribution at s (pp).
        public var earlierContribution: Double?
        /// Contribution at t (pp).
        public var laterContribution: Double?
        /// c_{i,t} − c_{i,s} (pp); `nil` if the line is missing.
        public var changePoints: Double? {
            guard let a = earlierContribution, let b = laterContribution else { return nil }
            return b - a
        }
    }

    /// The decomposition at the earlier month s.
    public var earlier: HierarchyDecomposition
    /// The decomposition at the later month t.
    public var later: HierarchyDecomposition
    /// Component terms and the remainder, in display order.
    public var terms: [Term]

    /// g_t − g_s (pp), using the reported growth (published when available).
    public var growthChangePoints: Double { later.growthPercent - earlier.growthPercent }
    /// r_t − r_s (pp): the change of the unexplained residual.
    public var residualChangePoints: Double { later.residualPoints - earlier.residualPoints }

    /// Decomposes the change of the aggregate's growth from `from` to `to`.
    public static func decompose(
        _ decomposer: HierarchyDecomposer, from: Month, to: Month,
        measure: HierarchyMeasureKind = .stock, basis: DecompositionBasis = .yoy,
        allocation: ContributionAllocation = .arithmetic
    ) throws(DecompositionError) -> GrowthChangeDecomposition {
        let first = try decomposer.decompose(month: from, measure: measure, basis: basis, allocation: allocation)
        let second = try decomposer.decompose(month: to, measure: measure, basis: basis, allocation: allocation)
        let missing = Set(first.missingComponentIDs).union(second.missingComponentIDs)
        let a = try decomposer.decompose(month: from, measure: measure, basis: basis, allocation: allocation, treatAsMissing: missing)
        let b = try decomposer.decompose(month: to, measure: measure, basis: basis, allocation: allocation, treatAsMissing: missing)
        let terms = zip(a.lines, b.lines).map { x, y in
            Term(line: y.line, earlierContribution: x.contributionPoints, laterContribution: y.contributionPoints)
        }
        return GrowthChangeDecomposition(earlier: a, later: b, terms: terms)
    }
}
