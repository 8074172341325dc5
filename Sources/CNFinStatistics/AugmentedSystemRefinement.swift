import CNFinLinearAlgebra

#if arch(x86_64) || arch(i386)
/// The extended type used for residuals in iterative refinement (x87 80-bit, 64-bit mantissa).
typealias ExtendedReal = Float80
#else
/// On platforms without `Float80` refinement falls back to `Double` residuals.
typealias ExtendedReal = Double
#endif

/// A least-squares solver for a full-column-rank design `X` (n × k) built on the
/// Householder QR with column pivoting of the column-equilibrated design
/// `X·D·P = Q·R` (`D` scales every column to unit 2-norm), refined on the augmented
/// system
///
///     [ I   X ] [ r ]   [ f ]
///     [ Xᵀ  0 ] [ b ] = [ g ]
///
/// with residuals `f − r − X·b` and `g − Xᵀr` accumulated in extended precision
/// (`Float80`) against the ORIGINAL `X` (Björck 1967, "Iterative refinement of linear
/// least squares solutions I", BIT 7). Each correction is solved with the QR factors:
/// `h = R⁻ᵀ(PᵀD·g)`, `c = Qᵀf`, `δz = R⁻¹(c₁ − h)`, `δr = Q·[h; c₂]`, `δb = D·P·δz`.
///
/// `f = y, g = 0` gives the least-squares solution and its residuals; `f = 0, g = e_l`
/// gives `b = −(XᵀX)⁻¹e_l` and `r = X(XᵀX)⁻¹e_l`, i.e. refined columns of the inverse
/// cross-product matrix and of `X(XᵀX)⁻¹` (the rows the sandwich covariances need)
/// without ever forming or inverting `XᵀX`.
struct RefinedLeastSquares: Sendable {
    let x: Matrix
    let scale: [Double]
    let qr: PivotedQR

    /// Factorises the scaled design. Caller guarantees full column rank (checked separately).
    init(x: Matrix, scale: [Double], qr: PivotedQR) {
        self.x = x
        self.scale = scale
        self.qr = qr
    }

    /// One correction solve in double precision for `m` right-hand sides.
    private func correction(_ f: Matrix, _ g: Matrix) throws(LinearAlgebraError) -> (dr: Matrix, db: Matrix) {
        let n = x.rows, k = x.columns, m = f.columns
        let perm = qr.permutation
        var gs = Matrix(rows: k, columns: m)
        for c in 0..<m { for j in 0..<k { gs[j, c] = scale[perm[j]] * g[perm[j], c] } }
        let h = try Triangular.solve(upperFactor: qr.factors, order: k, gs, transpose: true)
        let qtf = try qr.applyQ(to: f, transpose: true)
        var top = Matrix(rows: k, columns: m)
        for c in 0..<m { for j in 0..<k { top[j, c] = qtf[j, c] - h[j, c] } }
        let dz = try Triangular.solve(upperFactor: qr.factors, order: k, top)
        var t = qtf
        for c in 0..<m { for j in 0..<k { t[j, c] = h[j, c] } }
        let dr = try qr.applyQ(to: t, transpose: false)
        var db = Matrix(rows: k, columns: m)
        for c in 0..<m { for j in 0..<k { db[perm[j], c] = scale[perm[j]] * dz[j, c] } }
        _ = n
        return (dr, db)
    }

    /// Solves the augmented system for the columns of `f` (n × m) and `g` (k × m),
    /// refining until the corrections stagnate (at most `maxIterations` steps).
    /// - Returns: `r` (n × m), `b` (k × m), both rounded to `Double`, and the number of
    ///   refinement steps taken.
    func solve(f: Matrix, g: Matrix, maxIterations: Int = 12) throws(LinearAlgebraError) -> (r: Matrix, b: Matrix, iterations: Int) {
        let n = x.rows, k = x.columns, m = f.columns
        var r = [ExtendedReal](repeating: 0, count: n * m)
        var b = [ExtendedReal](repeating: 0, count: k * m)
        var fr = f, gr = g
        var previous = [Double](repeating: .infinity, count: m)
        var active = [Bool](repeating: true, count: m)
        var iterations = 0
        let xs = x.storage
        for iteration in 0..<maxIterations {
            let (dr, db) = try correction(fr, gr)
            iterations = iteration + 1
            var anyActive = false
            for c in 0..<m where active[c] {
                var dbNorm = 0.0, bNorm = 0.0, drNorm = 0.0, rNorm = 0.0
                for j in 0..<k {
                    b[j + c * k] += ExtendedReal(db[j, c])
                    dbNorm = max(dbNorm, abs(db[j, c]))
                    bNorm = max(bNorm, abs(Double(b[j + c * k])))
                }
                for i in 0..<n {
                    r[i + c * n] += ExtendedReal(dr[i, c])
                    drNorm = max(drNorm, abs(dr[i, c]))
                    rNorm = max(rNorm, abs(Double(r[i + c * n])))
                }
                let size = dbNorm / max(bNorm, Double.leastNormalMagnitude) + drNorm / max(rNorm, Double.leastNormalMagnitude)
                // Converged when the correction no longer changes the double result, or stagnates.
                if size <= 1e-17 || (iteration > 0 && size > 0.5 * previous[c]) || (dbNorm == 0 && drNorm == 0) {
                    active[c] = false
                } else {
                    anyActive = true
                }
                previous[c] = size
            }
            if !anyActive { break }
            // Residuals of the augmented system in extended precision.
            for c in 0..<m {
                if !active[c] {
                    for i in 0..<n { fr[i, c] = 0 }
                    for j in 0..<k { gr[j, c] = 0 }
                    continue
                }
                for i in 0..<n {
                    var s = ExtendedReal(f[i, c]) - r[i + c * n]
                    for j in 0..<k { s -= ExtendedReal(xs[i + j * n]) * b[j + c * k] }
                    fr[i, c] = Double(s)
                }
                for j in 0..<k {
                    var s = ExtendedReal(g[j, c])
                    for i in 0..<n { s -= ExtendedReal(xs[i + j * n]) * r[i + c * n] }
                    gr[j, c] = Double(s)
                }
            }
        }
        var rOut = Matrix(rows: n, columns: m), bOut = Matrix(rows: k, columns: m)
        for c in 0..<m {
            for i in 0..<n { rOut[i, c] = Double(r[i + c * n]) }
            for j in 0..<k { bOut[j, c] = Double(b[j + c * k]) }
        }
        return (rOut, bOut, iterations)
    }
}
