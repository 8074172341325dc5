import CNFinDecomposition
import CNFinTestSupport
import Testing

/// ``DecompositionError`` speaks English (its `description`, unchanged) and Chinese with the same data
/// (issue 17); the checks are ``ErrorMessageCheck``'s.
@Suite struct DecompositionErrorMessageTests {
    /// One sample per case, and one per phrase form the decomposition, formula parser and hierarchy
    /// table give — this list grows with the enum and its callers.
    static let samples: [DecompositionError] = [
        .mismatchedLengths(what: "level of component 2", expected: 3, actual: 2),
        .nonFinite(what: "aggregate level"),
        .nonFinite(what: "level of component 3"),
        .nonFinite(what: "base"),
        .zeroBase(what: "the base of the aggregate's growth"),
        .logUndefined(what: "aggregate -5.0 → 10.0"),
        .logUndefined(what: "the base must be the earlier level of the aggregate"),
        .invalidFormula(formula: "a + + b", reason: "two operators in a row"),
        .invalidFormula(formula: "a b", reason: "expected + or - before \"b\""),
        .invalidFormula(formula: "1x2*a", reason: "\"1x2\" is not a number"),
        .invalidFormula(formula: "2 a", reason: "a number must be followed by * and a series id"),
        .invalidFormula(formula: "a + $", reason: "expected a series id (letters, digits, _)"),
        .invalidFormula(formula: "", reason: "empty formula"),
        .invalidFormula(formula: "a +", reason: "ends with an operator"),
        .invalidHierarchyTable(line: 4, reason: "empty hierarchy id"),
        .invalidHierarchyTable(line: 4, reason: "measure must be stock or flow, not \"level\""),
        .invalidHierarchyTable(line: 4, reason: "empty component id"),
        .invalidHierarchyTable(line: 4, reason: "duplicate line \"household\" in loans stock"),
        .invalidHierarchyTable(line: 4, reason: "order must be an integer, not \"x\""),
        .invalidHierarchyTable(line: 4, reason: "invalid formula \"a + + b\": two operators in a row"),
        .invalidHierarchyTable(line: 4, reason: "second aggregate for loans flow"),
        .invalidHierarchyTable(line: 4, reason: "the aggregate needs a formula"),
        .invalidHierarchyTable(line: 4, reason: "component \"household\" needs a formula"),
        .invalidHierarchyTable(line: 4, reason: "second \"other\" line for loans stock"),
        .invalidHierarchyTable(line: 4, reason: "the \"other\" line is the remainder and takes no formula"),
        .invalidHierarchyTable(line: 4, reason: "role must be aggregate, component or other, not \"sum\""),
        .invalidHierarchyTable(line: 0, reason: "loans stock has no aggregate line"),
        .invalidHierarchyTable(line: 1, reason: "no hierarchies"),
        .unknownHierarchy(id: "loan", known: ["loans", "deposits", "money", "tsf"]),
        .measureNotDefined(hierarchy: "money", measure: "flow"),
        .basisNotApplicable(basis: "ytd", measure: "stock"),
        .missingAggregate(id: "loans_balance", month: "2023-05"),
        .noData(hierarchy: "loans"),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func chineseWording() {
        #expect(DecompositionError.basisNotApplicable(basis: "ytd", measure: "stock").message(in: .zh) == "口径「ytd」不适用于存量")
    }

    /// A real failure of the formula parser is translated, not quoted.
    @Test func aRealFailureIsTranslated() {
        do {
            _ = try LinearFormula.parse("a + + b")
            Issue.record("no error")
        } catch {
            let problems = ErrorMessageCheck.problems(of: error)
            #expect(problems.isEmpty, "\(problems)")
        }
    }
}
