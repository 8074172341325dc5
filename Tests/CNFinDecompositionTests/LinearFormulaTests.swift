import Testing
@testable import CNFinDecomposition

@Suite struct LinearFormulaTests {
    @Test func parsesSumsAndDifferences() throws {
        let f = try LinearFormula.parse(" m1 - m0 ")
        #expect(f.terms == [.init(coefficient: 1, seriesID: "m1"), .init(coefficient: -1, seriesID: "m0")])
        #expect(f.description == "m1 - m0")
        let g = try LinearFormula.parse("-a + 2*b_2 - 0.5 * c")
        #expect(g.terms.map(\.coefficient) == [-1, 2, -0.5])
        #expect(g.seriesIDs == ["a", "b_2", "c"])
        #expect(g.evaluate { ["a": 1, "b_2": 3, "c": 4][$0] } == 3)
        #expect(g.evaluate { ["a": 1][$0] } == nil)
    }

    @Test(arguments: ["", "m1 -", "m1 m0", "m1 + - m0", "2 m1", "1x", "m1 * m0", "m1 + ?"])
    func rejects(_ text: String) {
        #expect(throws: DecompositionError.self) { try LinearFormula.parse(text) }
    }
}
