// swift-tools-version: 6.1
// Benchmarks for cnfin, kept in their own package so that benchmark dependencies
// never reach library users. Run with `make bench` from the repository root.
//
//   BenchCases       the cases (deterministic data + the call timed), shared by
//                    both executables; depends on cnfin only.
//   CNFinBenchmarks  ordo-one/benchmark harness (percentiles, malloc counts).
//   CNFinQuickCheck  a small self-timed runner for CI (no benchmark dependency,
//                    so it builds fast); compares each case with its in-run
//                    reference and fails when a ratio exceeds thresholds.json.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "cnfin-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `name:` because CI clones into a folder of unknown name.
        .package(name: "cnfin", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchCases",
            dependencies: [.product(name: "CNFin", package: "cnfin")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "CNFinQuickCheck",
            dependencies: ["BenchCases"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "CNFinBenchmarks",
            dependencies: [
                "BenchCases",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CNFinBenchmarks",
            swiftSettings: strict,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
