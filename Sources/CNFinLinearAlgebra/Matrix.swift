/// A dense, column-major matrix of `Double` with value semantics.
///
/// Storage is a Swift `Array`, so copies are cheap until one of them is mutated
/// (copy-on-write). Element `(i, j)` lives at `storage[i + j * rows]`, the layout
/// BLAS and LAPACK expect with leading dimension `rows`.
public struct Matrix: Sendable, Equatable, CustomStringConvertible {
    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// Column-major elements; `count == rows * columns`.
    public internal(set) var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        self.storage = Array(repeating: value, count: self.rows * self.columns)
    }

    /// A matrix from column-major elements.
    /// - Throws: `dimensionMismatch` when `columnMajor.count != rows * columns`.
    public init(rows: Int, columns: Int, columnMajor: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, columnMajor.count == rows * columns else {
            throw .dimensionMismatch(operation: "Matrix(rows:columns:columnMajor:)",
                                     details: "\(columnMajor.count) elements for a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.storage = columnMajor
    }

    /// A matrix from an array of rows (as written on paper).
    /// - Throws: `dimensionMismatch` when the rows have different lengths.
    public init(rowMajor: [[Double]]) throws(LinearAlgebraError) {
        let r = rowMajor.count
        let c = rowMajor.first?.count ?? 0
        var s = [Double](repeating: 0, count: r * c)
        for (i, row) in rowMajor.enumerated() {
            guard row.count == c else {
                throw .dimensionMismatch(operation: "Matrix(rowMajor:)", details: "row \(i) has \(row.count) elements, row 0 has \(c)")
            }
            for j in 0..<c { s[i + j * r] = row[j] }
        }
        self.rows = r
        self.columns = c
        self.storage = s
    }

    /// A matrix whose columns are the given arrays.
    /// - Throws: `dimensionMismatch` when the columns have different lengths.
    public init(columns cols: [[Double]]) throws(LinearAlgebraError) {
        let r = cols.first?.count ?? 0
        var s: [Double] = []
        s.reserveCapacity(r * cols.count)
        for (j, col) in cols.enumerated() {
            guard col.count == r else {
                throw .dimensionMismatch(operation: "Matrix(columns:)", details: "column \(j) has \(col.count) elements, column 0 has \(r)")
            }
            s.append(contentsOf: col)
        }
        self.rows = r
        self.columns = cols.count
        self.storage = s
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<max(n, 0) { m.storage[i + i * n] = 1 }
        return m
    }

    /// Element at row `i`, column `j` (zero-based).
    public subscript(i: Int, j: Int) -> Double {
        get { storage[i + j * rows] }
        set { storage[i + j * rows] = newValue }
    }

    /// Column `j` as a slice of the storage (no copy).
    public func column(_ j: Int) -> ArraySlice<Double> {
        storage[(j * rows)..<((j + 1) * rows)]
    }

    /// Replaces column `j`.
    public mutating func setColumn(_ j: Int, _ values: [Double]) throws(LinearAlgebraError) {
        guard j >= 0, j < columns, values.count == rows else {
            throw .dimensionMismatch(operation: "Matrix.setColumn", details: "column \(j) of \(columns), \(values.count) values for \(rows) rows")
        }
        storage.replaceSubrange((j * rows)..<((j + 1) * rows), with: values)
    }

    /// Row `i` as a new array.
    public func row(_ i: Int) -> [Double] {
        (0..<columns).map { storage[i + $0 * rows] }
    }

    /// The transpose `Aᵀ`.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] }
        }
        return t
    }

    /// The main diagonal.
    public var diagonal: [Double] {
        (0..<min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    /// Rows `range` and all columns, as a new matrix.
    public func rows(_ range: Range<Int>) -> Matrix {
        var m = Matrix(rows: range.count, columns: columns)
        for j in 0..<columns {
            for (k, i) in range.enumerated() { m.storage[k + j * range.count] = storage[i + j * rows] }
        }
        return m
    }

    /// The columns listed in `indices`, in that order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var s: [Double] = []
        s.reserveCapacity(rows * indices.count)
        for j in indices { s.append(contentsOf: column(j)) }
        var m = Matrix(rows: rows, columns: 0)
        m.columns = indices.count
        m.storage = s
        return m
    }

    /// True when every element is finite.
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }

    /// Maximum absolute element difference, `max |aᵢⱼ − bᵢⱼ|`; `nil` when shapes differ.
    public func maxAbsDifference(_ other: Matrix) -> Double? {
        guard rows == other.rows, columns == other.columns else { return nil }
        var d = 0.0
        for k in storage.indices { d = Swift.max(d, abs(storage[k] - other.storage[k])) }
        return d
    }

    public var description: String {
        var lines: [String] = []
        for i in 0..<rows {
            lines.append((0..<columns).map { String(self[i, $0]) }.joined(separator: "\t"))
        }
        return "Matrix \(rows)×\(columns)\n" + lines.joined(separator: "\n")
    }
}
