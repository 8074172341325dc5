import Testing

@Test func CNFinSeasonalTestsBuilds() { #expect(Bool(true)) }
