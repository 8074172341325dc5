import CNFinDatasets
import CNFinSeries

/// A number as printed: its digits as an integer mantissa and the count of
/// decimals, so that values and their rounding step are exact.
struct IngestNumber: Sendable, Hashable {
    var mantissa: Int
    var decimals: Int

    /// Parses `12,345.67`-style digits (commas between digits are dropped).
    init?(_ scalars: some Collection<Unicode.Scalar>) {
        var mantissa = 0
        var decimals = 0
        var seenPoint = false
        var digits = 0
        for c in scalars {
            if c == "," { continue }
            if c == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard ("0"..."9").contains(c) else { return nil }
            let d = Int(c.value) - 48
            guard digits < 15 else { return nil }
            mantissa = mantissa * 10 + d
            digits += 1
            if seenPoint { decimals += 1 }
        }
        guard digits > 0 else { return nil }
        self.mantissa = mantissa
        self.decimals = decimals
    }

    /// The number times 10^exponent, computed with one correctly rounded operation.
    func scaled(byPowerOfTen exponent: Int) -> Double {
        let shift = exponent - decimals
        if shift >= 0 {
            return Double(mantissa) * IngestNumber.power(shift)
        }
        return Double(mantissa) / IngestNumber.power(-shift)
    }

    /// The value of one unit in the last printed digit, times 10^exponent.
    func resolution(byPowerOfTen exponent: Int) -> Double {
        let shift = exponent - decimals
        return shift >= 0 ? IngestNumber.power(shift) : 1 / IngestNumber.power(-shift)
    }

    static func power(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<max(0, n) { r *= 10 }
        return r
    }
}

/// A figure before its month and year are resolved.
struct IngestRawFigure: Sendable, Hashable {
    var year: Int?
    var month: Int?
    var id: String
    var value: Double
    var unit: String
    var measure: FigureMeasure
    var span: IngestSpan
    var resolution: Double
    /// The year a comparison is made with when the text names it (比2028年同期多增 → 2028);
    /// a year-on-year measure only when it is the year before the figure's.
    var baseYear: Int? = nil
}

/// What one parser found in one text.
struct IngestRawResult: Sendable {
    var figures: [IngestRawFigure] = []
    var unparsed: [(span: IngestSpan, reason: IngestUnparsedReason)] = []
    /// A count of all amounts and rates seen (parsed or not).
    var figureCount = 0
    /// Scalars visited or copied while parsing: a measure of the work done,
    /// linear in the length of the text (checked by the tests without a clock).
    var work = 0
}

extension IngestNumber {
    /// A number from its digits as an integer and its count of decimals.
    init(mantissa: Int, decimals: Int) {
        self.mantissa = mantissa
        self.decimals = decimals
    }
}
