import Testing

@Test func CNFinLinearAlgebraTestsBuilds() { #expect(Bool(true)) }
