import Testing

@Test func CNFinChartsTestsBuilds() { #expect(Bool(true)) }
