import Foundation
import Testing
@testable import CNFinStatistics

/// Special functions against 50-digit mpmath values (Fixtures/mpmath/special.json).
/// Tolerance 1e-12 relative (the bar), including far tails (survival functions down to 1e-300).
@Suite struct SpecialFunctionTests {
    static let tol = 1e-12

    static func table(_ key: String) throws -> [[Any]] {
        try #require(try Fixtures.json("mpmath/special.json")[key] as? [[Any]])
    }

    @Test func incompleteBeta() throws {
        for row in try Self.table("beta") {
            let a = double(row[0]), b = double(row[1]), x = double(row[2])
            let v = SpecialFunctions.incompleteBeta(a: a, b: b, x: x, y: 1 - x)
            #expect(relDiff(v.lower, double(row[3])) <= Self.tol, "I_\(x)(\(a),\(b)) = \(v.lower) vs \(double(row[3]))")
            #expect(relDiff(v.upper, double(row[4])) <= Self.tol, "1 − I_\(x)(\(a),\(b)) = \(v.upper) vs \(double(row[4]))")
        }
    }

    @Test func incompleteGamma() throws {
        for row in try Self.table("gamma") {
            let a = double(row[0]), x = double(row[1])
            let v = SpecialFunctions.incompleteGamma(a: a, x: x)
            #expect(relDiff(v.lower, double(row[2])) <= Self.tol, "P(\(a),\(x)) = \(v.lower) vs \(double(row[2]))")
            #expect(relDiff(v.upper, double(row[3])) <= Self.tol, "Q(\(a),\(x)) = \(v.upper) vs \(double(row[3]))")
        }
    }

    @Test func distributions() throws {
        for row in try Self.table("t_sf") {
            let t = double(row[0]), df = double(row[1]), ref = double(row[2])
            #expect(relDiff(StudentT.sf(t, df: df), ref) <= Self.tol, "t sf(\(t), \(df)) = \(StudentT.sf(t, df: df)) vs \(ref)")
            #expect(relDiff(StudentT.cdf(-t, df: df), ref) <= Self.tol)
        }
        for row in try Self.table("f_sf") {
            let f = double(row[0]), d1 = double(row[1]), d2 = double(row[2]), ref = double(row[3])
            let v = FDistribution.sf(f, d1: d1, d2: d2)
            #expect(relDiff(v, ref) <= Self.tol, "F sf(\(f); \(d1), \(d2)) = \(v) vs \(ref)")
        }
        for row in try Self.table("chi2_sf") {
            let x = double(row[0]), k = double(row[1]), ref = double(row[2])
            let v = ChiSquared.sf(x, df: k)
            #expect(relDiff(v, ref) <= Self.tol, "χ² sf(\(x); \(k)) = \(v) vs \(ref)")
        }
        for row in try Self.table("normal") {
            let kind = row[0] as? String ?? "", z = double(row[1]), ref = double(row[2])
            let v: Double
            switch kind {
            case "cdf": v = Normal.cdf(z)
            case "sf": v = Normal.sf(z)
            default: v = Normal.quantile(z)
            }
            #expect(relDiff(v, ref, floor: 1e-300) <= Self.tol, "normal \(kind)(\(z)) = \(v) vs \(ref)")
        }
        for row in try Self.table("t_quantile") {
            let p = double(row[0]), df = double(row[1]), ref = double(row[2])
            let v = StudentT.quantile(p, df: df)
            #expect(relDiff(v, ref) <= Self.tol, "t quantile(\(p), \(df)) = \(v) vs \(ref)")
        }
    }
}
