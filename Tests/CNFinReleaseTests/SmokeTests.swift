import Testing

@Test func CNFinReleaseTestsBuilds() { #expect(Bool(true)) }
