extension MonthlySeries {
    /// The series converted to `target`: 亿元 ↔ 万亿元 with
    /// 1 万亿元 = 10,000 亿元 (x万亿 = x亿 / 10,000). Converting to the same
    /// unit returns the series unchanged; any other pair throws.
    public func converted(to target: SeriesUnit) throws(SeriesError) -> MonthlySeries {
        let factor: Double
        switch (unit, target) {
        case let (a, b) where a == b: return self
        case (.yi, .wanYi): factor = 1.0 / 10_000
        case (.wanYi, .yi): factor = 10_000
        default: throw .unitConversion(seriesID: id, from: unit, to: target)
        }
        var result = with(values: values.map { $0.map { $0 * factor } })
        result.unit = target
        return result
    }
}
