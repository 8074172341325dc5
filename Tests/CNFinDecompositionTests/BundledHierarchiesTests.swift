import Foundation
import Testing
@testable import CNFinDecomposition

/// The committed `Datasets/data/hierarchies.csv` parses, has the four hierarchies,
/// and its bundled copy is byte-identical.
@Suite struct BundledHierarchiesTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func committedTableParses() throws {
        let url = Self.repository.appendingPathComponent("Datasets/data/hierarchies.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let table = try HierarchyTable.parse(csv: text)
        #expect(table.ids == ["money", "loans", "deposits", "tsf"])
        let money = try table.hierarchy("money").measure(.stock)
        #expect(money.components.map { $0.formula?.description } == ["m0", "m1 - m0", "m2 - m1"])
        #expect(money.publishedGrowthID == "m2_yoy")
        #expect(try table.hierarchy("tsf").measure(.stock).components.count == 10)
        #expect(try table.hierarchy("tsf").measure(.flow).components.count == 10)
        #expect(try table.hierarchy("loans").measure(.flow).components.count == 6)
        #expect(try table.hierarchy("deposits").measure(.stock).components.count == 4)
        let bundled = Self.repository.appendingPathComponent("Sources/CNFinDatasets/Resources/data/hierarchies.csv")
        #expect(try Data(contentsOf: bundled) == Data(contentsOf: url))
    }
}
