// swift-tools-version: 6.0
//
// libFuzzer targets for cnfin's parsers of untrusted input (see README.md).
// A separate package so that the main package's build and tests never see the
// sanitizer flags. Build (done by ./run.sh and `make fuzz`):
//
//   swift build -c release --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
//
// (-enable-testing: FuzzStreamCSV reaches the internal streaming and whole-text CSV readers
// through `@testable import`.)
//
// The main package is reached through the symlink Root/cnfin → ../.. so that
// its package identity is "cnfin" whatever the checkout directory is called.
// Each executable calls libFuzzer's LLVMFuzzerRunDriver from its main.swift
// (SwiftPM renames an executable's entry point, so a bare
// LLVMFuzzerTestOneInput with libFuzzer's own main does not link); lld is
// used because gold fails on the ASan-instrumented objects.
import PackageDescription

let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

func fuzzer(_ name: String, _ products: [String], extra: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport"] + extra + products.map { .product(name: $0, package: "cnfin") },
        swiftSettings: swift6, linkerSettings: lld
    )
}

let package = Package(
    name: "cnfin-fuzz",
    dependencies: [.package(path: "Root/cnfin")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], swiftSettings: swift6),
        .target(name: "IngestFuzzCheck", dependencies: [
            "FuzzSupport", .product(name: "CNFinIngest", package: "cnfin"), .product(name: "CNFinSeries", package: "cnfin"),
        ], swiftSettings: swift6),
        fuzzer("FuzzMonth", ["CNFinSeries"]),
        fuzzer("FuzzCSVTable", ["CNFinSeries", "CNFinOutput"]),
        fuzzer("FuzzLongCSV", ["CNFinSeries", "CNFinOutput"]),
        fuzzer("FuzzStreamCSV", ["CNFinSeries"]),
        fuzzer("FuzzWideCSV", ["CNFinSeries", "CNFinOutput"]),
        fuzzer("FuzzNumericTable", ["CNFinSeries", "CNFinOutput"]),
        fuzzer("FuzzDataset", ["CNFinDatasets", "CNFinSeries"]),
        fuzzer("FuzzIngestZH", [], extra: ["IngestFuzzCheck"]),
        fuzzer("FuzzIngestEN", [], extra: ["IngestFuzzCheck"]),
        .target(name: "SpreadsheetFuzzCheck", dependencies: [
            "FuzzSupport", .product(name: "CNFinSpreadsheet", package: "cnfin"),
        ], swiftSettings: swift6),
        fuzzer("FuzzXLSX", ["CNFinSpreadsheet"], extra: ["SpreadsheetFuzzCheck"]),
        fuzzer("FuzzXLSXParts", ["CNFinSpreadsheet"], extra: ["SpreadsheetFuzzCheck"]),
        fuzzer("FuzzXLS", ["CNFinSpreadsheet"], extra: ["SpreadsheetFuzzCheck"]),
    ]
)
