/// Tick positions and labels for an axis of consecutive months.
///
/// Candidate spacings are 1, 3 (quarters), 6, 12 (years), 24, 60 and 120
/// months; spans up to three years start at quarters (labelled `YYYY-MM`),
/// longer spans at years (labelled `YYYY`). The smallest spacing whose labels
/// do not overlap (estimated widths plus a gap) is chosen, so labels are
/// thinned rather than drawn on top of each other. Ticks are aligned to the
/// calendar: quarters start in January, April, July, October; multi-year ticks
/// fall on Januaries of years divisible by the number of years.
public struct MonthAxisTicks: Sendable, Equatable {
    /// One labelled tick: the position (0-based index into the axis) and its text.
    public struct Tick: Sendable, Equatable {
        public let index: Int
        public let label: String
    }

    /// The spacing in months between labelled ticks.
    public let stepMonths: Int
    /// The labelled ticks, left to right.
    public let ticks: [Tick]

    /// Ticks for `count` months starting at `firstIndex` (= 12·year + month − 1)
    /// on an axis `width` units wide, labels at `fontSize`.
    public init(firstIndex: Int, count: Int, width: Double, fontSize: Double, minimumGap: Double = 10) {
        let n = max(count, 0)
        let slot = n > 0 ? width / Double(n) : width
        let candidates: [Int] = n <= 36 ? [1, 3, 6, 12, 24, 60, 120] : [12, 24, 60, 120, 240]
        var chosen: (Int, [Tick]) = (12, [])
        for step in candidates {
            let ticks = MonthAxisTicks.ticks(firstIndex: firstIndex, count: n, step: step)
            let widest = ticks.map { TextMetrics.width($0.label, fontSize: fontSize) }.max() ?? 0
            chosen = (step, ticks)
            if Double(step) * slot >= widest + minimumGap { break }
        }
        // A very short axis may have no aligned tick at all: label the first month.
        if chosen.1.isEmpty, n > 0 {
            chosen.1 = [Tick(index: 0, label: MonthAxisTicks.text(firstIndex, yearOnly: false))]
        }
        self.stepMonths = chosen.0
        self.ticks = chosen.1
    }

    static func ticks(firstIndex: Int, count: Int, step: Int) -> [Tick] {
        var result: [Tick] = []
        for i in 0..<count {
            let idx = firstIndex + i
            let monthOfYear = ((idx % 12) + 12) % 12 // 0 = January
            let year = (idx - monthOfYear) / 12
            let aligned: Bool
            if step < 12 {
                aligned = monthOfYear % step == 0
            } else {
                aligned = monthOfYear == 0 && year % (step / 12) == 0
            }
            if aligned { result.append(Tick(index: i, label: text(idx, yearOnly: step >= 12))) }
        }
        return result
    }

    static func text(_ index: Int, yearOnly: Bool) -> String {
        let monthOfYear = ((index % 12) + 12) % 12
        let year = (index - monthOfYear) / 12
        if yearOnly { return String(year) }
        let m = monthOfYear + 1
        return "\(year)-" + (m < 10 ? "0\(m)" : "\(m)")
    }
}
