import CNFinLinearAlgebra

/// Window scheme for ``RollingOLS``.
public enum RollingScheme: Sendable, Equatable {
    /// Fixed-length windows of `window` observations ending at each observation from `window − 1` on.
    case rolling(window: Int)
    /// Windows from the first observation, the first ending at `minObservations − 1`.
    case expanding(minObservations: Int)
}

/// Rolling and expanding-window OLS (statsmodels `RollingOLS`) with O(k²) updating per step.
///
/// The upper-triangular factor `R̃` of the augmented matrix `[X | y]` of the current window is
/// maintained by Givens rotations when a row enters (QR updating) and by the LINPACK `dchdd`
/// hyperbolic-rotation Cholesky downdate when a row leaves (Golub & Van Loan §6.5.4). Then
/// `β̂ = R⁻¹z` (`z` = last column of `R̃` above the diagonal), `SSR = R̃ₖₖ²`, and the non-robust
/// standard errors are `s·‖row j of R⁻¹‖`. To bound the drift that downdating accumulates, `R̃` is
/// recomputed from scratch (Givens QR of the whole window) every `refactorEvery` steps.
public struct RollingOLS: Sendable {
    public let model: LinearModel
    public let scheme: RollingScheme
    /// Steps between re-factorisations from scratch (default 100).
    public let refactorEvery: Int

    /// - Throws: ``StatisticsError/invalidArgument(_:)`` when the window is not longer than the
    ///   number of coefficients or longer than the sample.
    public init(model: LinearModel, scheme: RollingScheme, refactorEvery: Int = 100) throws(StatisticsError) {
        let k = model.parameterCount
        let w: Int
        switch scheme {
        case let .rolling(window): w = window
        case let .expanding(minObservations): w = minObservations
        }
        guard w > k else {
            throw .tooFewObservations(what: "a rolling window for \(k) coefficients", needed: saturatingSum(k, 1), available: w)
        }
        guard w <= model.nobs else {
            throw .invalidArgument("window of \(w) observations is longer than the sample (\(model.nobs))")
        }
        guard refactorEvery > 0 else { throw .invalidArgument("refactorEvery must be positive") }
        self.model = model
        self.scheme = scheme
        self.refactorEvery = refactorEvery
    }

    /// Estimates every window. Work buffers and the result tables are allocated once per call,
    /// not per window.
    /// - Throws: ``StatisticsError/rankDeficient(rank:columns:dependent:conditionNumber:)`` if a window's design is singular.
    public func fit() throws(StatisticsError) -> RollingRegressionResults {
        let x = model.design
        let y = model.y
        let n = x.rows, k = x.columns, p = k + 1
        let first: Int
        var window: Int? = nil
        switch scheme {
        case let .rolling(w): first = w - 1; window = w
        case let .expanding(m): first = m - 1
        }
        let windows = n - first
        var ends = [Int](repeating: 0, count: windows), counts = [Int](repeating: 0, count: windows)
        var params = [Double](repeating: 0, count: windows * k), ses = [Double](repeating: 0, count: windows * k)
        // Work arrays, one allocation: R̃ (p × p, column-major upper triangle), the row being
        // added or removed, the downdate's a, c, s, R⁻¹ (k × k) and 1/Rᵢᵢ.
        var work = [Double](repeating: 0, count: p * p + 4 * p + k * k + k)
        var failure: (window: Int, column: Int)? = nil
        x.storage.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { yv in
                work.withUnsafeMutableBufferPointer { wb in
                    params.withUnsafeMutableBufferPointer { pb in
                        ses.withUnsafeMutableBufferPointer { sb in
                            guard let base = wb.baseAddress, let beta = pb.baseAddress, let se = sb.baseAddress,
                                  let xp = xs.baseAddress, let yp = yv.baseAddress else { return }
                            let r = base, row = base + p * p, a = row + p, c = a + p, s = c + p
                            let inv = s + p, rd = inv + k * k
                            func load(_ i: Int) {
                                for j in 0..<k { row[j] = xp[i + j * n] }
                                row[k] = yp[i]
                            }
                            var start = 0, stepsSinceRefactor = 0
                            func refactor() {
                                for i in 0..<(p * p) { r[i] = 0 }
                                for i in start...(start + (window ?? 0) - 1) { load(i); Self.addRow(r, row, p) }
                                stepsSinceRefactor = 0
                            }
                            for i in 0...first { load(i); Self.addRow(r, row, p) }
                            for end in first..<n {
                                if end > first {
                                    if window != nil {
                                        start += 1
                                        stepsSinceRefactor += 1
                                        if stepsSinceRefactor >= refactorEvery {
                                            refactor()
                                        } else {
                                            load(end); Self.addRow(r, row, p)
                                            load(start - 1)
                                            if !Self.removeRow(r, row, p, a, c, s) { refactor() }
                                        }
                                    } else {
                                        load(end); Self.addRow(r, row, p)
                                    }
                                }
                                let m = end - start + 1
                                // Rank check on R's diagonal relative to its column norms
                                // (|Rⱼⱼ| ≤ 1e-12·‖R eⱼ‖, compared squared).
                                for j in 0..<k {
                                    var colNorm2 = 0.0
                                    for i in 0...j { colNorm2 += r[i + j * p] * r[i + j * p] }
                                    let d = r[j + j * p]
                                    if d * d <= 1e-24 * colNorm2 || colNorm2 == 0 {
                                        failure = (end, j)
                                        return
                                    }
                                    rd[j] = 1 / d
                                }
                                let w = end - first
                                let bw = beta + w * k
                                // β = R⁻¹ z by back substitution; R⁻¹ (upper) column by column.
                                for i in stride(from: k - 1, through: 0, by: -1) {
                                    var acc = r[i + k * p]
                                    for j in (i + 1)..<max(k, i + 1) { acc -= r[i + j * p] * bw[j] }
                                    bw[i] = acc * rd[i]
                                }
                                for col in 0..<k {
                                    inv[col + col * k] = rd[col]
                                    for i in stride(from: col - 1, through: 0, by: -1) {
                                        var acc = 0.0
                                        for j in (i + 1)...col { acc += r[i + j * p] * inv[j + col * k] }
                                        inv[i + col * k] = -acc * rd[i]
                                    }
                                }
                                // SEⱼ = s·‖row j of R⁻¹‖ (diag((RᵀR)⁻¹) = row sums of squares of R⁻¹).
                                let ssr = r[k + k * p] * r[k + k * p]
                                let s2 = ssr / Double(m - k)
                                for i in 0..<k {
                                    var acc = 0.0
                                    for col in i..<k { acc += inv[i + col * k] * inv[i + col * k] }
                                    se[w * k + i] = (s2 * acc).squareRoot()
                                }
                                ends[w] = end
                                counts[w] = m
                            }
                        }
                    }
                }
            }
        }
        if let f = failure {
            throw .rankDeficient(rank: f.column, columns: k,
                                 dependent: [model.names[f.column] + " (window ending at observation \(f.window + 1))"],
                                 conditionNumber: .infinity)
        }
        return RollingRegressionResults(names: model.names, scheme: scheme, windowEnds: ends, windowObservations: counts,
                                        params: WindowTable(columns: k, values: params),
                                        standardErrors: WindowTable(columns: k, values: ses))
    }

    /// Givens QR update: adds row `v` to the triangular factor `r` (p × p, column-major).
    /// `v` is overwritten (it is the caller's row buffer).
    static func addRow(_ r: UnsafeMutablePointer<Double>, _ v: UnsafeMutablePointer<Double>, _ p: Int) {
        for i in 0..<p {
            let a = r[i + i * p], b = v[i]
            if b == 0 { continue }
            let h = (a * a + b * b).squareRoot()
            let c = a / h, s = b / h
            r[i + i * p] = h
            for j in (i + 1)..<max(p, i + 1) {
                let rij = r[i + j * p], vj = v[j]
                r[i + j * p] = c * rij + s * vj
                v[j] = -s * rij + c * vj
            }
        }
    }

    /// Cholesky downdate (LINPACK `dchdd`): finds `R'` with `R'ᵀR' = RᵀR − vvᵀ`.
    /// `a`, `c`, `s` are work vectors of length `p`.
    /// - Returns: false when the downdated matrix would not be positive definite.
    static func removeRow(_ r: UnsafeMutablePointer<Double>, _ v: UnsafeMutablePointer<Double>, _ p: Int,
                          _ a: UnsafeMutablePointer<Double>, _ c: UnsafeMutablePointer<Double>,
                          _ s: UnsafeMutablePointer<Double>) -> Bool {
        // Solve Rᵀa = v.
        var norm2 = 0.0
        for j in 0..<p {
            var acc = v[j]
            for i in 0..<j { acc -= r[i + j * p] * a[i] }
            guard r[j + j * p] != 0 else { return false }
            a[j] = acc / r[j + j * p]
            norm2 += a[j] * a[j]
        }
        guard norm2 < 1 else { return false }
        var alpha = (1 - norm2).squareRoot()
        for i in stride(from: p - 1, through: 0, by: -1) {
            let scale = alpha + abs(a[i])
            let aa = alpha / scale, bb = a[i] / scale
            let nrm = (aa * aa + bb * bb).squareRoot()
            c[i] = aa / nrm
            s[i] = bb / nrm
            alpha = scale * nrm
        }
        for j in 0..<p {
            var xx = 0.0
            for i in stride(from: j, through: 0, by: -1) {
                let t = c[i] * xx + s[i] * r[i + j * p]
                r[i + j * p] = c[i] * r[i + j * p] - s[i] * xx
                xx = t
            }
        }
        return true
    }
}

/// A table with one row per window (windows × k), stored row-major in one buffer.
/// `table[w]` is window `w`'s row as a zero-based view (no copy); `table[w][j]` its j-th value.
public struct WindowTable: RandomAccessCollection, Sendable, Equatable {
    /// Values per window (the number of coefficients).
    public let columns: Int
    /// All values, row-major: window `w`, coefficient `j` at `values[w * columns + j]`.
    public let values: [Double]

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns == 0 ? 0 : values.count / columns }
    public subscript(window: Int) -> WindowRow {
        WindowRow(base: values[(window * columns)..<((window + 1) * columns)])
    }

    /// The table as a matrix (windows × k).
    public var matrix: Matrix {
        var m = Matrix(rows: count, columns: columns)
        for w in 0..<count { for j in 0..<columns { m[w, j] = values[w * columns + j] } }
        return m
    }
}

/// One window's values, indexed from zero.
public struct WindowRow: RandomAccessCollection, Sendable, Equatable {
    let base: ArraySlice<Double>
    public var startIndex: Int { 0 }
    public var endIndex: Int { base.count }
    public subscript(j: Int) -> Double { base[base.startIndex + j] }
}

/// Per-window estimates from ``RollingOLS``.
public struct RollingRegressionResults: Sendable {
    public let names: [String]
    public let scheme: RollingScheme
    /// Zero-based index of the last observation of each window.
    public let windowEnds: [Int]
    /// Observations in each window.
    public let windowObservations: [Int]
    /// `β̂` per window: `params[w][j]` (one flat buffer, see ``WindowTable``).
    public let params: WindowTable
    /// Non-robust standard errors per window: `standardErrors[w][j]`.
    public let standardErrors: WindowTable
}
