// swift-tools-version: 6.1
// Benchmarks for cnfin, kept in their own package so that benchmark dependencies
// never reach library users. Run with `make bench` from the repository root.
import PackageDescription

let package = Package(
    name: "cnfin-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "cnfin", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CNFinBenchmarks",
            dependencies: [
                .product(name: "CNFin", package: "cnfin"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CNFinBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
