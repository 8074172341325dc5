import CNFinSeries
import Foundation
import Testing
@testable import CNFinDecomposition

/// Shared helpers: the committed hierarchy table and small panels.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func table() throws -> HierarchyTable {
        let text = try String(contentsOf: repository.appendingPathComponent("Datasets/data/hierarchies.csv"), encoding: .utf8)
        return try HierarchyTable.parse(csv: text)
    }

    static func month(_ text: String) throws -> Month {
        try Month.parse(text)
    }

    /// A panel from `id → [month text: value]`.
    static func panel(_ data: [String: [String: Double]], breaks: [DefinitionalBreak] = [],
                      published: [String: [String: Double]] = [:]) throws -> SeriesPanel {
        var series: [MonthlySeries] = []
        for (id, values) in data {
            var observations: [(month: Month, value: Double)] = []
            for (m, v) in values { observations.append((try month(m), v)) }
            series.append(MonthlySeries(id: id, observations: observations))
        }
        var changes: [String: [Month: Double]] = [:]
        for (id, values) in published {
            for (m, v) in values { changes[id, default: [:]][try month(m)] = v }
        }
        return SeriesPanel(series: series, breaks: breaks, publishedChangesVsYearAgo: changes)
    }

    /// Checks the identity growth = Σ contributions + residual (1e-9 pp: levels of order 10⁶ 亿元
    /// carry ~1e-16 relative rounding per operation, far below this).
    static func expectAdditive(_ d: HierarchyDecomposition, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(d.sumOfContributions + d.residualPoints - d.growthPercent) < 1e-9, sourceLocation: sourceLocation)
        #expect(abs(d.sumOfContributions - d.levelGrowthPercent) < 1e-9, sourceLocation: sourceLocation)
    }
}

/// |a − b| < tolerance, false when `a` is `nil` or NaN.
func close(_ a: Double?, _ b: Double, _ tolerance: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < tolerance
}
