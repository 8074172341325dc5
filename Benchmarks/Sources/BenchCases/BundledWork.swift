import CNFin
import Foundation

/// Case 7 inputs: the bundled dataset, its hierarchies, and for seasonal adjustment the
/// longest gap-free trailing span (≥ 36 months) of every catalogued series. peer.py applies
/// the same span rule to the same CSV files.
struct BundledWork {
    let decomposers: [HierarchyDecomposer]
    let spans: [(id: String, start: Month, values: [Double])]
    let adjustment: SeasonalAdjustment
    let stl: STL

    static func load() throws -> BundledWork {
        let dataset = try Dataset.bundled()
        let table = try HierarchyTable.parse(csv: try Dataset.hierarchiesText())
        var changes: [String: [Month: Double]] = [:]
        for p in dataset.publishedComparisons where p.measure == .changeVsYearAgo {
            changes[p.id, default: [:]][p.month] = p.value
        }
        let panel = SeriesPanel(series: Array(dataset.seriesByID.values), breaks: dataset.breaks,
                                publishedChangesVsYearAgo: changes)
        let decomposers = table.hierarchies.map { HierarchyDecomposer(hierarchy: $0, panel: panel) }
        var spans: [(id: String, start: Month, values: [Double])] = []
        for id in dataset.ids.sorted() {
            guard let s = dataset.seriesByID[id], let span = trailingSpan(s) else { continue }
            spans.append((id, span.start, span.values))
        }
        let cny = try ChineseNewYearRegressors(windows: [HolidayWindow(daysBefore: 5, daysAfter: 20)])
        return BundledWork(decomposers: decomposers, spans: spans,
                           adjustment: try SeasonalAdjustment(period: 12, method: .stl, holiday: cny),
                           stl: try STL(period: 12))
    }

    /// The longest run of finite values ending at the last observation, when ≥ 36 long.
    static func trailingSpan(_ s: MonthlySeries) -> (start: Month, values: [Double])? {
        var values: [Double] = []
        var lastIndex = s.values.count - 1
        while lastIndex >= 0, !(s.values[lastIndex].map(\.isFinite) ?? false) { lastIndex -= 1 }
        var i = lastIndex
        while i >= 0, let v = s.values[i], v.isFinite { values.append(v); i -= 1 }
        guard values.count >= 36 else { return nil }
        return (s.start.advanced(by: i + 1), values.reversed())
    }

    /// Every hierarchy × measure × applicable basis × available month. Returns the count.
    func decomposeAll() throws -> Int {
        var count = 0
        for d in decomposers {
            for measure in HierarchyMeasureKind.allCases {
                guard (try? d.hierarchy.measure(measure)) != nil else { continue }
                for basis in DecompositionBasis.allCases where basis.applies(to: measure) {
                    for month in try d.availableMonths(measure: measure, basis: basis) {
                        benchSink(try d.decompose(month: month, measure: measure, basis: basis))
                        count += 1
                    }
                }
            }
        }
        return count
    }

    /// `cnfin seasonal ID` defaults (STL, CNY window 5,20) on every span.
    func adjustAll() throws -> Int {
        for s in spans { benchSink(try adjustment.fit(s.values, start: s.start)) }
        return spans.count
    }

    /// Plain STL (period 12, non-robust) on every span: what the peer does.
    func stlAll() throws -> Int {
        for s in spans { benchSink(try stl.fit(s.values)) }
        return spans.count
    }

    /// Plain-loop reference: YoY growth of every span.
    func scanAll() -> Double {
        var acc = 0.0
        for s in spans {
            let v = s.values
            for t in 12..<v.count where v[t - 12] != 0 { acc += v[t] / v[t - 12] - 1 }
        }
        return acc
    }
}
