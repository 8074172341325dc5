extension MonthlySeries {
    /// Year-on-year growth that respects definitional breaks.
    ///
    /// For each month t: yₜ = (xₜ / xₜ₋₁₂ − 1) · 100, except when the pair
    /// (t − 12, t) straddles a break of kind ``DefinitionalBreak/Kind/definition``
    /// registered for this series (in ``breaks`` or in `breaks`), i.e.
    /// t − 12 < from ≤ t. Levels from both sides do not mix, so then:
    ///
    /// - if `published` has a value for t (the PBoC's comparable-basis rate),
    ///   that value is used;
    /// - otherwise yₜ is missing.
    ///
    /// Either way a ``GrowthNote`` records the month, the break and the
    /// (unused) rate from levels.
    ///
    /// - Parameters:
    ///   - breaks: additional break entries (entries not listing this series' id are ignored).
    ///   - published: the published YoY series in %, if any.
    public func yearOverYearGrowth(breaks extra: [DefinitionalBreak], published: MonthlySeries? = nil) -> GrowthResult {
        let relevant = (breaks + extra).filter { $0.kind == .definition && $0.affects(id) }
        var notes: [GrowthNote] = []
        let plain = yearOverYearGrowth()
        let series = plain.mapMonths(unit: .percent, kind: .rate) { t in
            let earlier = t.advanced(by: -12)
            guard let crossing = relevant.first(where: { $0.straddles(earlier, t) }),
                  self[t] != nil, self[earlier] != nil
            else { return plain[t] }
            let levelRate = plain[t]
            if let rate = published?[t] {
                notes.append(GrowthNote(
                    seriesID: id, month: t, comparedWith: earlier, breakID: crossing.id, resolution: .usedPublishedRate,
                    levelRate: levelRate,
                    message: "\(earlier) and \(t) straddle definitional break '\(crossing.id)' (\(crossing.description)); "
                        + "used the published comparable-basis rate \(rate)% instead of the rate from levels"))
                return rate
            }
            notes.append(GrowthNote(
                seriesID: id, month: t, comparedWith: earlier, breakID: crossing.id, resolution: .leftMissing,
                levelRate: levelRate,
                message: "\(earlier) and \(t) straddle definitional break '\(crossing.id)' (\(crossing.description)) "
                    + "and no published comparable-basis rate was given; left missing"))
            return nil
        }
        return GrowthResult(series: series, notes: notes)
    }
}
