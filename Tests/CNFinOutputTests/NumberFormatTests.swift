import Foundation
import Testing
@testable import CNFinOutput

/// One number of decimals per column, chosen from the column's format; CSV keeps exact numbers.
@Suite struct NumberFormatTests {
    @Test func fixedDecimalsPerColumn() {
        let table = Table(
            columns: [TableColumn("id"), TableColumn("value", alignment: .right, unit: "亿元"),
                      TableColumn("yoy", alignment: .right, unit: "%")],
            rows: [["a", .number(13600), .number(8)], ["b", .number(18355.96), .number(8.5)], ["c", .missing, .number(-0.8)]])
        #expect(table.displayRows == [["a", "13600.00", "8.0"], ["b", "18355.96", "8.5"], ["c", "", "-0.8"]])
        // Markdown and LaTeX print the same text; CSV the exact values.
        #expect(table.rendered(as: .markdown).contains("| a | 13600.00 | 8.0 |"))
        #expect(table.rendered(as: .latex).contains("b & 18355.96 & 8.5 \\\\"))
        #expect(table.rendered(as: .csv) == "id,value,yoy\na,13600,8\nb,18355.96,8.5\nc,,-0.8\n")
    }

    @Test func unitsChooseTheFormat() {
        #expect(NumberFormat.forUnit("亿元") == .amount)
        #expect(NumberFormat.forUnit("%") == .rate)
        #expect(NumberFormat.forUnit("pp") == .rate)
        #expect(NumberFormat.forUnit("个百分点") == .rate)
        #expect(NumberFormat.forUnit("index") == nil)
    }

    /// Significant digits: the column's largest magnitude decides one number of decimals for all cells.
    @Test func significantDigitsGiveOneDecimalsCountPerColumn() {
        let format = NumberFormat(.significant(4))
        #expect(format.decimals(for: [9.3854816, 0.096212922]) == 3)
        #expect(format.decimals(for: [1234.5, 0.5]) == 0)
        #expect(format.decimals(for: [0.0123, -0.004]) == 5)
        #expect(format.decimals(for: []) == 3)
        let table = Table(columns: [TableColumn("coef", alignment: .right, numberFormat: format)],
                          rows: [[.number(9.3854816)], [.number(0.096212922)]])
        #expect(table.displayRows == [["9.385"], ["0.096"]])
    }

    @Test func thousandsSeparators() {
        let table = Table(columns: [TableColumn("v", alignment: .right, unit: "亿元")], rows: [[.number(3614200)]])
        #expect(table.groupingThousands().displayRows == [["3,614,200.00"]])
        // CSV stays machine-readable.
        #expect(table.groupingThousands().rendered(as: .csv) == "v\n3614200\n")
    }

    /// A value that rounds to zero prints without a sign; half-way cases round away from zero.
    @Test func roundingAndSign() {
        #expect(NumberFormat(.decimals(3)).text(-0.0002, decimals: 3) == "0.000")
        #expect(NumberFormat.rate.text(0.25, decimals: 1) == "0.3")
        #expect(NumberFormat.rate.text(-0.25, decimals: 1) == "-0.3")
        #expect(NumberFormat.rate.text(8, decimals: 1) == "8.0")
    }

    /// Cells in columns without a format keep their own display text; CSV writes exact numbers even
    /// when the display text was rounded.
    @Test func csvIsExactWhateverTheDisplay() {
        let table = Table(headers: ["x"], rows: [[.number(0.1 + 0.2, display: "0.30")], [.number(.nan, display: "NaN")]])
        #expect(table.displayRows == [["0.30"], ["NaN"]])
        // A one-column record whose only field is empty is written `""` (not a blank line, which a
        // reader skips): the CSV round trip the fuzz target checks.
        #expect(table.rendered(as: .csv) == "x\n\(0.1 + 0.2)\n\"\"\n")
    }
}
