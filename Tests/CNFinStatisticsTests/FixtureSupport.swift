import CNFinSeries
import Foundation
import Testing
@testable import CNFinStatistics

/// Locates and reads the bundled fixtures.
enum Fixtures {
    static func url(_ relative: String) throws -> URL {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError.missing("Fixtures")
        }
        return base.appendingPathComponent(relative)
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    static func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(relative))
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.missing(relative)
        }
        return obj
    }

    /// Reads a numeric CSV fixture into named columns (missing cells as NaN), through the
    /// project's CSV stack (`CSVNumericTable`; was the deleted `NumericTable`).
    static func csv(_ relative: String) throws -> [String: [Double]] {
        let table = try CSVNumericTable(url: url(relative))
        var out: [String: [Double]] = [:]
        for name in table.columnNames { out[name] = try table.column(name).map { $0 ?? .nan } }
        return out
    }
}

enum FixtureError: Error { case missing(String), malformed(String) }

/// Log relative error `−log10(|est − cert|/|cert|)`, capped at 15; `−log10|est|` for cert = 0.
func lre(_ estimate: Double, _ certified: Double) -> Double {
    if certified == 0 { return estimate == 0 ? 15 : min(15, -log10(abs(estimate))) }
    let rel = abs(estimate - certified) / abs(certified)
    return rel == 0 ? 15 : min(15, -log10(rel))
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
