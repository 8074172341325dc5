import Testing
@testable import CNFinSeries

/// Differences of printed figures are stated at the coarser input's precision.
@Suite struct PrintedPrecisionTests {
    @Test func decimalsOfPrintedFigures() {
        #expect(PrintedPrecision.decimals(of: 11.4) == 1)
        #expect(PrintedPrecision.decimals(of: 13600) == 0)
        #expect(PrintedPrecision.decimals(of: 2820504.68) == 2)
        #expect(PrintedPrecision.decimals(of: 11.05140637580988) == nil)
        #expect(PrintedPrecision.decimals(of: 1e-20) == nil)
    }

    @Test func differences() {
        // 4.7 − 11.6 in binary is -6.8999999999999995; as printed figures the difference is -6.9.
        #expect(PrintedPrecision.difference(4.7, 11.6) == -6.9)
        #expect(PrintedPrecision.difference(1.3, 7.2) == -5.9)
        // A rounded print minus an unrounded value: at the print's precision.
        #expect(PrintedPrecision.difference(8.1, 11.8234567) == -3.7)
        // A printed 8.0 is the double 8: the caller states the rates' precision.
        #expect(PrintedPrecision.difference(8.0, 11.8234567, atLeast: 1) == -3.8)
        #expect(PrintedPrecision.difference(8.0, 11.8234567) == -4)
        #expect(PrintedPrecision.difference(11.8234567, 8.5) == 3.3)
        // Two unrounded values: unrounded.
        let a = 11.05140637580988, b = 9.123456789012
        #expect(PrintedPrecision.difference(a, b) == a - b)
    }

    @Test func groupedGrowthNotes() {
        let m = { (s: String) in Month(s) ?? Month(index: 0) }
        let notes = ["2023-01", "2023-02", "2023-03", "2023-05"].map {
            GrowthNote(seriesID: "loans_balance", month: m($0), comparedWith: m($0).advanced(by: -12), breakID: "b",
                       resolution: .leftMissing, levelRate: nil, message: "")
        }
        let lines = GrowthNote.grouped(notes) { $0 == "b" ? "what changed" : nil }
        #expect(lines.count == 1)
        #expect(lines[0].contains("2023-01…2023-03, 2023-05 (4 months)"))
        #expect(lines[0].contains("'b' (what changed)"))
    }
}
