import CNFinSeries

extension MonthlySeries {
    /// The values from `from` through `to` (inclusive bounds; default the first and last
    /// months with data), checked to be complete: seasonal adjustment and the trend filters
    /// need consecutive months.
    ///
    /// Leading and trailing missing months of the chosen span are dropped.
    /// - Returns: the first month and the values.
    /// - Throws: ``SeasonalError/gap(series:firstMissing:lastMissing:longestComplete:)`` naming
    ///   the first run of missing months inside the span and the longest gap-free span;
    ///   ``SeasonalError/tooShort(method:count:required:)`` when the span holds no data.
    public func completeSpan(from: Month? = nil, to: Month? = nil) throws(SeasonalError) -> (start: Month, values: [Double]) {
        let span = sliced(from: from, to: to).trimmed()
        guard !span.isEmpty else {
            throw .tooShort(method: "\(id) (\(from.map { "from \($0)" } ?? "")\(to.map { " to \($0)" } ?? ""))", count: 0, required: 1)
        }
        if let i = span.values.firstIndex(where: { $0 == nil }) {
            var j = i
            while j + 1 < span.values.count, span.values[j + 1] == nil { j += 1 }
            throw .gap(series: id, firstMissing: span.start.advanced(by: i), lastMissing: span.start.advanced(by: j),
                       longestComplete: span.longestCompleteRun())
        }
        return (span.start, span.values.compactMap { $0 })
    }

    /// The longest run of consecutive months with data (the latest of equally long runs), or
    /// `nil` without data: the default span for seasonal adjustment of a series with gaps.
    public func longestCompleteRun() -> ClosedRange<Month>? {
        var best: (Int, Int)?
        var runStart: Int?
        for i in 0...values.count {
            let present = i < values.count && values[i] != nil
            if present, runStart == nil { runStart = i }
            if !present, let s = runStart {
                if best.map({ i - 1 - s >= $0.1 - $0.0 }) ?? true { best = (s, i - 1) }
                runStart = nil
            }
        }
        guard let best else { return nil }
        return start.advanced(by: best.0)...start.advanced(by: best.1)
    }
}
