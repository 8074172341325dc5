import CNFinDatasets
import CNFinOutput
import CNFinSeries
import Testing
@testable import CNFinDecomposition

/// The decomposition's table and JSON (``HierarchyDecomposition/table(language:machine:)``,
/// ``HierarchyDecomposition/jsonValue(language:)``): readers get names and headers in their language, machines
/// the same keys and bytes in every language.
@Suite struct HierarchyDecompositionTableTests {
    static func money() throws -> HierarchyDecomposition {
        let hierarchy = try BundledDataDecompositionTests.table().hierarchy("money")
        let decomposer = HierarchyDecomposer(hierarchy: hierarchy, panel: try BundledDataDecompositionTests.panel())
        return try decomposer.decompose(month: try Month.parse("2023-05"), measure: .stock, basis: .yoy)
    }

    @Test func machineTableIsTheSameInEveryLanguage() throws {
        let d = try Self.money()
        let zh = d.table(language: .zh, machine: true), en = d.table(language: .en, machine: true)
        #expect(zh.columns.map(\.header) == ["month", "id", "name_zh", "name_en", "level", "share_pct", "growth_pct", "contribution_pp"])
        #expect(zh.rendered(as: .csv) == en.rendered(as: .csv))
        // The lines, then the sum of contributions, the residual and the aggregate.
        #expect(zh.rows.count == d.lines.count + 3)
        #expect(zh.rows.map { $0[1].display }.suffix(3) == ["sum_of_contributions", "residual", d.aggregate.id])
        #expect(zh.rows.allSatisfy { $0[0].display == "2023-05" })
    }

    @Test func readerTableIsInTheReadersLanguage() throws {
        let d = try Self.money()
        let zh = d.table(language: .zh), en = d.table(language: .en)
        #expect(zh.columns.map(\.header) == ["项目", "水平（亿元）", "占比（%）", "增速（%）", "贡献（百分点）"])
        #expect(en.columns.map(\.header) == ["component", "level (亿元)", "share (%)", "growth (%)", "contribution (pp)"])
        #expect(zh.rows.last?.first?.display == d.aggregate.nameZh && en.rows.last?.first?.display == d.aggregate.nameEn)
        #expect(zh.title?.contains("2023-05 对 2022-05") == true && en.title?.contains("2023-05 vs 2022-05") == true)
    }

    @Test func jsonKeysDoNotChangeWithTheLanguage() throws {
        let d = try Self.money()
        guard case let .object(zh) = d.jsonValue(language: .zh), case let .object(en) = d.jsonValue(language: .en) else {
            Issue.record("not an object")
            return
        }
        #expect(zh.map(\.key) == en.map(\.key))
        #expect(zh.map(\.key).first == "hierarchy" && zh.map(\.key).last == "notes")
    }

    @Test func zeroPrintsWithoutASign() {
        #expect(HierarchyDecomposition.fixed(-0.0004, 3) == "0.000")
        #expect(HierarchyDecomposition.fixed(-0.0006, 3) == "-0.001")
    }
}
