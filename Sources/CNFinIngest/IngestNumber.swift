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

extension IngestRawFigure {
    /// The month the figure is for, or why it is not kept, given the month the figures are for
    /// (`--month`; ``IngestParser/parse(text:source:month:strict:)``).
    enum Dating {
        case month(Month)
        /// Neither the text nor `given` names its month or year.
        case noMonth
        /// The text dates it to another month than `given`.
        case otherMonth(Month, given: Month)
        /// A comparison with another year than the one before.
        case otherBaseYear(base: Int, year: Int)
    }

    func dating(given: Month?) -> Dating {
        guard let m = month ?? given?.month, let y = year ?? given?.year, let dated = Month(year: y, month: m) else {
            return .noMonth
        }
        if let given, given != dated { return .otherMonth(dated, given: given) }
        if let base = baseYear, base != y - 1 { return .otherBaseYear(base: base, year: y) }
        return .month(dated)
    }
}

/// What one parser found in one text.
struct IngestRawResult: Sendable {
    /// The figures, in the order of the text, without repeats (``append(_:)``).
    private(set) var figures: [IngestRawFigure] = []
    /// The month the figures are for (`--month`), if given: it decides which figures are dated.
    var given: Month?
    /// The figures kept that will be dated, without their spans.
    private var datedFigures: Set<IngestRawFigure> = []

    /// Appends `figure` unless it repeats an earlier figure that will be dated: the same fields
    /// but the span. ``IngestParser/reconcile(_:)`` keeps the first of equal statements (and names
    /// the first in a conflict), so a repeat changes no result; dropping it keeps memory to the
    /// distinct figures of a text that repeats itself. A figure that will not be dated is always
    /// kept: each one is reported as unparsed with its own span.
    mutating func append(_ figure: IngestRawFigure) {
        if case .month = figure.dating(given: given) {
            var key = figure
            key.span = IngestSpan(start: 0, end: 0, text: "")
            guard datedFigures.insert(key).inserted else { return }
        }
        figures.append(figure)
    }

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
