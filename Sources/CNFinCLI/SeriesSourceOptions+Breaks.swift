import ArgumentParser
import CNFin

extension SeriesSourceOptions {
    /// The gap-free span under the library's break rule (``BreakPolicy/apply(seriesID:start:values:breaks:explicitSpan:)``),
    /// shared by `arima`, `forecast`, `seasonal` and `filter`. A CSV column has no registered breaks.
    ///
    /// `--from`/`--to` make the span explicit: a break inside it under `currentDefinition` is a
    /// usage error naming the break and the flags that allow crossing it (`allows`).
    func breakSpan(id: String?, policy: BreakPolicy, allows: String) throws -> (span: SeriesSpan, rule: BreakSpan) {
        let span = try completeSpan(id: id)
        let breaks = id == nil ? [] : try series(id: id).breaks
        do {
            let rule = try policy.apply(seriesID: id ?? span.name, start: span.start, values: span.values, breaks: breaks,
                                        explicitSpan: from != nil || to != nil)
            return (span, rule)
        } catch {
            guard case let .breakInSpan(breakID, month, series) = error else { throw error }
            throw ValidationError("--from/--to cross the definitional break \(breakID) of \(series) at \(month): "
                + "levels before and after do not mix. Start at \(month) or later" + (allows.isEmpty ? "" : ", or pass \(allows)"))
        }
    }

    /// The usage error for a current-definition span shorter than `method` needs.
    static func tooShortSinceBreak(_ span: SeriesSpan, _ rule: BreakSpan, minimum: Int, method: String, allows: String) -> ValidationError {
        ValidationError("\(span.name): the span of its current definition (since the break \(rule.startBreak?.id ?? "?")), "
            + "\(rule.start)…\(rule.end), has \(rule.values.count) months; \(method) needs at least \(minimum)."
            + (allows.isEmpty ? "" : " Pass \(allows)") + " (see cnfin data breaks)")
    }
}
