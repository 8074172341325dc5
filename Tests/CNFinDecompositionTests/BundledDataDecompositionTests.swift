import CNFinDatasets
import CNFinReport
import CNFinSeries
import Foundation
import Testing
@testable import CNFinDecomposition

/// The decompositions on the real bundled data.
@Suite struct BundledDataDecompositionTests {
    static func panel() throws -> SeriesPanel {
        SeriesPanel(dataset: try Dataset.bundled())
    }

    static func table() throws -> HierarchyTable {
        try HierarchyTable.parse(csv: Dataset.hierarchiesText())
    }

    /// Contributions + residual = reported growth to 1e-9 pp for every month of every hierarchy,
    /// measure and basis (and contributions alone = level-based growth). Every month the aggregate
    /// covers decomposes without error.
    @Test func additivityEverywhere() throws {
        let panel = try Self.panel()
        var checked = 0
        for hierarchy in try Self.table().hierarchies {
            let decomposer = HierarchyDecomposer(hierarchy: hierarchy, panel: panel)
            for measure in HierarchyMeasureKind.allCases {
                guard (try? hierarchy.measure(measure)) != nil else { continue }
                for basis in DecompositionBasis.allCases where basis.applies(to: measure) {
                    let months = try decomposer.availableMonths(measure: measure, basis: basis)
                    #expect(!months.isEmpty, "\(hierarchy.id) \(measure) \(basis)")
                    for month in months {
                        let d = try decomposer.decompose(month: month, measure: measure, basis: basis)
                        TestSupport.expectAdditive(d)
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 3000)
    }

    /// Loans and TSF stocks: every month with the balance at t and t − 12 decomposes.
    @Test func loansAndTSFCoverEveryMonth() throws {
        let panel = try Self.panel()
        for id in ["loans", "tsf"] {
            let decomposer = HierarchyDecomposer(hierarchy: try Self.table().hierarchy(id), panel: panel)
            let aggregate = id == "loans" ? "loans_balance" : "tsf_stock"
            let expected = panel.months(of: aggregate).filter { panel.value(aggregate, at: $0.advanced(by: -12)) != nil }
            #expect(try decomposer.availableMonths(measure: .stock, basis: .yoy) == expected)
        }
    }

    /// `cnfin decompose money --month 2023-05`: M2 11.6% published, three parts from levels.
    @Test func moneyMay2023FromBundledData() throws {
        let decomposer = HierarchyDecomposer(hierarchy: try Self.table().hierarchy("money"), panel: try Self.panel())
        let d = try decomposer.decompose(month: try TestSupport.month("2023-05"))
        #expect(d.growthPercent == 11.6)
        #expect(close(d.lines[0].contributionPoints, 0.3644540837062571, 1e-12))
        #expect(close(d.lines[1].contributionPoints, 0.8284682768320378, 1e-12))
        #expect(close(d.lines[2].contributionPoints, 10.420670557762147, 1e-12))
        #expect(close(d.residualPoints, 11.6 - 11.61359291830044, 1e-12))
    }

    /// At each registered definition / comparable-basis break touching a hierarchy, the YoY
    /// comparison of the break month straddles it and says so; when the aggregate is affected
    /// and a published rate exists, that rate is the reported growth.
    @Test func everyRegisteredBreakIsFlagged() throws {
        let panel = try Self.panel()
        var flagged = 0
        for hierarchy in try Self.table().hierarchies {
            let decomposer = HierarchyDecomposer(hierarchy: hierarchy, panel: panel)
            for measure in HierarchyMeasureKind.allCases {
                guard let spec = try? hierarchy.measure(measure) else { continue }
                let ids = Set(spec.seriesIDs)
                for entry in panel.breaks where entry.kind == .definition || entry.kind == .comparableBasis {
                    guard entry.seriesIDs.contains(where: ids.contains),
                          let d = try? decomposer.decompose(month: entry.from, measure: measure, basis: .yoy)
                    else { continue }
                    #expect(d.notes.contains { $0.kind == .straddlesBreak && $0.breakID == entry.id },
                            "\(hierarchy.id) \(measure) \(entry.id)")
                    if let p = d.publishedGrowthPercent { #expect(d.growthPercent == p) }
                    TestSupport.expectAdditive(d)
                    flagged += 1
                }
            }
        }
        #expect(flagged >= 5)
    }
}
