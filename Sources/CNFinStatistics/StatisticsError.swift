import CNFinLinearAlgebra

/// Errors raised by the statistics layer. Each case carries enough context (column
/// names, counts, file positions) for a user to find and fix the problem.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
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
    /// A column named by the user is not in the table.
    case unknownColumn(name: String, available: [String])
    /// A cell could not be read as a number.
    case nonNumericCell(file: String, line: Int, column: String, text: String)
    /// A cell is empty (or NA) and missing values were not allowed.
    case missingCell(file: String, line: Int, column: String)
    /// A malformed CSV file (e.g. wrong number of fields on a line).
    case malformedCSV(file: String, line: Int, details: String)
    /// A linear-algebra failure that input checks did not anticipate.
    case linearAlgebra(LinearAlgebraError)

    public var description: String {
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
            return "column '\(name)' is constant and an intercept is already in the model; drop the column or use --no-intercept"
        case let .invalidWeight(index, value):
            return "weight at index \(index) is \(value); weights must be positive and finite"
        case let .invalidArgument(message):
            return message
        case let .unknownColumn(name, available):
            return "no column named '\(name)'; available columns: \(available.joined(separator: ", "))"
        case let .nonNumericCell(file, line, column, text):
            return "\(file):\(line): column '\(column)': '\(text)' is not a number"
        case let .missingCell(file, line, column):
            return "\(file):\(line): column '\(column)': missing value (use --dropna to drop incomplete rows)"
        case let .malformedCSV(file, line, details):
            return "\(file):\(line): \(details)"
        case let .linearAlgebra(error):
            return error.description
        }
    }
}

/// Runs a linear-algebra call, wrapping its error.
@inline(__always)
func la<T>(_ body: () throws(LinearAlgebraError) -> T) throws(StatisticsError) -> T {
    do { return try body() } catch { throw .linearAlgebra(error) }
}

/// Checks that every value is finite.
func requireFinite(_ values: [Double], _ what: String) throws(StatisticsError) {
    for (i, v) in values.enumerated() where !v.isFinite { throw .nonFinite(what: what, index: i) }
}
