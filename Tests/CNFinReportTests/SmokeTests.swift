import Testing

@Test func CNFinReportTestsBuilds() { #expect(Bool(true)) }
