import Testing
import CNFinARIMA

/// `ARIMAOrder(parsing:)`: the command-line and printed forms of a model order; every order is range-checked
/// as by the memberwise initialiser. Integer results, so exact comparison is the right test.
@Suite struct ARIMAOrderParsingTests {
    @Test func acceptsTheWrittenForms() throws {
        #expect(try ARIMAOrder(parsing: "1,1,1") == ARIMAOrder(p: 1, d: 1, q: 1))
        #expect(try ARIMAOrder(parsing: "2,1,0(1,1,0)") == ARIMAOrder(p: 2, d: 1, q: 0, seasonalP: 1, seasonalD: 1, seasonalQ: 0))
        #expect(try ARIMAOrder(parsing: " (0,1,1)(0,1,1) ") == .airline)
        #expect(try ARIMAOrder(parsing: "(1,0,0)") == ARIMAOrder(p: 1, d: 0, q: 0))
        // The printed form reads back.
        let order = try ARIMAOrder(p: 3, d: 1, q: 2, seasonalP: 1, seasonalD: 0, seasonalQ: 1)
        #expect(try ARIMAOrder(parsing: order.description) == order)
        // Seasonal orders alone, with the regular part given.
        #expect(try ARIMAOrder(parsingSeasonal: "1,0,1", regular: ARIMAOrder(p: 1, d: 1, q: 0))
                == ARIMAOrder(p: 1, d: 1, q: 0, seasonalP: 1, seasonalD: 0, seasonalQ: 1))
    }

    @Test(arguments: ["1,1", "1,1,1,1", "a,1,1", "1,,1", "0,1,1(0,1)", "0,1,1(0,1,1", "", "0;1;1"])
    func malformedTextIsInvalid(_ text: String) {
        #expect(throws: ARIMAError.self) { try ARIMAOrder(parsing: text) }
    }

    @Test func ordersOutsideTheirLimitsAreRefusedByName() {
        #expect(throws: ARIMAError.orderOutOfRange(name: "p", value: 9, allowed: "0…6")) { try ARIMAOrder(parsing: "9,1,1") }
        #expect(throws: ARIMAError.orderOutOfRange(name: "D", value: 2, allowed: "0…1")) { try ARIMAOrder(parsing: "0,1,1(0,2,1)") }
        #expect(throws: ARIMAError.orderOutOfRange(name: "Q", value: 3, allowed: "0…2")) { try ARIMAOrder(parsingSeasonal: "0,1,3") }
        #expect(throws: ARIMAError.orderOutOfRange(name: "q", value: -1, allowed: "0…6")) { try ARIMAOrder(parsing: "0,1,-1") }
    }
}
