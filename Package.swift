// swift-tools-version: 6.0
//
// cnfin — statistical time-series analysis of China's monthly monetary and
// credit statistics. The module graph is layered without cycles:
//
//   CNFinSupport                      internal support shared by the modules — no dependencies (Foundation only):
//                                     trimming, number text (shortest, fixed decimals, thousands), file reading,
//                                     the atomic file writer, the reader's language and localized messages;
//                                     re-exported by CNFinOutput and CNFin
//   CNFinSeries        (Support)      Month, MonthlySeries, transforms, CSV, FigureMeasure
//   CLAPACK (system library: OpenBLAS + LAPACKE)
//     └─ CNFinLinearAlgebra            dense matrices, BLAS/LAPACK wrappers
//   CNFinStatistics    (LinearAlgebra, Series, Output)  OLS/WLS, covariances, rolling OLS, tests, summaries
//   CNFinCalendar      (Series)                      Chinese New Year dates and regressors
//   CNFinARIMA         (LinearAlgebra, Series, Statistics, Calendar, Output)
//                                                    regARIMA: exact likelihood, outliers, forecasts
//   CNFinSeasonal      (LinearAlgebra, Series, Statistics, Calendar, ARIMA, X11, Output)
//                                                    STL, classical, HP, Hamilton, X-13 (regARIMA + X-11)
//   CNFinDecomposition (Series, Output)              contributions to growth, their table and JSON
//   CNFinDatasets      (Calendar, Series, Support, Output)
//                                                    bundled PBoC data, catalog, breaks; the files of a dataset directory;
//                                                    the tables of `data list/show/status/breaks`, series transforms
//   CNFinOutput        (Series, Support)             tables: text, Markdown, CSV, JSON, LaTeX
//   CNFinX11                                         X-11 seasonal adjustment as X-13 implements it — no dependencies
//   CNFinRelease       (Series, Datasets, Output, Support)
//                                                    release wording, summary
//   CNFinIngest        (Release, Series, Datasets, Output, Support)
//                                                    release texts → figures, checks, merge (files written by CNFinDatasets);
//                                                    the ingest/import/update report as tables and JSON
//   CNFinCharts        (Output)                      SVG charts
//   CNFinReport        (Charts, Output, Release, Decomposition, Seasonal, Datasets, Series)
//                                                    Markdown/HTML/notebook reports; the SeriesPanel of a Dataset;
//                                                    SeriesChart (any dataset series as a line chart: cnfin chart)
//   Only the modules that compute with BLAS/LAPACK (LinearAlgebra, Statistics, ARIMA, Seasonal) need OpenBLAS.
//   CNFinSpreadsheet   (Output, Series, Support; system libraries zlib, libxlsxwriter — no LAPACK)
//                                                    .xlsx reader, .xls (BIFF8) reader in Swift, .xlsx writer, PBoC table recognition
//   CNFinImport        (Spreadsheet, Ingest, Series, Datasets, Support)
//                                                    tables and release texts into a dataset directory
//   `.ci/check-graph.py` checks that every target's declared dependencies equal its imports.
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
        .library(name: "CNFinX11", targets: ["CNFinX11"]),
        .library(name: "CNFinARIMA", targets: ["CNFinARIMA"]),
        .library(name: "CNFinDecomposition", targets: ["CNFinDecomposition"]),
        .library(name: "CNFinDatasets", targets: ["CNFinDatasets"]),
        .library(name: "CNFinRelease", targets: ["CNFinRelease"]),
        .library(name: "CNFinIngest", targets: ["CNFinIngest"]),
        .library(name: "CNFinOutput", targets: ["CNFinOutput"]),
        .library(name: "CNFinCharts", targets: ["CNFinCharts"]),
        .library(name: "CNFinReport", targets: ["CNFinReport"]),
        .library(name: "CNFinSpreadsheet", targets: ["CNFinSpreadsheet"]),
        .library(name: "CNFinImport", targets: ["CNFinImport"]),
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
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev", "pkg-config"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev", "pkg-config"])]),
        .target(name: "CNFinLinearAlgebra", dependencies: ["CLAPACK", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinSupport", dependencies: [], swiftSettings: strict),
        .target(name: "CNFinSeries", dependencies: ["CNFinSupport"], exclude: ["Generated/generate-decimal-powers.py"], swiftSettings: strict),
        .target(name: "CNFinStatistics", dependencies: ["CNFinLinearAlgebra", "CNFinSeries", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinCalendar", dependencies: ["CNFinSeries", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinSeasonal", dependencies: ["CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar", "CNFinARIMA", "CNFinX11", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinARIMA", dependencies: ["CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinDecomposition", dependencies: ["CNFinSeries", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinX11", dependencies: ["CNFinSupport"], swiftSettings: strict),
        .target(
            name: "CNFinDatasets",
            dependencies: ["CNFinCalendar", "CNFinSeries", "CNFinSupport", "CNFinOutput"],
            resources: [.copy("Resources/data")],
            swiftSettings: strict
        ),
        .target(name: "CNFinRelease", dependencies: ["CNFinSeries", "CNFinDatasets", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinIngest", dependencies: ["CNFinRelease", "CNFinSeries", "CNFinDatasets", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinOutput", dependencies: ["CNFinSeries", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinCharts", dependencies: ["CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .target(
            name: "CNFinReport",
            dependencies: ["CNFinCharts", "CNFinOutput", "CNFinRelease", "CNFinDecomposition", "CNFinSeasonal", "CNFinDatasets", "CNFinSeries", "CNFinSupport"],
            swiftSettings: strict
        ),
        .target(name: "CNFinSpreadsheet", dependencies: ["CZlib", "CXLSXWriter", "CNFinOutput", "CNFinSeries", "CNFinSupport"], swiftSettings: strict),
        .target(name: "CNFinImport", dependencies: ["CNFinSpreadsheet", "CNFinIngest", "CNFinSeries", "CNFinDatasets", "CNFinSupport"], swiftSettings: strict),
        .target(
            name: "CNFinCLI",
            dependencies: [
                "CNFin", "CNFinDatasets", "CNFinOutput", "CNFinRelease", "CNFinReport", "CNFinSeries", "CNFinStatistics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), "CNFinSupport",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CNFin",
            dependencies: [
                "CNFinLinearAlgebra", "CNFinSeries", "CNFinStatistics", "CNFinCalendar", "CNFinSeasonal", "CNFinARIMA",
                "CNFinDecomposition", "CNFinDatasets", "CNFinRelease", "CNFinIngest", "CNFinOutput",
                "CNFinCharts", "CNFinReport", "CNFinX11", "CNFinSpreadsheet", "CNFinImport", "CNFinSupport",
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "cnfin", dependencies: ["CNFinCLI"], swiftSettings: strict),
        // Shared by the test targets only (no product): the fixture loader, the NIST StRD parser, LRE.
        .target(name: "CNFinTestSupport", dependencies: ["CNFinSupport"], path: "Tests/CNFinTestSupport", swiftSettings: strict),
        .testTarget(name: "CNFinLinearAlgebraTests", dependencies: ["CNFinLinearAlgebra", "CNFinTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinSupportTests", dependencies: ["CNFinSupport", "CNFinTestSupport"], swiftSettings: strict),
        .testTarget(name: "CNFinSeriesTests", dependencies: ["CNFinSeries", "CNFinSupport", "CNFinTestSupport"], swiftSettings: strict),
        .testTarget(name: "CNFinStatisticsTests", dependencies: ["CNFinStatistics", "CNFinLinearAlgebra", "CNFinSeries", "CNFinTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinSeasonalTests", dependencies: ["CNFinSeasonal", "CNFinCalendar", "CNFinSeries", "CNFinStatistics", "CNFinARIMA", "CNFinX11", "CNFinTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinX11Tests", dependencies: ["CNFinX11", "CNFinTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinARIMATests", dependencies: ["CNFinARIMA", "CNFinCalendar", "CNFinLinearAlgebra", "CNFinSeries", "CNFinTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "CNFinDecompositionTests", dependencies: ["CNFinDecomposition", "CNFinDatasets", "CNFinSeries", "CNFinOutput", "CNFinReport", "CNFinSupport", "CNFinTestSupport"], swiftSettings: strict),
        .testTarget(name: "CNFinDatasetsTests", dependencies: ["CNFinDatasets", "CNFinSeries", "CNFinOutput", "CNFinSupport"], swiftSettings: strict),
        .testTarget(
            name: "CNFinReleaseTests", dependencies: ["CNFinRelease", "CNFinDatasets", "CNFinSeries", "CNFinOutput", "CNFinSupport"],
            resources: [.copy("Golden")], swiftSettings: strict
        ),
        .testTarget(
            name: "CNFinIngestTests", dependencies: ["CNFinIngest", "CNFinRelease", "CNFinDatasets", "CNFinSeries", "CNFinOutput", "CNFinSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "CNFinChartsTests", dependencies: ["CNFinCharts", "CNFinTestSupport"], swiftSettings: strict),
        .testTarget(name: "CNFinReportTests", dependencies: ["CNFinReport", "CNFinCharts", "CNFinDatasets", "CNFinOutput", "CNFinRelease", "CNFinSeries", "CNFinSupport"], swiftSettings: strict),
        .testTarget(
            name: "CNFinCLITests",
            dependencies: ["CNFinCLI", "CNFin", "CNFinTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "CNFinSpreadsheetTests", dependencies: ["CNFinSpreadsheet", "CNFinOutput"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "CNFinImportTests",
            dependencies: ["CNFinImport", "CNFinSpreadsheet", "CNFinIngest", "CNFinSeries", "CNFinDatasets", "CNFinOutput"],
            swiftSettings: strict
        ),
        .testTarget(name: "CNFinOutputTests", dependencies: ["CNFinOutput"], swiftSettings: strict),
    ]
)
