import Testing

@Test func CNFinCLITestsBuilds() { #expect(Bool(true)) }
