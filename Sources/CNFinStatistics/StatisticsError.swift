import CNFinLinearAlgebra
import CNFinSupport

/// Errors raised by the statistics layer. Each case carries enough context (column
/// names, counts, file positions) for a user to find and fix the problem.
public enum StatisticsError: Error, Equatable, Sendable, LocalizedMessage {
    /// Arrays that must have one entry per observation have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// Too few observations for the requested model or test.
    case tooFewObservations(what: String, needed: Int, available: Int)
    /// A NaN or infinite value was found.
    case nonFinite(what: String, index: Int)
    /// The design matrix is numerically rank deficient; `dependent` names the columns
    /// beyond the numerical rank in pivot order (each is, to working precision, a linear
    /// combination of the others).
    case rankDeficient(rank: Int, columns: Int, dependent: [String], conditionNumber: Double)
    /// A regressor column is constant while an intercept is also in the model.
    case constantColumn(name: String)
    /// A regression weight is not positive and finite.
    case invalidWeight(index: Int, value: Double)
    /// An argument is outside its valid range.
    case invalidArgument(String)
    /// A linear-algebra failure that input checks did not anticipate.
    case linearAlgebra(LinearAlgebraError)
    /// A statistic that cannot be computed from these data (e.g. a zero variance in a
    /// denominator); never reported as a number or a p-value.
    case notComputable(statistic: String, reason: String)
    /// Months that must be consecutive (time-series tests, positional lags) have a gap: the sample
    /// runs `first`–`last`, no complete value exists in `missing` (one month or a range), the last
    /// month before the gap is `lastBefore` and the first after it `firstAfter`; `missingIn` names the
    /// series (comma-separated ids, `id.Lk` for a lag) without a value in the gap's first month.
    case notConsecutive(first: String, last: String, missing: String, lastBefore: String, firstAfter: String, missingIn: String)
    /// A computation whose size, derived from the input, exceeds a limit (`size` and
    /// `limit` in the unit named by `what`, e.g. cells of a design matrix).
    case tooLarge(what: String, size: Int, limit: Int)

    public var description: String { message(in: .en) }

    /// The message in `language` (the Chinese one is built in `StatisticsError+Chinese.swift`).
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case let .lengthMismatch(what, expected, actual):
            return "\(what): expected \(expected) values, got \(actual)"
        case let .tooFewObservations(what, needed, available):
            return "\(what): needs at least \(needed) observations, only \(available) available"
        case let .nonFinite(what, index):
            return "\(what): value at index \(index) is NaN or infinite"
        case let .rankDeficient(rank, columns, dependent, cond):
            return "the design matrix is rank deficient (numerical rank \(rank) of \(columns) columns, condition number \(cond)); "
                + "linearly dependent column(s): \(dependent.joined(separator: ", ")) — drop them, or ask for a minimum-norm solution"
        case let .constantColumn(name):
            return "column '\(name)' is constant and an intercept is already in the model; drop the column"
        case let .invalidWeight(index, value):
            return "weight at index \(index) is \(value); weights must be positive and finite"
        case let .invalidArgument(message):
            return message
        case let .linearAlgebra(error):
            return error.description
        case let .notComputable(statistic, reason):
            return "\(statistic) cannot be computed: \(reason)"
        case let .notConsecutive(first, last, missing, _, _, missingIn):
            let which = missingIn.isEmpty ? "" : " (no value of \(missingIn))"
            return "the months \(first)–\(last) are not consecutive: no complete value in \(missing)\(which); "
                + "restrict the sample to a gap-free span"
        case let .tooLarge(what, size, limit):
            return "\(what) would need \(size) cells, more than the limit of \(limit)"
        }
    }
}

/// Runs a linear-algebra call, wrapping its error.
@inline(__always)
func la<T>(_ body: () throws(LinearAlgebraError) -> T) throws(StatisticsError) -> T {
    do { return try body() } catch { throw .linearAlgebra(error) }
}

/// Limits on work sized from input, so that a large option value is refused with a
/// clear error instead of an allocation that exhausts memory.
public enum StatisticsLimits {
    /// The largest dense design matrix (rows × columns) built: 2²⁶ cells (512 MiB of
    /// doubles). A monthly regression has a few thousand cells; ADF's default lag on
    /// 200 000 rows needs 1.7·10⁷.
    public static let maximumDesignCells = 1 << 26

    /// Checks `rows × columns` (without overflow) against ``maximumDesignCells``.
    public static func checkDesign(rows: Int, columns: Int, what: String) throws(StatisticsError) {
        let (cells, overflow) = max(rows, 0).multipliedReportingOverflow(by: max(columns, 0))
        guard !overflow, cells <= maximumDesignCells else {
            throw .tooLarge(what: "\(what) (\(rows) × \(columns))", size: overflow ? Int.max : cells, limit: maximumDesignCells)
        }
    }
}

/// A power of two `2ᵏ` with `2ᵏ ≤ max|xᵢ| < 2ᵏ⁺¹` (1 for an all-zero or empty array):
/// dividing by it is exact and brings the data to order one, so that sums of squares
/// neither overflow (values near 10¹⁶⁰) nor underflow. Scale-invariant statistics
/// (t, ADF τ, KPSS η) are computed on the scaled data.
func powerOfTwoScale(_ values: [Double]) -> Double {
    var largest = 0.0
    for v in values { largest = max(largest, abs(v)) }
    guard largest.isFinite, largest > 0 else { return 1 }
    return Double(sign: .plus, exponent: largest.exponent, significand: 1)
}

/// `values` divided by ``powerOfTwoScale(_:)`` (exact, barring subnormal results).
func scaledToUnitOrder(_ values: [Double]) -> [Double] {
    let scale = powerOfTwoScale(values)
    return scale == 1 ? values : values.map { $0 / scale }
}

/// `Σ terms`, saturating at `Int.max`/`Int.min` instead of trapping: observation counts derived
/// from user-given lags (`--lags 9223372036854775807`) for error messages and comparisons.
func saturatingSum(_ terms: Int...) -> Int {
    var total = 0
    for t in terms {
        let (s, overflow) = total.addingReportingOverflow(t)
        if overflow { return t > 0 ? .max : .min }
        total = s
    }
    return total
}

/// `a·b`, saturating at `Int.max`/`Int.min` instead of trapping.
func saturatingProduct(_ a: Int, _ b: Int) -> Int {
    let (p, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? ((a < 0) != (b < 0) ? .min : .max) : p
}

/// Checks that every value is finite.
func requireFinite(_ values: [Double], _ what: String) throws(StatisticsError) {
    for (i, v) in values.enumerated() where !v.isFinite { throw .nonFinite(what: what, index: i) }
}
