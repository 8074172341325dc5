import Foundation
import Testing
@testable import CNFinDatasets
import CNFinSeries

private func month(_ text: String) -> Month {
    Month(text) ?? Month(index: 0)
}


/// The package root, found from this file's path (Tests/CNFinDatasetsTests/…).
private func packageRoot(_ file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The real bundled data must load: these tests are never skipped.
@Suite struct BundledDataTests {
    let data: Dataset

    init() throws { data = try Dataset.bundled() }

    @Test func may2023HeadlineFigures() throws {
        let may = month("2023-05")
        #expect(try data.series("m2")[may] == 2820504.68)
        #expect(try data.series("m1")[may] == 675252.98)
        #expect(try data.series("m1_yoy")[may] == 4.7)
        #expect(try data.series("m0")[may] == 104756.71)
        #expect(try data.series("m0_yoy")[may] == 9.6)
        let tsf = try #require(try data.series("tsf_increase")[may])
        #expect([15560.0, 15554.0].contains(tsf))
        // The source of the stored value is stated and defined in sources.csv.
        let source = try #require(data.source(id: "tsf_increase", month: may))
        #expect(data.sources.contains { $0.source == source })
    }

    @Test func bundledCopyEqualsDatasetsDirectory() throws {
        let bundled = try #require(Dataset.bundledDirectory)
        let reference = packageRoot().appendingPathComponent("Datasets/data")
        let names = try FileManager.default.contentsOfDirectory(atPath: reference.path).filter { $0.hasSuffix(".csv") }.sorted()
        let bundledNames = try FileManager.default.contentsOfDirectory(atPath: bundled.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names == bundledNames)
        #expect(Set(Dataset.requiredFiles).isSubset(of: Set(names)))
        for name in names {
            let a = try Data(contentsOf: reference.appendingPathComponent(name))
            let b = try Data(contentsOf: bundled.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between Datasets/data and the bundled copy")
        }
    }

    @Test func yoyConsistencyHasNoUnexplainedMonths() {
        let report = YoYConsistencyReport(dataset: data)
        #expect(!report.entries.isEmpty)
        let pairs = Set(report.entries.map(\.pair.rateID))
        #expect(pairs.isSuperset(of: ["m0_yoy", "m1_yoy", "m2_yoy", "loans_yoy", "deposits_yoy", "tsf_stock_yoy"]))
        for entry in report.unexplained {
            Issue.record("\(entry.pair.rateID) \(entry.month): published \(entry.published), recomputed \(entry.recomputed)")
        }
    }

    @Test func everyDisagreementIsExplained() {
        #expect(!data.disagreements.isEmpty)
        for d in data.disagreements where d.explanation.isEmpty {
            Issue.record("disagreements.csv: \(d.id) \(d.month) has no explanation")
        }
    }

    @Test func loadingTwiceGivesTheCachedDataset() throws {
        let a = try Dataset.bundled(), b = try Dataset.bundled()
        #expect(a.ids == b.ids)
    }
}

/// `data breaks` lists only what exceeds its own threshold, with related notes only.
@Suite struct YoYConsistencyBundledTests {
    @Test func listedEntriesExceedTheRoundingThresholdAtPrintedPrecision() throws {
        let report = YoYConsistencyReport(dataset: try Dataset.bundled())
        for e in report.beyondRounding {
            // printed with two decimals: a listed entry never shows 0.05 or less
            let shown = (abs(e.difference) * 100).rounded() / 100
            #expect(shown > YoYConsistencyReport.roundingTolerance, "\(e.pair.rateID) \(e.month) shows \(shown)")
            if e.classification != .explained { #expect(e.explanation == nil) }
        }
    }

    @Test func unrelatedBreaksAreNotAttached() throws {
        let report = YoYConsistencyReport(dataset: try Dataset.bundled())
        for e in report.entries {
            guard let b = e.explanation else { continue }
            #expect(YoYConsistencyReport.isRelated(b, to: e.month))
        }
        // The two cases of the issue: a single-month error/vintage does not explain a later month whose
        // comparison merely spans it.
        let loans = report.entries.first { $0.pair.rateID == "loans_yoy" && $0.month == month("2025-12") }
        #expect(loans?.explanation?.id != "loans_balance_2025_11_error")
        let m0 = report.entries.first { $0.pair.rateID == "m0_yoy" && $0.month == month("2013-12") }
        #expect(m0?.explanation?.id != "m0_2013_03")
    }

    @Test func relationByKind() {
        let single = DefinitionalBreak(id: "e", seriesIDs: ["x"], from: month("2025-11"), to: month("2025-11"),
                                       kind: .dataError, description: "", source: "", confirmed: false)
        #expect(YoYConsistencyReport.isRelated(single, to: month("2025-11")))
        #expect(YoYConsistencyReport.isRelated(single, to: month("2026-11")))   // the base month is wrong
        #expect(!YoYConsistencyReport.isRelated(single, to: month("2025-12")))  // merely spans it
        let change = DefinitionalBreak(id: "d", seriesIDs: ["x"], from: month("2025-01"), to: month("2025-01"),
                                       kind: .definition, description: "", source: "", confirmed: true)
        #expect(YoYConsistencyReport.isRelated(change, to: month("2025-06")))   // levels of two definitions
        #expect(!YoYConsistencyReport.isRelated(change, to: month("2026-02")))  // both after the change
    }
}
