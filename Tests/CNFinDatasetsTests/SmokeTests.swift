import Testing

@Test func CNFinDatasetsTestsBuilds() { #expect(Bool(true)) }
