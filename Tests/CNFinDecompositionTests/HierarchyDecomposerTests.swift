import Foundation
import CNFinSeries
import Testing
@testable import CNFinDecomposition

/// Hand-computed months with the levels of the May 2022 and May 2023 releases
/// (expected values computed independently in double precision:
/// e.g. M0 contribution = 100·(104756.71 − 95546.86)/2527026.15).
@Suite struct HierarchyDecomposerTests {
    static let moneyData: [String: [String: Double]] = [
        "m0": ["2022-05": 95546.86, "2023-05": 104756.71],
        "m1": ["2022-05": 645107.52, "2023-05": 675252.98],
        "m2": ["2022-05": 2527026.15, "2023-05": 2820504.68],
        "m2_yoy": ["2022-05": 11.1, "2023-05": 11.6],
    ]

    @Test func moneyMay2023() throws {
        let decomposer = HierarchyDecomposer(
            hierarchy: try TestSupport.table().hierarchy("money"), panel: try TestSupport.panel(Self.moneyData))
        let d = try decomposer.decompose(month: try TestSupport.month("2023-05"))
        // Tolerance 1e-12 pp: the reference values are the same double-precision formula.
        #expect(abs(d.levelGrowthPercent - 11.61359291830044) < 1e-12)
        #expect(d.growthPercent == 11.6)
        #expect(d.lines.map(\.line.id) == ["m0", "m1_less_m0", "m2_less_m1", "money_other"])
        let c = d.lines.map { $0.contributionPoints ?? .nan }
        #expect(abs(c[0] - 0.3644540837062571) < 1e-12)
        #expect(abs(c[1] - 0.8284682768320378) < 1e-12)
        #expect(abs(c[2] - 10.420670557762147) < 1e-12)
        #expect(abs(c[3]) < 1e-9)  // M2 = M0 + (M1 − M0) + (M2 − M1) identically
        #expect(abs(d.residualPoints - (11.6 - 11.61359291830044)) < 1e-12)
        #expect(close(d.lines[0].sharePercent, 100 * 104756.71 / 2820504.68, 1e-12))
        #expect(close(d.lines[0].growthPercent, 100 * (104756.71 / 95546.86 - 1), 1e-12))
        #expect(d.notes.map(\.kind) == [.publishedGrowthUsed])
        TestSupport.expectAdditive(d)
    }

    static let loansData: [String: [String: Double]] = [
        "loans_balance": ["2022-05": 2035448.45, "2023-05": 2275271.41],
        "loans_yoy": ["2022-05": 11, "2023-05": 11.4],
        "household_short_loans_balance": ["2022-05": 175110.79, "2023-05": 197664.55],
        "household_mlt_loans_balance": ["2022-05": 549204.54, "2023-05": 578350.68],
        "corporate_short_loans_balance": ["2022-05": 352528.6, "2023-05": 390191.89],
        "corporate_mlt_loans_balance": ["2022-05": 792800.87, "2023-05": 937335.7],
        "bill_financing_balance": ["2022-05": 118816.69, "2023-05": 119987.56],
        "nonbank_loans_balance": ["2022-05": 6033.81, "2023-05": 7767.09],
    ]

    static let loansBreak = DefinitionalBreak(
        id: "loans_2023_01", seriesIDs: ["loans_balance", "loans_yoy", "loans_increase"],
        from: Month(index: 2023 * 12), to: Month(index: 2023 * 12 + 11), kind: .definition,
        description: "consumer-finance companies etc. brought into the statistics")

    /// May 2023 compared with May 2022 straddles the 2023-01 loan break: the published
    /// comparable-basis 11.4% is used and the residual 11.4 − 11.78 is reported, not hidden.
    @Test func loansAcrossBreak() throws {
        let panel = try TestSupport.panel(Self.loansData, breaks: [Self.loansBreak])
        let decomposer = HierarchyDecomposer(hierarchy: try TestSupport.table().hierarchy("loans"), panel: panel)
        let d = try decomposer.decompose(month: try TestSupport.month("2023-05"))
        #expect(d.straddlesBreak)
        #expect(d.notes.contains { $0.kind == .straddlesBreak && $0.breakID == "loans_2023_01" && $0.ids == ["loans_balance"] })
        #expect(abs(d.levelGrowthPercent - 11.782315587506046) < 1e-12)
        #expect(d.growthPercent == 11.4)
        #expect(abs(d.residualPoints - (11.4 - 11.782315587506046)) < 1e-12)
        let expected = [1.1080486956080848, 1.4319272001214285, 1.8503681584272025, 7.100883837171114,
                        0.05752393287091085, 0.08515469895589838, 0.14840906435140963]
        for (line, e) in zip(d.lines, expected) {
            #expect(close(line.contributionPoints, e, 1e-12))
        }
        TestSupport.expectAdditive(d)

        // Without a published rate (MoM has none) the residual is zero and no break is straddled
        // when both months are on the same side.
        let panel2 = try TestSupport.panel(
            ["loans_balance": ["2023-04": 2261700, "2023-05": 2275271.41]], breaks: [Self.loansBreak])
        let mom = try HierarchyDecomposer(hierarchy: try TestSupport.table().hierarchy("loans"), panel: panel2)
            .decompose(month: try TestSupport.month("2023-05"), basis: .mom)
        #expect(!mom.straddlesBreak)
        #expect(mom.residualPoints == 0)
        #expect(mom.missingComponentIDs.count == 6)  // all sectors missing → everything in "other"
        #expect(close(mom.lines.last?.contributionPoints, mom.growthPercent, 1e-12))
    }

    /// A MoM comparison across the break month itself, with no published rate: flagged, growth from levels.
    @Test func breakWithoutPublishedRate() throws {
        let panel = try TestSupport.panel(
            ["loans_balance": ["2022-12": 2139853, "2023-01": 2188954]], breaks: [Self.loansBreak])
        let d = try HierarchyDecomposer(hierarchy: try TestSupport.table().hierarchy("loans"), panel: panel)
            .decompose(month: try TestSupport.month("2023-01"), basis: .mom)
        #expect(d.straddlesBreak)
        #expect(d.notes.contains { $0.kind == .levelGrowthUsed })
        #expect(d.residualPoints == 0)
    }

    /// New loans in May 2023 vs May 2022 (同比少增 5418亿 as published) with household
    /// short-term loans missing in 2022-05: the component is marked missing, its change is
    /// inside "other", and nothing is dropped.
    @Test func flowsWithMissingComponent() throws {
        var data: [String: [String: Double]] = [
            "loans_increase": ["2022-05": 18900, "2023-05": 13600],
            "household_short_loans_increase": ["2023-05": 1987.95],
            "household_mlt_loans_increase": ["2022-05": 1047, "2023-05": 1684],
            "corporate_short_loans_increase": ["2022-05": 2642, "2023-05": 350.25],
            "corporate_mlt_loans_increase": ["2022-05": 5551, "2023-05": 7698],
            "bill_financing_increase": ["2022-05": 7129, "2023-05": 419.94],
            "nonbank_loans_increase": ["2022-05": 461.14, "2023-05": 603.8],
        ]
        let panel = try TestSupport.panel(data, published: ["loans_increase": ["2023-05": -5418]])
        let loans = try TestSupport.table().hierarchy("loans")
        let d = try HierarchyDecomposer(hierarchy: loans, panel: panel)
            .decompose(month: try TestSupport.month("2023-05"), measure: .flow)
        #expect(d.missingComponentIDs == ["household_short_loans"])
        #expect(d.notes.first?.kind == .missingComponents)
        #expect(d.aggregateChange == -5300)
        #expect(d.publishedChange == -5418)
        // growth = 100·(−5418)/18900; level-based 100·(−5300)/18900.
        #expect(abs(d.growthPercent - 100 * -5418.0 / 18900) < 1e-12)
        #expect(abs(d.levelGrowthPercent - 100 * -5300.0 / 18900) < 1e-12)
        #expect(abs(d.residualPoints - 100 * -118.0 / 18900) < 1e-12)
        // other = 13600 − (1684 + 350.25 + 7698 + 419.94 + 603.8) vs 18900 − (1047 + 2642 + 5551 + 7129 + 461.14)
        let other = try #require(d.lines.last)
        #expect(close(other.level, 2844.01, 1e-9))
        #expect(close(other.previousLevel, 2069.86, 1e-9))
        #expect(close(other.change, (2844.01 - 2069.86), 1e-9))
        TestSupport.expectAdditive(d)

        // With the component present the other line shrinks by exactly its change.
        data["household_short_loans_increase"]?["2022-05"] = 1840
        let full = try HierarchyDecomposer(hierarchy: loans, panel: try TestSupport.panel(data))
            .decompose(month: try TestSupport.month("2023-05"), measure: .flow)
        #expect(full.missingComponentIDs.isEmpty)
        #expect(close(full.lines.last?.change, ((2844.01 - 2069.86) - (1987.95 - 1840)), 1e-9))
        TestSupport.expectAdditive(full)
    }

    /// YTD and 12-month sums of a flow on synthetic data: f = month index within the year for
    /// component a, constant 10 for b; the aggregate is a + b + 1 (other = 1 per month).
    @Test func flowWindows() throws {
        var a: [String: Double] = [:], b: [String: Double] = [:], x: [String: Double] = [:]
        for year in 2021...2023 {
            for m in 1...12 {
                let key = "\(year)-" + (m < 10 ? "0\(m)" : "\(m)")
                let av = Double(m) * (year == 2023 ? 2 : 1)
                a[key] = av; b[key] = 10; x[key] = av + 11
            }
        }
        let csv = """
            hierarchy,measure,role,component,formula,name_zh,name_en,order
            h,flow,aggregate,x,x,总,X,0
            h,flow,component,a,a,甲,A,1
            h,flow,component,b,b,乙,B,2
            """
        let h = try HierarchyTable.parse(csv: csv).hierarchy("h")
        let decomposer = HierarchyDecomposer(hierarchy: h, panel: try TestSupport.panel(["x": x, "a": a, "b": b]))
        let t = try TestSupport.month("2023-03")
        let ytd = try decomposer.decompose(month: t, measure: .flow, basis: .ytd)
        // 2023 Jan–Mar: a = 2+4+6 = 12, x = 12 + 33 = 45; 2022 Jan–Mar: a = 6, x = 39.
        #expect(ytd.aggregateLevel == 45 && ytd.aggregatePreviousLevel == 39)
        #expect(close(ytd.lines[0].contributionPoints, 100 * 6.0 / 39, 1e-12))
        #expect(ytd.lines[1].contributionPoints == 0)
        TestSupport.expectAdditive(ytd)
        let s12 = try decomposer.decompose(month: t, measure: .flow, basis: .sum12)
        // Apr 2022–Mar 2023: a = (4+…+12) + 12 = 72 + 12 = 84; Apr 2021–Mar 2022: a = 78.
        #expect(s12.lines[0].level == 84 && s12.lines[0].previousLevel == 78)
        #expect(s12.aggregateLevel == 84 + 132 && s12.aggregatePreviousLevel == 78 + 132)
        TestSupport.expectAdditive(s12)
        #expect(throws: DecompositionError.basisNotApplicable(basis: "ytd", measure: "stock")) {
            try decomposer.decompose(month: t, measure: .stock, basis: .ytd)
        }
        #expect(throws: DecompositionError.self) {
            try decomposer.decompose(month: try TestSupport.month("2021-06"), measure: .flow, basis: .ytd)
        }
    }

    /// Δg between two months equals the sum of the changes of contributions plus the change of residual.
    @Test func growthChange() throws {
        var data = Self.moneyData
        data["m0"]?["2022-04"] = 95000; data["m0"]?["2023-04"] = 104000
        data["m1"]?["2022-04"] = 640000; data["m1"]?["2023-04"] = 670000
        data["m2"]?["2022-04"] = 2500000; data["m2"]?["2023-04"] = 2805000
        data["m2_yoy"]?["2023-04"] = 12.4
        let decomposer = HierarchyDecomposer(
            hierarchy: try TestSupport.table().hierarchy("money"), panel: try TestSupport.panel(data))
        let change = try GrowthChangeDecomposition.decompose(
            decomposer, from: try TestSupport.month("2023-04"), to: try TestSupport.month("2023-05"))
        let sum = change.terms.reduce(0) { $0 + ($1.changePoints ?? 0) } + change.residualChangePoints
        #expect(abs(sum - change.growthChangePoints) < 1e-9)
        #expect(abs(change.growthChangePoints - (11.6 - 12.4)) < 1e-12)
        let m0Term = try #require(change.terms.first?.changePoints)
        #expect(abs(m0Term - (100 * 9209.85 / 2527026.15 - 100 * 9000.0 / 2500000)) < 1e-12)
    }

    @Test func logAllocationPublishedOnLogScale() throws {
        let decomposer = HierarchyDecomposer(
            hierarchy: try TestSupport.table().hierarchy("money"), panel: try TestSupport.panel(Self.moneyData))
        let d = try decomposer.decompose(month: try TestSupport.month("2023-05"), allocation: .logarithmic)
        #expect(abs(d.levelGrowthPercent - 100 * Foundation.log(2820504.68 / 2527026.15)) < 1e-12)
        #expect(close(d.publishedGrowthPercent, 100 * Foundation.log(1.116), 1e-12))
        TestSupport.expectAdditive(d)
    }

    @Test func missingAggregateIsAnError() throws {
        let decomposer = HierarchyDecomposer(
            hierarchy: try TestSupport.table().hierarchy("money"), panel: try TestSupport.panel(Self.moneyData))
        #expect(throws: DecompositionError.missingAggregate(id: "m2", month: "2023-06")) {
            try decomposer.decompose(month: try TestSupport.month("2023-06"))
        }
        #expect(throws: DecompositionError.measureNotDefined(hierarchy: "money", measure: "flow")) {
            try decomposer.decompose(month: try TestSupport.month("2023-05"), measure: .flow)
        }
    }
}
