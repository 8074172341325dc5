import CNFinSeries
import CNFinTestSupport
import Foundation
import Testing
@testable import CNFinStatistics

/// This target's fixtures, through the shared loader (CNFinTestSupport's `FixtureDirectory`).
enum Fixtures {
    static func url(_ relative: String) throws -> URL { try FixtureDirectory(bundle: .module).url(relative) }

    static func text(_ relative: String) throws -> String { try FixtureDirectory(bundle: .module).text(relative) }

    static func json(_ relative: String) throws -> [String: Any] { try FixtureDirectory(bundle: .module).json(relative) }

    /// Reads a numeric CSV fixture into named columns (missing cells as NaN), through the
    /// project's CSV stack (`CSVNumericTable`; was the deleted `NumericTable`).
    static func csv(_ relative: String) throws -> [String: [Double]] {
        let table = try CSVNumericTable(url: url(relative))
        var out: [String: [Double]] = [:]
        for name in table.columnNames { out[name] = try table.column(name).map { $0 ?? .nan } }
        return out
    }
}

/// Relative difference `|a − b|/max(|b|, floor)`.
func relDiff(_ a: Double, _ b: Double, floor: Double = 1e-300) -> Double {
    abs(a - b) / max(abs(b), floor)
}

func doubles(_ any: Any?) -> [Double] {
    if let a = any as? [Double] { return a }
    if let a = any as? [NSNumber] { return a.map(\.doubleValue) }
    if let a = any as? [String] { return a.compactMap(Double.init) }
    if let a = any as? [Any] { return a.compactMap { ($0 as? NSNumber)?.doubleValue ?? ($0 as? String).flatMap(Double.init) } }
    return []
}

func double(_ any: Any?) -> Double {
    if let n = any as? NSNumber { return n.doubleValue }
    if let s = any as? String, let v = Double(s) { return v }
    return .nan
}
