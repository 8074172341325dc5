import Testing

@Test func CNFinDecompositionTestsBuilds() { #expect(Bool(true)) }
