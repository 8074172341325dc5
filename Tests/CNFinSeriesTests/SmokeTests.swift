import Testing

@Test func CNFinSeriesTestsBuilds() { #expect(Bool(true)) }
