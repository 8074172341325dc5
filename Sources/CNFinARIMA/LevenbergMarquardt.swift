import CNFinLinearAlgebra

/// Levenberg–Marquardt minimisation of `‖f(x)‖²` (Moré 1978, with Marquardt's diagonal
/// scaling) with a finite-difference Jacobian: each step solves
/// `min ‖[J; √λ·D]δ + [f; 0]‖` by QR (no normal equations), `D = diag(‖J_{·i}‖)`; a step
/// is accepted when it lowers the objective and keeps `x` admissible (stationary AR and
/// invertible MA factors), otherwise `λ` grows tenfold.
struct LevenbergMarquardt: Sendable {
    /// Convergence: the accepted step's length relative to `‖x‖` below this (or a relative
    /// decrease of the objective at rounding level, 1e-15).
    var tolerance: Double
    var maxIterations: Int
    /// A second stopping rule, off at 0: an accepted step that lowers the objective by less
    /// than this fraction ends the search (for fits that only need the optimum's value, not its
    /// location — e.g. BIC of a candidate model, where a flat ridge along near-cancelling AR and
    /// MA factors would otherwise take hundreds of steps).
    var objectiveTolerance: Double = 0
    /// Distance of `x` to the boundary of the admissible region (nil: not known). An optimum on
    /// the boundary — e.g. an MA coefficient → 1 on an over-differenced series — is approached by
    /// ever shorter steps that the step criterion would follow for dozens of iterations: within
    /// ``boundaryLimit`` of the boundary, a step that lowers the objective by less than a relative
    /// ``boundaryObjectiveTolerance`` (the log-likelihood by ~1e-8) ends the search.
    var boundaryDistance: (@Sendable ([Double]) -> Double)?
    static let boundaryLimit = 1e-5
    static let boundaryObjectiveTolerance = 1e-10

    struct Result: Sendable {
        let x: [Double]
        let objective: Double
        let iterations: Int
        let gradientNorm: Double
        let converged: Bool
    }

    /// - Parameters:
    ///   - f: residual function; `nil` means `x` is outside the admissible region.
    func minimize(start: [Double], _ f: ([Double]) -> [Double]?) throws(LinearAlgebraError) -> Result {
        var x = start
        guard let f0 = f(x) else { return Result(x: x, objective: .infinity, iterations: 0, gradientNorm: .infinity, converged: false) }
        var fx = f0
        var obj = Self.norm2(fx)
        let k = x.count
        if k == 0 { return Result(x: x, objective: obj, iterations: 0, gradientNorm: 0, converged: true) }
        var lambda = 1.0
        var gradNorm = Double.infinity
        var iter = 0
        // Forward differences (k evaluations) while the steps are large, central (2k) once the
        // relative step falls below 1e-3, so the last iterations — which fix the optimum to the
        // tolerance — use the O(h²) Jacobian.
        var central = false
        // A Newton attempt costs 2k + 2k² evaluations; where it fails (a Hessian that is not
        // positive definite, e.g. on the ridge of near-cancelling AR and MA factors) it is not
        // retried more than twice, and Levenberg–Marquardt carries on alone.
        var newtonFailures = 0
        while iter < maxIterations {
            iter += 1
            guard let jac = jacobian(x, fx, f, central: central) else { break }
            gradNorm = gradientNorm(jac, fx)
            var accepted = false
            var tries = 0
            while !accepted && tries < 30 {
                tries += 1
                let n = fx.count
                var a = Matrix(rows: n + k, columns: k)
                var b = [Double](repeating: 0, count: n + k)
                for j in 0..<k {
                    var cn = 0.0
                    for i in 0..<n { let v = jac[j][i]; a[i, j] = v; cn += v * v }
                    a[n + j, j] = (lambda * max(cn, 1e-12)).squareRoot()
                }
                for i in 0..<n { b[i] = -fx[i] }
                let delta = try PivotedQR(a).solve(b)
                let xn = zip(x, delta).map { $0 + $1 }
                if let fn = f(xn) {
                    let on = Self.norm2(fn)
                    if on <= obj {
                        let rel = (obj - on) / max(obj, .leastNormalMagnitude)
                        var stepNorm = 0.0, xNorm = 0.0
                        for j in 0..<k { stepNorm += delta[j] * delta[j]; xNorm += x[j] * x[j] }
                        x = xn; fx = fn; obj = on
                        lambda = max(lambda / 10, 1e-12)
                        accepted = true
                        let relStep = stepNorm.squareRoot() / (xNorm.squareRoot() + 1e-8)
                        if relStep < 0.05 && newtonFailures < 2 {
                            // Close to the optimum: Newton steps on ‖f‖² (Gauss–Newton converges only
                            // linearly here, the residuals being far from zero).
                            switch newton(x: x, objective: obj, iterations: iter, f) {
                            case .converged(let r):
                                return r
                            case let .failed(nx, nobj, _):
                                newtonFailures += 1
                                // Keep the progress Newton made before it stopped (e.g. on the way to
                                // an optimum on the boundary of the admissible region, where its
                                // steps or differences leave the region).
                                if nobj < obj, let nf = f(nx) {
                                    x = nx; fx = nf; obj = Self.norm2(nf)
                                    continue
                                }
                            }
                        }
                        if !central && relStep < 1e-3 { central = true; continue }
                        // The step (≈ the distance to the optimum near convergence) is the
                        // criterion; a relative decrease at rounding level also stops.
                        let onBoundary = rel <= Self.boundaryObjectiveTolerance && (boundaryDistance.map { $0(x) < Self.boundaryLimit } ?? false)
                        if stepNorm.squareRoot() <= tolerance * (xNorm.squareRoot() + tolerance) || rel <= max(1e-15, objectiveTolerance)
                            || onBoundary {
                            if let jf = jacobian(x, fx, f) { gradNorm = gradientNorm(jf, fx) }
                            return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: true)
                        }
                        continue
                    }
                }
                lambda *= 10
            }
            if !accepted {
                // No descent direction at any damping: x is a (numerical) stationary point.
                return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: gradNorm < 1e-4 * max(1, obj))
            }
        }
        return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: false)
    }

    enum NewtonOutcome {
        case converged(Result)
        /// No convergence: the best point reached (possibly the start), its objective and the
        /// iteration count.
        case failed(x: [Double], objective: Double, iterations: Int)
    }

    /// Newton iterations on `F(x) = ‖f(x)‖²` with a central-difference gradient (`h = 1e-6·max(1,|x_j|)`)
    /// and second-difference Hessian (`h = 1e-4·max(1,|x_j|)`), the step by Cholesky and halved
    /// (up to 8 times) until `F` does not increase and `x` stays admissible. Returns the converged
    /// result, or the best point reached when it fails (the Hessian is not positive definite, no
    /// step helps, or a difference leaves the admissible region), from which Levenberg–Marquardt
    /// continues.
    ///
    /// Convergence: the step below ``tolerance`` relative to `‖x‖`, or the **noise floor** of the
    /// finite-difference gradient. Its rounding error is about `ε·F/h ≈ 1e-10·F`, so Newton steps
    /// cannot shrink below ~1e-10 relative: once a step is below ``noiseFloor`` (1e-8) relative and
    /// no shorter than a quarter of the step before it (quadratic or chord convergence has
    /// stopped), the iterate is as close to the optimum as the gradient can tell, and the search
    /// ends there. (A tolerance below the floor — e.g. 1e-12 — otherwise ran the Newton loop to the
    /// iteration limit: 5 000 evaluations in one fit.)
    func newton(x start: [Double], objective: Double, iterations: Int, _ f: ([Double]) -> [Double]?) -> NewtonOutcome {
        var x = start, obj = objective, iter = iterations
        let k = x.count
        func F(_ v: [Double]) -> Double? { f(v).map { Self.norm2($0) } }
        // The Hessian is computed at the first Newton iterate and reused while the steps keep
        // decreasing F (a chord method: near the optimum the Hessian hardly changes, and the
        // gradient alone costs 2k evaluations instead of 2k + 2k²).
        var chol: Cholesky?
        var lastStep = Double.infinity
        // Consecutive chord steps that had to be cut to 1/8 or less of Newton's step.
        var shortSteps = 0
        while iter < maxIterations {
            iter += 1
            var g = [Double](repeating: 0, count: k)
            let hg = x.map { 1e-6 * max(1, abs($0)) }
            for i in 0..<k {
                var xp = x, xm = x
                xp[i] += hg[i]; xm[i] -= hg[i]
                guard let fp = F(xp), let fm = F(xm) else { return .failed(x: x, objective: obj, iterations: iter) }
                g[i] = (fp - fm) / (2 * hg[i])
            }
            var fresh = false
            if chol == nil {
                chol = hessianFactor(x: x, objective: obj, F)
                guard chol != nil else { return .failed(x: x, objective: obj, iterations: iter) }
                fresh = true
            }
            guard let factor = chol, let step = try? factor.solve(g.map { -$0 }) else { return .failed(x: x, objective: obj, iterations: iter) }
            var scale = 1.0
            var moved = false
            for _ in 0..<8 {
                let xn = zip(x, step).map { $0 + scale * $1 }
                if let on = F(xn), on <= obj * (1 + 1e-14) {
                    var stepNorm = 0.0, xNorm = 0.0
                    for j in 0..<k { stepNorm += scale * scale * step[j] * step[j]; xNorm += x[j] * x[j] }
                    let rel = (obj - on) / max(obj, .leastNormalMagnitude)
                    x = xn; obj = on; moved = true
                    let relStep = stepNorm.squareRoot() / (xNorm.squareRoot() + 1e-8)
                    let stalled = relStep < Self.noiseFloor && relStep >= 0.25 * lastStep
                    lastStep = relStep
                    // A chord Hessian far from the current one still gives descent steps, but
                    // only after several halvings each, and the search can creep for hundreds of
                    // iterations (one fit took 5 000 evaluations). After ``staleChordLimit``
                    // such steps in a row the Hessian is recomputed here. (An optimum on the
                    // boundary also halves every step — the full one leaves the region — but by
                    // one or two halvings, and those searches end within a few dozen steps.)
                    shortSteps = (!fresh && scale <= 0.125) ? shortSteps + 1 : 0
                    if shortSteps >= Self.staleChordLimit { chol = nil; shortSteps = 0 }
                    if stepNorm.squareRoot() <= tolerance * (xNorm.squareRoot() + tolerance) || stalled
                        || (objectiveTolerance > 0 && rel <= objectiveTolerance) {
                        var gn = 0.0
                        for v in g { gn += v * v }
                        return .converged(Result(x: x, objective: obj, iterations: iter, gradientNorm: gn.squareRoot(), converged: true))
                    }
                    break
                }
                scale /= 2
            }
            if !moved {
                // A stale Hessian: recompute once; give up (back to LM) if that does not help either.
                if !fresh { chol = nil; continue }
                return .failed(x: x, objective: obj, iterations: iter)
            }
        }
        return .failed(x: x, objective: obj, iterations: iter)
    }

    /// Cholesky factor of the second-difference Hessian of `F` at `x` (`h = 1e-4·max(1,|x_j|)`),
    /// nil when it is not positive definite.
    func hessianFactor(x: [Double], objective obj: Double, _ F: ([Double]) -> Double?) -> Cholesky? {
        let k = x.count
        var hess = Matrix(rows: k, columns: k)
        let hh = x.map { 1e-4 * max(1, abs($0)) }
        for i in 0..<k {
            do {
                var xp = x, xm = x
                xp[i] += hh[i]; xm[i] -= hh[i]
                guard let a = F(xp), let b = F(xm) else { return nil }
                hess[i, i] = (a - 2 * obj + b) / (hh[i] * hh[i])
            }
            for j in 0..<i {
                var pp = x, pm = x, mp = x, mm = x
                pp[i] += hh[i]; pp[j] += hh[j]; pm[i] += hh[i]; pm[j] -= hh[j]
                mp[i] -= hh[i]; mp[j] += hh[j]; mm[i] -= hh[i]; mm[j] -= hh[j]
                guard let a = F(pp), let b = F(pm), let c = F(mp), let d = F(mm) else { return nil }
                let v = (a - b - c + d) / (4 * hh[i] * hh[j])
                hess[i, j] = v; hess[j, i] = v
            }
        }
        return try? Cholesky(hess)
    }

    /// Relative Newton step below which the central-difference gradient's rounding dominates
    /// (see ``newton(x:objective:iterations:_:)``).
    static let noiseFloor = 1e-8
    /// Chord steps cut to 1/8 or less in a row after which Newton recomputes its Hessian.
    static let staleChordLimit = 20

    static func norm2(_ v: [Double]) -> Double {
        var s = 0.0
        for e in v { s += e * e }
        return s
    }

    /// `‖2Jᵀf‖`, the gradient norm of `‖f‖²`.
    func gradientNorm(_ jac: [[Double]], _ fx: [Double]) -> Double {
        var s = 0.0
        for col in jac {
            var g = 0.0
            for i in 0..<fx.count { g += col[i] * fx[i] }
            s += 4 * g * g
        }
        return s.squareRoot()
    }

    /// Central differences with step `h = 1e-6·max(1, |x_j|)` (truncation `O(h²)` ≈ 1e-12), or
    /// forward differences with `h = 1e-7·max(1, |x_j|)`; a one-sided difference where the
    /// other side leaves the admissible region.
    func jacobian(_ x: [Double], _ fx: [Double], _ f: ([Double]) -> [Double]?, central: Bool = true) -> [[Double]]? {
        var out: [[Double]] = []
        for j in 0..<x.count {
            let h = (central ? 1e-6 : 1e-7) * max(1, abs(x[j]))
            var xp = x, xm = x
            xp[j] += h; xm[j] -= h
            let fp = f(xp)
            if !central, let p = fp {
                out.append(zip(p, fx).map { ($0 - $1) / h })
                continue
            }
            let fm = f(xm)
            switch (fp, fm) {
            case let (p?, m?): out.append(zip(p, m).map { ($0 - $1) / (2 * h) })
            case let (p?, nil): out.append(zip(p, fx).map { ($0 - $1) / h })
            case let (nil, m?): out.append(zip(fx, m).map { ($0 - $1) / h })
            default: return nil
            }
        }
        return out
    }
}
