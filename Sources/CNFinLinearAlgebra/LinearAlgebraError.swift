import CNFinSupport

/// Errors raised by the linear-algebra layer. Every BLAS/LAPACK wrapper checks its
/// arguments before calling into the library and turns a non-zero LAPACK `info`
/// into one of these cases, naming the routine and what `info` means.
public enum LinearAlgebraError: Error, Equatable, Sendable, LocalizedMessage {
    /// Operand shapes do not fit the operation, e.g. `A` is 3×2 and `b` has 4 rows.
    case dimensionMismatch(operation: String, details: String)
    /// A matrix or vector with no elements was passed where at least one is needed.
    case empty(operation: String)
    /// An input holds NaN or ±Inf.
    case nonFinite(operation: String)
    /// A dimension does not fit LAPACK's 32-bit integer.
    case tooLarge(operation: String, size: Int)
    /// LAPACK reported an illegal argument (`info = -i`). Indicates a bug in cnfin.
    case illegalArgument(routine: String, position: Int)
    /// A triangular or general factor is exactly singular: `U(i,i)` or `R(i,i)` is zero (`info = i > 0`).
    case singular(routine: String, index: Int)
    /// Cholesky found that the leading minor of order `order` is not positive definite.
    case notPositiveDefinite(routine: String, order: Int)
    /// An iterative algorithm (SVD, eigen, least-squares SVD) did not converge (`info > 0`).
    case noConvergence(routine: String, info: Int)

    public var description: String { message(in: .en) }

    /// The message in `language`. In Chinese the routine or operation is quoted as named (`「dgeqp3」`),
    /// and so are a shape mismatch's details, which are the routine's own account of its operands.
    public func message(in language: DisplayLanguage) -> String {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    private var english: String {
        switch self {
        case let .dimensionMismatch(operation, details):
            return "\(operation): dimension mismatch: \(details)"
        case let .empty(operation):
            return "\(operation): the matrix or vector is empty (zero rows or columns)"
        case let .nonFinite(operation):
            return "\(operation): the input contains NaN or infinite values"
        case let .tooLarge(operation, size):
            return "\(operation): dimension \(size) exceeds LAPACK's 32-bit integer range"
        case let .illegalArgument(routine, position):
            return "\(routine): argument \(position) had an illegal value (info = -\(position)); this is a bug in cnfin"
        case let .singular(routine, index):
            return "\(routine): the matrix is exactly singular: diagonal element \(index) of the factor is zero"
        case let .notPositiveDefinite(routine, order):
            return "\(routine): the matrix is not positive definite (the leading minor of order \(order) is not positive)"
        case let .noConvergence(routine, info):
            return "\(routine): the algorithm failed to converge (info = \(info))"
        }
    }

    private var chinese: String {
        let q = ChineseWording.quoted
        switch self {
        case let .dimensionMismatch(operation, details):
            return "\(q(operation))：维数不匹配（\(q(details))）"
        case let .empty(operation):
            return "\(q(operation))：矩阵或向量为空（行数或列数为零）"
        case let .nonFinite(operation):
            return "\(q(operation))：输入含有非有限值（非数或无穷大）"
        case let .tooLarge(operation, size):
            return "\(q(operation))：维数\(size)超出线性代数库32位整数的表示范围"
        case let .illegalArgument(routine, position):
            return "\(q(routine))：第\(position)个参数取值非法（返回码 -\(position)），这是本程序的缺陷"
        case let .singular(routine, index):
            return "\(q(routine))：矩阵严格奇异，分解因子的第\(index)个对角元为零"
        case let .notPositiveDefinite(routine, order):
            return "\(q(routine))：矩阵不是正定矩阵（\(order)阶顺序主子式不为正）"
        case let .noConvergence(routine, info):
            return "\(q(routine))：算法未收敛（返回码 \(info)）"
        }
    }
}

/// Converts a Swift `Int` dimension into LAPACK's `lapack_int` (Int32).
@inline(__always)
func lapackInt(_ value: Int, _ operation: String) throws(LinearAlgebraError) -> Int32 {
    guard value >= 0, value <= Int(Int32.max) else { throw .tooLarge(operation: operation, size: value) }
    return Int32(value)
}

/// Checks that every element is finite.
@inline(__always)
func requireFinite(_ values: [Double], _ operation: String) throws(LinearAlgebraError) {
    for v in values where !v.isFinite { throw .nonFinite(operation: operation) }
}

/// Maps a negative `info` to `illegalArgument`.
@inline(__always)
func checkIllegal(_ info: Int32, _ routine: String) throws(LinearAlgebraError) {
    if info < 0 { throw .illegalArgument(routine: routine, position: Int(-info)) }
}
