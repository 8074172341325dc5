import Testing

@Test func CNFinStatisticsTestsBuilds() { #expect(Bool(true)) }
