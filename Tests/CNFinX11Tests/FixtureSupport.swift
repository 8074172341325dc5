import CNFinTestSupport
import Foundation

/// Loads the committed X-13 fixtures (written by Fixtures/make_x11_fixtures.py) through the
/// shared loader (CNFinTestSupport's `FixtureDirectory`).
enum Fixture {
    static func json(_ name: String) throws -> [String: Any] { try FixtureDirectory(bundle: .module).json(name) }

    static func doubles(_ any: Any?) -> [Double] { FixtureDirectory.doubles(any) }

    /// The seven reference runs.
    static let runs = ["m0", "m1", "m2", "loans_2006", "loans_2017", "tsf_2002", "household_deposits"]
}

/// One X-13 reference run.
struct ReferenceRun {
    let name: String
    let multiplicative: Bool
    let firstMonth: Int
    let nobs: Int
    let forecasts: Int
    let extended: [Double]
    let pipeline: [String: Any]
    let alone: [String: Any]

    init(_ name: String) throws {
        let j = try Fixture.json("x11_\(name).json")
        self.name = name
        multiplicative = (j["mode"] as? String) == "mult"
        guard let start = j["start"] as? String, let m = Int(start.suffix(2)),
              let n = j["nobs"] as? Int, let f = j["forecasts"] as? Int,
              let p = j["pipeline"] as? [String: Any], let a = j["x11_alone"] as? [String: Any]
        else { throw FixtureError.malformed(name) }
        firstMonth = m
        nobs = n
        forecasts = f
        extended = Fixture.doubles(j["b1_extended"])
        pipeline = p
        alone = a
    }

    /// Scale for level tables: the largest |B1|.
    var scale: Double { extended.map(abs).max() ?? 1 }

    static func diagnostic(_ d: [String: Any], _ key: String) -> String? {
        (d["diagnostics"] as? [String: Any])?[key] as? String
    }
}

/// Largest |a − b| / scale over the common prefix of length `count`.
func maxScaledError(_ a: [Double], _ b: [Double], count: Int, scale: Double) -> Double {
    guard a.count >= count, b.count >= count else { return .infinity }
    var m = 0.0
    for i in 0..<count { m = max(m, abs(a[i] - b[i]) / scale) }
    return m
}
