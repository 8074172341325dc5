// swift-tools-version: 6.0
//
// The large-input driver of Fuzz/large-inputs.sh: runs one parser on one
// large file (built without sanitizers, release). The main package is reached
// through the symlink Root/cnfin → ../../.. (package identity "cnfin").
import PackageDescription

let package = Package(
    name: "cnfin-large-inputs",
    dependencies: [.package(path: "Root/cnfin")],
    targets: [
        .executableTarget(name: "LargeInputs", dependencies: [
            .product(name: "CNFinSeries", package: "cnfin"), .product(name: "CNFinStatistics", package: "cnfin"),
            .product(name: "CNFinDatasets", package: "cnfin"), .product(name: "CNFinIngest", package: "cnfin"),
        ], swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
