import CNFinSeries
import Foundation

/// Decomposes a hierarchy's aggregate at a month into contributions of its
/// components, reading the data from a ``SeriesPanel``.
///
/// For month t, horizon h (``DecompositionBasis/horizon``) and levels L (the
/// balance for stocks; the monthly flow, its year-to-date sum or its 12-month
/// sum for flows):
/// - contribution of line i: c_i = 100 · (L_{i,t} − L_{i,t−h}) / |L_{X,t−h}|
///   (rescaled by ln(X_t/X_{t−h}) / (ΔX/X_{t−h}) under log allocation);
/// - share: 100 · L_{i,t} / L_{X,t}; own growth: 100 · (L_{i,t} / L_{i,t−h} − 1);
/// - "other" = X − Σ available components, so Σ c = level-based growth exactly;
/// - a component without data at t or t − h (or any month of a window) is
///   marked missing and its change falls into "other", with a note;
/// - growth reported = the published figure when there is one (stocks, yoy:
///   the published rate such as `m2_yoy`; flows, yoy/ytd: the published
///   同比多增/少增 over |F_{t−12}|), and residual = growth − Σ c;
/// - comparisons that straddle a registered break are flagged in the notes.
public struct HierarchyDecomposer: Sendable {
    /// The hierarchy.
    public var hierarchy: Hierarchy
    /// The data.
    public var panel: SeriesPanel

    /// Creates a decomposer.
    public init(hierarchy: Hierarchy, panel: SeriesPanel) {
        self.hierarchy = hierarchy
        self.panel = panel
    }

    /// The level of a formula under a basis at month t: the value at t for
    /// stocks and for flows under yoy/mom, the year-to-date or 12-month sum for
    /// flows under ytd/sum12. `nil` if any month needed is missing.
    public func level(_ formula: LinearFormula, at month: Month, measure: HierarchyMeasureKind,
                      basis: DecompositionBasis) -> Double? {
        switch (measure, basis) {
        case (.stock, _), (.flow, .yoy), (.flow, .mom):
            return panel.value(formula, at: month)
        case (.flow, .ytd):
            return windowSum(formula, from: month.january, to: month)
        case (.flow, .sum12):
            return windowSum(formula, from: month.advanced(by: -11), to: month)
        }
    }

    private func windowSum(_ formula: LinearFormula, from start: Month, to end: Month) -> Double? {
        var total = 0.0
        var m = start
        while m <= end {
            guard let v = panel.value(formula, at: m) else { return nil }
            total += v
            m = m.advanced(by: 1)
        }
        return total
    }

    /// The first month of the window whose level is taken at `month`.
    private func windowStart(_ month: Month, measure: HierarchyMeasureKind, basis: DecompositionBasis) -> Month {
        switch (measure, basis) {
        case (.flow, .ytd): return month.january
        case (.flow, .sum12): return month.advanced(by: -11)
        default: return month
        }
    }

    /// The months t for which the aggregate's level exists at t and t − h, ascending.
    public func availableMonths(measure: HierarchyMeasureKind, basis: DecompositionBasis) throws(DecompositionError) -> [Month] {
        guard basis.applies(to: measure) else { throw .basisNotApplicable(basis: basis.rawValue, measure: measure.rawValue) }
        let m = try hierarchy.measure(measure)
        guard let formula = m.aggregate.formula, let first = formula.seriesIDs.first else { return [] }
        let candidates = panel.months(of: first)
        return candidates.filter { t in
            guard let now = level(formula, at: t, measure: measure, basis: basis),
                  let before = level(formula, at: t.advanced(by: -basis.horizon), measure: measure, basis: basis)
            else { return false }
            return before != 0 && now.isFinite
        }
    }

    /// The latest month t for which the aggregate and every listed component exist at t and t − h (no
    /// line of ``decompose(month:measure:basis:allocation:treatAsMissing:)`` missing), or `nil` if none.
    public func latestCompleteMonth(measure: HierarchyMeasureKind, basis: DecompositionBasis) throws(DecompositionError) -> Month? {
        for t in try availableMonths(measure: measure, basis: basis).reversed() {
            guard let d = try? decompose(month: t, measure: measure, basis: basis) else { continue }
            if !d.lines.contains(where: \.isMissing) { return t }
        }
        return nil
    }

    /// Decomposes the aggregate at `month`.
    ///
    /// - Parameters:
    ///   - month: the month t.
    ///   - measure: stock (default) or flow.
    ///   - basis: yoy (default), mom, or for flows ytd / sum12.
    ///   - allocation: arithmetic (default) or logarithmic (stocks).
    ///   - treatAsMissing: component ids to treat as missing (used to keep the
    ///     same set of components across months).
    /// - Throws: ``DecompositionError`` if the hierarchy lacks the measure, the basis
    ///   does not apply, the aggregate is missing at t or t − h, or its base is zero.
    public func decompose(
        month: Month,
        measure: HierarchyMeasureKind = .stock,
        basis: DecompositionBasis = .yoy,
        allocation: ContributionAllocation = .arithmetic,
        treatAsMissing: Set<String> = []
    ) throws(DecompositionError) -> HierarchyDecomposition {
        guard basis.applies(to: measure) else { throw .basisNotApplicable(basis: basis.rawValue, measure: measure.rawValue) }
        let spec = try hierarchy.measure(measure)
        let earlier = month.advanced(by: -basis.horizon)
        guard let aggregateFormula = spec.aggregate.formula else {
            throw .missingAggregate(id: spec.aggregate.id, month: month.description)
        }
        guard let x1 = level(aggregateFormula, at: month, measure: measure, basis: basis) else {
            throw .missingAggregate(id: spec.aggregate.id, month: month.description)
        }
        guard let x0 = level(aggregateFormula, at: earlier, measure: measure, basis: basis) else {
            throw .missingAggregate(id: spec.aggregate.id, month: earlier.description)
        }

        // Components available at both dates.
        var present: [(line: HierarchyLine, previous: Double, current: Double)] = []
        var missing: [HierarchyLine] = []
        for component in spec.components {
            guard !treatAsMissing.contains(component.id), let f = component.formula,
                  let c1 = level(f, at: month, measure: measure, basis: basis),
                  let c0 = level(f, at: earlier, measure: measure, basis: basis)
            else {
                missing.append(component)
                continue
            }
            present.append((component, c0, c1))
        }

        let core = try AdditiveDecomposition.decompose(
            aggregate: (x0, x1), components: present.map { ($0.previous, $0.current) },
            base: measure == .stock ? nil : abs(x0), allocation: allocation)

        var lines: [DecomposedLine] = []
        var k = 0
        for component in spec.components {
            if missing.contains(component) {
                lines.append(DecomposedLine(
                    line: component, role: .component,
                    level: component.formula.flatMap { level($0, at: month, measure: measure, basis: basis) },
                    previousLevel: component.formula.flatMap { level($0, at: earlier, measure: measure, basis: basis) },
                    sharePercent: nil, growthPercent: nil, contributionPoints: nil, isMissing: true))
                continue
            }
            let c = core.components[k]
            k += 1
            lines.append(DecomposedLine(
                line: component, role: .component, level: c.current, previousLevel: c.previous,
                sharePercent: c.sharePercent, growthPercent: c.growthPercent,
                contributionPoints: c.contributionPoints, isMissing: false))
        }
        let rest = core.unallocated
        lines.append(DecomposedLine(
            line: spec.other, role: .other, level: rest.current, previousLevel: rest.previous,
            sharePercent: rest.sharePercent, growthPercent: rest.growthPercent,
            contributionPoints: rest.contributionPoints, isMissing: false))

        var notes: [DecompositionNote] = []
        if !missing.isEmpty {
            let ids = missing.map(\.id)
            notes.append(DecompositionNote(
                kind: .missingComponents, ids: ids,
                english: "no data for \(missing.map(\.nameEn).joined(separator: ", ")) at \(earlier) or \(month); "
                    + "their change is inside \"\(spec.other.nameEn)\"",
                chinese: "\(missing.map(\.nameZh).joined(separator: "、"))在\(earlier)或\(month)缺数据，其变动计入“\(spec.other.nameZh)”"))
        }
        notes += breakNotes(spec: spec, month: month, earlier: earlier, measure: measure, basis: basis)

        // Published figure on the same scale as the level-based growth.
        var published: Double?
        var publishedChange: Double?
        var publishedLabel = ""
        var publishedLabelZh = ""
        switch (measure, basis) {
        case (.stock, .yoy):
            if let id = spec.publishedGrowthID, let p = panel.value(id, at: month) {
                published = allocation == .logarithmic ? 100 * log1p(p / 100) : p
                publishedLabel = "\(id) = \(Self.printed(p))%"
                publishedLabelZh = "公布的同比增速为\(Self.printed(p))%"
            }
        case (.flow, .yoy), (.flow, .ytd):
            if let id = aggregateFormula.seriesIDs.first, aggregateFormula.terms.count == 1 {
                let publishedID = basis == .ytd ? panel.yearToDateIDs[id] : id
                if let publishedID, let pc = panel.publishedChangeVsYearAgo(publishedID, at: month) {
                    publishedChange = pc
                    published = 100 * pc / core.base
                    publishedLabel = "\(publishedID) change vs a year earlier = \(Self.printed(pc))"
                    publishedLabelZh = "公布的同比多增（负数为少增）\(Self.printed(pc))亿元"
                }
            }
        default:
            break
        }
        let growth = published ?? core.growthPercent
        let sum = lines.reduce(0) { $0 + ($1.contributionPoints ?? 0) }
        if published != nil {
            notes.append(DecompositionNote(
                kind: .publishedGrowthUsed,
                english: "aggregate growth is the published figure (\(publishedLabel)); "
                    + "residual = published − level-based sum of contributions",
                chinese: "总量增速采用公布值（\(publishedLabelZh)）；残差 = 公布值 − 按余额计算的贡献之和"))
        } else if notes.contains(where: { $0.kind == .straddlesBreak && $0.ids.contains(spec.aggregate.id) }) {
            notes.append(DecompositionNote(
                kind: .levelGrowthUsed,
                english: "no comparable-basis figure is published for this comparison; growth from levels mixes definitions",
                chinese: "此比较无可比口径公布值；按余额计算的增速混合了不同口径"))
        }
        return HierarchyDecomposition(
            hierarchyID: hierarchy.id, measure: measure, basis: basis, allocation: allocation,
            month: month, comparedWith: earlier, aggregate: spec.aggregate,
            aggregateLevel: x1, aggregatePreviousLevel: x0, levelGrowthPercent: core.growthPercent,
            publishedGrowthPercent: published, publishedChange: publishedChange, growthPercent: growth,
            lines: lines, residualPoints: growth - sum, notes: notes)
    }

    /// Notes for registered breaks: definition / comparable-basis entries whose
    /// first month lies after the earliest month of the earlier window and not
    /// after t; data-error / vintage entries covering a month used.
    private func breakNotes(spec: HierarchyMeasure, month: Month, earlier: Month,
                            measure: HierarchyMeasureKind, basis: DecompositionBasis) -> [DecompositionNote] {
        // Which hierarchy lines read which series.
        var linesBySeries: [String: [String]] = [:]
        var namesZh: [String: String] = [:]
        for line in [spec.aggregate] + spec.components { namesZh[line.id] = line.nameZh }
        func zhNames(_ ids: [String]) -> String { ids.map { namesZh[$0] ?? $0 }.joined(separator: "、") }
        for line in [spec.aggregate] + spec.components {
            for id in line.formula?.seriesIDs ?? [] { linesBySeries[id, default: []].append(line.id) }
        }
        if let p = spec.publishedGrowthID { linesBySeries[p, default: []].append(spec.aggregate.id) }
        let firstUsed = windowStart(earlier, measure: measure, basis: basis)
        var notes: [DecompositionNote] = []
        for entry in panel.breaks {
            let affected = entry.seriesIDs.filter { linesBySeries[$0] != nil }
            guard !affected.isEmpty else { continue }
            var lineIDs: [String] = []
            for id in affected { for l in linesBySeries[id] ?? [] where !lineIDs.contains(l) { lineIDs.append(l) } }
            switch entry.kind {
            case .definition, .comparableBasis:
                guard entry.straddles(firstUsed, month) else { continue }
                notes.append(DecompositionNote(
                    kind: .straddlesBreak, breakID: entry.id, ids: lineIDs,
                    english: "\(earlier) → \(month) straddles break \(entry.id) (\(entry.kind), from \(entry.from); "
                        + "affects \(lineIDs.joined(separator: ", "))): \(entry.readerDescription(chinese: false))",
                    chinese: "\(earlier)至\(month)跨越\(entry.from.year)年\(entry.from.month)月的\(entry.kind.name(chinese: true))"
                        + "（影响\(zhNames(lineIDs))）：\(entry.readerDescription(chinese: true))"))
            case .dataError, .vintage:
                let windowNow = windowStart(month, measure: measure, basis: basis)
                let touches = (entry.from <= earlier && firstUsed <= entry.to) || (entry.from <= month && windowNow <= entry.to)
                guard touches else { continue }
                notes.append(DecompositionNote(
                    kind: .dataProblem, breakID: entry.id, ids: lineIDs,
                    english: "registered data problem \(entry.id) (\(entry.from)–\(entry.to), affects \(lineIDs.joined(separator: ", "))): "
                        + entry.readerDescription(chinese: false),
                    chinese: "登记的\(entry.kind.name(chinese: true))（\(entry.from)至\(entry.to)；影响\(zhNames(lineIDs))）："
                        + entry.readerDescription(chinese: true)))
            }
        }
        return notes
    }

    /// A published figure as it was printed: rounded to 8 decimals (no release prints more), so binary
    /// noise (`11.600000000000001`) never reaches a note.
    static func printed(_ x: Double) -> String {
        "\((x * 1e8).rounded() / 1e8)"
    }
}
