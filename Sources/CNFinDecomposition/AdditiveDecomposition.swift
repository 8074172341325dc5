import Foundation

/// The change of one component between two dates and its contribution to the
/// change of the aggregate.
public struct ComponentChange: Sendable, Hashable {
    /// The level at the earlier date, x_{i,t−h}.
    public var previous: Double
    /// The level at the later date, x_{i,t}.
    public var current: Double
    /// x_{i,t} − x_{i,t−h} (for flows: 同比多增 (>0) / 少增 (<0) when h = 12).
    public var change: Double { current - previous }
    /// Share of the aggregate at the later date, 100 · x_{i,t} / X_t (`nil` if X_t = 0).
    public var sharePercent: Double?
    /// The component's own growth, 100 · (x_{i,t} / x_{i,t−h} − 1); `nil` unless x_{i,t−h} > 0.
    public var growthPercent: Double?
    /// The contribution to the aggregate's growth in percentage points (see ``ContributionAllocation``).
    public var contributionPoints: Double

    /// Creates a component change.
    public init(previous: Double, current: Double, sharePercent: Double?, growthPercent: Double?, contributionPoints: Double) {
        self.previous = previous
        self.current = current
        self.sharePercent = sharePercent
        self.growthPercent = growthPercent
        self.contributionPoints = contributionPoints
    }
}

/// An exactly additive decomposition of the change of an aggregate X between
/// two dates into the changes of its components plus an explicit remainder.
///
/// For components x_1 … x_n (which need not exhaust X) the remainder
/// r = X − Σ_i x_i is reported as ``unallocated`` so nothing is dropped; then
/// Σ_i c_i + c_r = ``growthPercent`` exactly (to floating-point rounding), with
/// c_i = 100 · (x_{i,t} − x_{i,t−h}) / B (arithmetic allocation) and the base
/// B = |X_{t−h}| by default. For a stock with h = 12 this is the contribution to
/// year-on-year growth; for a flow it is the contribution to the change versus
/// the same month a year earlier, in % of the earlier flow.
public struct AdditiveDecomposition: Sendable, Hashable {
    /// The aggregate at the earlier date, X_{t−h}.
    public var aggregatePrevious: Double
    /// The aggregate at the later date, X_t.
    public var aggregateCurrent: Double
    /// The denominator B of growth and contributions.
    public var base: Double
    /// How growth is allocated.
    public var allocation: ContributionAllocation
    /// The aggregate's growth in %: 100 · (X_t − X_{t−h}) / B (arithmetic) or 100 · ln(X_t / X_{t−h}) (logarithmic).
    public var growthPercent: Double
    /// The listed components, in input order.
    public var components: [ComponentChange]
    /// The remainder X − Σ_i x_i at both dates and its contribution.
    public var unallocated: ComponentChange

    /// X_t − X_{t−h}.
    public var change: Double { aggregateCurrent - aggregatePrevious }

    /// Σ of all contributions, including the remainder (equals ``growthPercent`` up to rounding).
    public var sumOfContributions: Double {
        components.reduce(unallocated.contributionPoints) { $0 + $1.contributionPoints }
    }

    /// Decomposes the change of an aggregate.
    ///
    /// - Parameters:
    ///   - aggregate: X_{t−h} and X_t.
    ///   - components: x_{i,t−h} and x_{i,t} for each listed component.
    ///   - base: the denominator; `nil` means |X_{t−h}|.
    ///   - allocation: arithmetic (default) or logarithmic (needs positive levels and base X_{t−h}).
    /// - Throws: ``DecompositionError/nonFinite(what:)``, ``DecompositionError/zeroBase(what:)``,
    ///   ``DecompositionError/logUndefined(what:)``.
    public static func decompose(
        aggregate: (previous: Double, current: Double),
        components: [(previous: Double, current: Double)],
        base: Double? = nil,
        allocation: ContributionAllocation = .arithmetic
    ) throws(DecompositionError) -> AdditiveDecomposition {
        guard aggregate.previous.isFinite, aggregate.current.isFinite else { throw .nonFinite(what: "aggregate level") }
        for (k, c) in components.enumerated() where !(c.previous.isFinite && c.current.isFinite) {
            throw .nonFinite(what: "level of component \(k + 1)")
        }
        let denominator = base ?? abs(aggregate.previous)
        guard denominator.isFinite else { throw .nonFinite(what: "base") }
        guard denominator != 0 else { throw .zeroBase(what: "the base of the aggregate's growth") }

        let scale: Double
        let growth: Double
        let simpleGrowth = 100 * (aggregate.current - aggregate.previous) / denominator
        switch allocation {
        case .arithmetic:
            scale = 1
            growth = simpleGrowth
        case .logarithmic:
            guard aggregate.previous > 0, aggregate.current > 0 else {
                throw .logUndefined(what: "aggregate \(aggregate.previous) → \(aggregate.current)")
            }
            guard denominator == aggregate.previous else {
                throw .logUndefined(what: "the base must be the earlier level of the aggregate")
            }
            growth = 100 * log(aggregate.current / aggregate.previous)
            scale = simpleGrowth == 0 ? 1 : growth / simpleGrowth
        }

        func change(_ previous: Double, _ current: Double) -> ComponentChange {
            ComponentChange(
                previous: previous, current: current,
                sharePercent: aggregate.current == 0 ? nil : 100 * current / aggregate.current,
                growthPercent: previous > 0 ? 100 * (current / previous - 1) : nil,
                contributionPoints: scale * 100 * (current - previous) / denominator)
        }
        let listed = components.map { change($0.previous, $0.current) }
        var restPrevious = aggregate.previous
        var restCurrent = aggregate.current
        for c in components {
            restPrevious -= c.previous
            restCurrent -= c.current
        }
        // The remainder's levels are differences of data values: within the rounding error of those
        // subtractions (a few ulps of the largest term) they are zero, not a tiny level whose share
        // and growth (±100 %) would be noise.
        func snapped(_ r: Double, _ total: Double, _ terms: [Double]) -> Double {
            abs(r) <= 64 * Double.ulpOfOne * terms.reduce(abs(total)) { $0 + abs($1) } ? 0 : r
        }
        restPrevious = snapped(restPrevious, aggregate.previous, components.map(\.previous))
        restCurrent = snapped(restCurrent, aggregate.current, components.map(\.current))
        var rest = change(restPrevious, restCurrent)
        // Make the sum exact to rounding: the remainder takes growth − Σ listed contributions,
        // which equals scale·100·Δr/B algebraically.
        rest.contributionPoints = growth - listed.reduce(0) { $0 + $1.contributionPoints }
        return AdditiveDecomposition(
            aggregatePrevious: aggregate.previous, aggregateCurrent: aggregate.current, base: denominator,
            allocation: allocation, growthPercent: growth, components: listed, unallocated: rest)
    }
}
