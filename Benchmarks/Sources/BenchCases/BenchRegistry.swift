import CNFinLinearAlgebra

/// All cases. Ids are `<base>@x<scale>`; `compare/peer.py` uses the same ids and
/// the same data (see `DeterministicData` and the seeds below).
public enum BenchRegistry {
    /// Seeds of the data streams (mirrored in peer.py).
    public enum Seed {
        public static let ols240: UInt64 = 1
        public static let ols100k: UInt64 = 2
        public static let rolling: UInt64 = 3
        public static let stl: UInt64 = 4
        public static let stlBatch: UInt64 = 1000
        public static let hp: UInt64 = 6
        public static let adf: UInt64 = 7
        public static let arima: UInt64 = 8
    }

    /// The OLS problems: base id, n, k, scales.
    public static let olsProblems: [(base: String, n: Int, k: Int, seed: UInt64, scales: [Int])] = [
        ("ols_240x10", 240, 10, Seed.ols240, [1, 10, 100]),
        // ×100 (10⁷ × 20, a 1.6 GB design plus copies) does not fit a shared 23 GB machine next to statsmodels.
        ("ols_100000x20", 100_000, 20, Seed.ols100k, [1, 10]),
    ]
    public static let rollingScales = [1, 10, 100]
    public static let rollingN = 10_000, rollingWindow = 36, rollingK = 5
    public static let hpProblems: [(base: String, n: Int, scales: [Int])] = [
        ("hp_240", 240, [1, 10, 100]),
        // ×100 (10⁸ points) omitted for memory; ×1 and ×10 show linearity.
        ("hp_1000000", 1_000_000, [1, 10]),
    ]
    /// HP smoothing parameter for monthly data (Ravn–Uhlig: 1600·3⁴).
    public static let hpLambda = 129_600.0

    public static func id(_ base: String, _ scale: Int) -> String { "\(base)@x\(scale)" }

    public static func all() -> [BenchCase] {
        var cases: [BenchCase] = []
        cases += referenceCases()
        cases += libraryCases()
        return cases
    }

    /// Physical references: the raw LAPACK calls and a process spawn.
    static func referenceCases() -> [BenchCase] {
        var cases: [BenchCase] = []
        for p in olsProblems {
            for s in p.scales {
                let n = p.n * s, k = p.k, seed = p.seed
                cases.append(BenchCase(id: id("raw_lapack_" + p.base, s), title: "raw LAPACK dgeqp3+dormqr+dtrtrs, n=\(n), k=\(k)",
                                       scale: s, quick: s == 1) {
                    let d = DeterministicData.regression(n: n, k: k, seed: seed)
                    var raw = RawLeastSquares(y: d.y, x: d.x, columns: k)
                    return { raw.solve(); benchSink(raw.coefficients) }
                })
                cases.append(BenchCase(id: id("qr_wrappers_" + p.base, s),
                                       title: "library wrappers PivotedQR+applyQ+Triangular.solve, n=\(n), k=\(k)",
                                       scale: s, reference: id("raw_lapack_" + p.base, s), quick: s == 1) {
                    let d = DeterministicData.regression(n: n, k: k, seed: seed)
                    let raw = RawLeastSquares(y: d.y, x: d.x, columns: k)
                    let a = try Matrix(rows: n, columns: k, columnMajor: raw.design)
                    let y = raw.y
                    return { benchSink(try PivotedQR(a).solve(y)) }
                })
            }
        }
        for s in rollingScales {
            let n = rollingN * s, w = rollingWindow, k = rollingK
            cases.append(BenchCase(id: id("raw_lapack_rolling_10000w36k5", s),
                                   title: "raw LAPACK per window, n=\(n), window \(w), k=\(k)", scale: s, quick: s == 1) {
                let d = DeterministicData.regression(n: n, k: k, seed: Seed.rolling)
                var raw = RawLeastSquares(y: d.y, x: d.x, columns: k)
                return {
                    for start in 0...(n - w) { raw.solve(rowOffset: start, count: w) }
                    benchSink(raw.coefficients)
                }
            })
        }
        for p in hpProblems {
            for s in p.scales {
                let n = p.n * s
                cases.append(BenchCase(id: id("raw_dpbsv_" + p.base, s), title: "raw LAPACK dpbsv (I+λDᵀD), n=\(n)",
                                       scale: s, quick: s == 1) {
                    var raw = RawBandSolve(y: DeterministicData.randomWalk(n: n, seed: Seed.hp), lambda: hpLambda)
                    return { raw.solve(); benchSink(raw.trend) }
                })
            }
        }
        cases.append(BenchCase(id: "spawn_true@x1", title: "process spawn of /bin/true", quick: true) {
            let path = ["/bin/true", "/usr/bin/true"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/bin/true"
            return { _ = try ProcessSpawn.run(path, []) }
        })
        return cases
    }
}

import Foundation
