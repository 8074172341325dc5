// swift-tools-version: 6.0
//
// cnfin — statistical time-series analysis of China's monthly monetary and
// credit statistics. The module graph is layered without cycles:
//
//   CLAPACK (system library: OpenBLAS + LAPACKE)
//     └─ CNFinLinearAlgebra            dense matrices, BLAS/LAPACK wrappers
//          └─ CNFinSeries              Month, MonthlySeries, transforms, CSV
//               ├─ CNFinStatistics     OLS/WLS, covariances, rolling OLS, tests
//               ├─ CNFinCalendar       Chinese New Year dates and regressors
//               ├─ CNFinARIMA          regARIMA: exact likelihood, forecasts (uses CNFinCalendar)
//               ├─ CNFinSeasonal       STL, classical, HP, Hamilton (uses CNFinCalendar)
//               └─ CNFinDecomposition  contributions to growth
//                    └─ CNFinDatasets  bundled PBoC data, catalog, breaks
//                         └─ CNFinRelease  release wording, summary, ingest
//   CNFinOutput (tables: text, Markdown, CSV, JSON, LaTeX) — no dependencies
//   CNFinCharts (SVG charts) → CNFinReport (Markdown/HTML/notebook reports)
//   CNFin (umbrella) re-exports the library modules; CNFinCLI holds the
//   commands (parsing and output only) and `cnfin` is the executable.
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "cnfin",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CNFin", targets: ["CNFin"]),
        .library(name: "CNFinLinearAlgebra", targets: ["CNFinLinearAlgebra"]),
        .library(name: "CNFinSeries", targets: ["CNFinSeries"]),
        .library(name: "CNFinStatistics", targets: ["CNFinStatistics"]),
        .library(name: "CNFinCalendar", targets: ["CNFinCalendar"]),
        .library(name: "CNFinSeasonal", targets: ["CNFinSeasonal"]),
        .library(name: "CNFinARIMA", targets: ["CNFinARIMA"]),
        .library(name: "CNFinDecomposition", targets: ["CNFinDecomposition"]),
        .library(name: "CNFinDatasets", targets: ["CNFinDatasets"]),
        .library(name: "CNFinRelease", targets: ["CNFinRelease"]),
        .library(name: "CNFinOutput", targets: ["CNFinOutput"]),
        .library(name: "CNFinCharts", targets: ["CNFinCharts"]),
        .library(name: "CNFinReport", targets: ["CNFinReport"]),
        .executable(name: "cnfin", targets: ["cnfin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapack-dev", "liblapacke-dev", "pkg-config"])]
        ),
        .target(name: "CNFinLinearAlgebra", dependencies: ["CLAPACK"], swiftSettings: strict),
        .target(name: "CNFinSeries", dependencies: ["CNFinLinearAlgebra"], swiftSettings: strict),
        .target(name: "CNFinStatistics", dependencies: ["CNFinLinearAlgebra", "CNFinSeries"], swiftSettings: strict),
        .target(name: "CNFinCalendar", dependencies: ["CNFinSeries"], swiftSettings: strict),
        .target(name: "CNFinSeasonal", dependencies: ["CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar"], swiftSettings: strict),
        .target(name: "CNFinARIMA", dependencies: ["CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar", "CNFinOutput"], swiftSettings: strict),
        .target(name: "CNFinDecomposition", dependencies: ["CNFinSeries"], swiftSettings: strict),
        .target(
            name: "CNFinDatasets",
            dependencies: ["CNFinSeries"],
            resources: [.copy("Resources/data")],
            swiftSettings: strict
        ),
        .target(name: "CNFinRelease", dependencies: ["CNFinSeries", "CNFinDatasets", "CNFinDecomposition", "CNFinOutput"], swiftSettings: strict),
        .target(name: "CNFinOutput", dependencies: [], swiftSettings: strict),
        .target(name: "CNFinCharts", dependencies: ["CNFinSeries"], swiftSettings: strict),
        .target(
            name: "CNFinReport",
            dependencies: ["CNFinCharts", "CNFinOutput", "CNFinRelease", "CNFinDecomposition", "CNFinSeasonal", "CNFinDatasets"],
            swiftSettings: strict
        ),
        .target(
            name: "CNFinCLI",
            dependencies: ["CNFin", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .target(
            name: "CNFin",
            dependencies: [
                "CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar", "CNFinSeasonal", "CNFinARIMA",
                "CNFinDecomposition", "CNFinDatasets", "CNFinRelease", "CNFinOutput",
                "CNFinCharts", "CNFinReport",
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "cnfin", dependencies: ["CNFinCLI"], swiftSettings: strict),
        .testTarget(name: "CNFinLinearAlgebraTests", dependencies: ["CNFinLinearAlgebra"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinSeriesTests", dependencies: ["CNFinSeries"], swiftSettings: strict),
        .testTarget(name: "CNFinStatisticsTests", dependencies: ["CNFinStatistics"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinSeasonalTests", dependencies: ["CNFinSeasonal", "CNFinCalendar"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinARIMATests", dependencies: ["CNFinARIMA", "CNFinCalendar", "CNFinSeries", "CNFinLinearAlgebra"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinDecompositionTests", dependencies: ["CNFinDecomposition", "CNFinDatasets"], swiftSettings: strict),
        .testTarget(name: "CNFinDatasetsTests", dependencies: ["CNFinDatasets"], swiftSettings: strict),
        .testTarget(
            name: "CNFinReleaseTests", dependencies: ["CNFinRelease", "CNFinDatasets", "CNFinSeries", "CNFinOutput"],
            resources: [.copy("Golden")], swiftSettings: strict
        ),
        .testTarget(name: "CNFinChartsTests", dependencies: ["CNFinCharts"], swiftSettings: strict),
        .testTarget(name: "CNFinReportTests", dependencies: ["CNFinReport"], swiftSettings: strict),
        .testTarget(name: "CNFinCLITests", dependencies: ["CNFinCLI"], swiftSettings: strict),
        .testTarget(name: "CNFinOutputTests", dependencies: ["CNFinOutput"], swiftSettings: strict),
    ]
)
