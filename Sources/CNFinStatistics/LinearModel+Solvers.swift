import CNFinLinearAlgebra

/// The solver paths of ``LinearModel/fit(covariance:confidenceLevel:useT:rankDeficient:rankTolerance:refinement:)``.
///
/// All three start from the ``ScaledLeastSquaresProblem`` and return a ``LeastSquaresSolution``:
/// - direct: `β = D·P·R⁻¹(Qᵀy)₁`, `r = Q·[0; (Qᵀy)₂]`, `(XᵀX)⁻¹ = D·P·R⁻¹R⁻ᵀ·Pᵀ·D`;
/// - refined: the augmented system `[I X; Xᵀ 0][r; β] = [y; 0]` with residuals in `Float80`
///   (Björck 1967), with right-hand sides `[0; eⱼ]` giving `(XᵀX)⁻¹` and `X(XᵀX)⁻¹`;
/// - minimum-norm: LAPACK `dgelsd` and the SVD's pseudo-inverse, for rank-deficient designs.
extension LinearModel {
    /// Forms the weighted, column-equilibrated design and its pivoted QR.
    func scaledProblem() throws(StatisticsError) -> ScaledLeastSquaresProblem {
        let n = nobs, k = parameterCount
        let sqrtW = weights?.map { $0.squareRoot() }
        var yw = y
        if let s = sqrtW { for i in 0..<n { yw[i] *= s[i] } }
        var xsStorage = weightedDesignStorage(sqrtW)
        var scale = [Double](repeating: 1, count: k)
        for j in 0..<k {
            let norm = try Self.columnNorm(xsStorage, column: j, rows: n)
            if norm > 0 { scale[j] = 1 / norm }
            let s = scale[j]
            for i in (j * n)..<((j + 1) * n) { xsStorage[i] *= s }
        }
        let xs = try la { () throws(LinearAlgebraError) in try Matrix(rows: n, columns: k, columnMajor: xsStorage) }
        let qr = try la { () throws(LinearAlgebraError) in try PivotedQR(xs) }
        return ScaledLeastSquaresProblem(sqrtWeights: sqrtW, weightedY: yw, scale: scale, scaledDesign: xs, qr: qr)
    }

    /// Chooses the solver path and solves.
    ///
    /// κ of the scaled design comes from the k × k factor R: `XDP = QR` with Q orthogonal, so the
    /// singular values of R are exactly those of `XD` (no n × k SVD). The k × k SVD is computed only
    /// when a decision needs the exact value (rank deficiency, or bounds that straddle the refinement
    /// threshold); otherwise the results compute it on access.
    func solve(rankDeficient: RankDeficiencyPolicy, rankTolerance: Double,
               refinement: RefinementPolicy) throws(StatisticsError) -> LeastSquaresSolution {
        let problem = try scaledProblem()
        let qr = problem.qr
        let k = parameterCount
        var exactCondition: Double? = nil
        func condition() throws(StatisticsError) -> Double {
            if let c = exactCondition { return c }
            let c = try la { () throws(LinearAlgebraError) in try ConditionSource.conditionNumber(of: qr) }
            exactCondition = c
            return c
        }
        let rank = qr.rank(relativeTolerance: rankTolerance)
        var solution: LeastSquaresSolution
        if rank < k {
            guard rankDeficient == .minimumNorm else {
                throw .rankDeficient(rank: rank, columns: k, dependent: qr.permutation[rank...].map { names[$0] },
                                     conditionNumber: try condition())
            }
            solution = try solveMinimumNorm(problem, rankTolerance: rankTolerance, rank: rank)
            _ = try condition()
        } else {
            // R⁻¹ (dtrtri): the covariance uses it, and with ‖R‖_F it bounds κ.
            let rInverse = try la { () throws(LinearAlgebraError) in try Triangular.inverse(upperFactor: qr.factors, order: k) }
            if try ConditionSource.refines(refinement, r: qr.factors, rInverse: rInverse, order: k, exact: condition) {
                solution = try solveRefined(problem)
            } else {
                solution = try solveDirect(problem, rInverse: rInverse)
            }
        }
        if let c = exactCondition { solution.conditionSource = .value(c) }
        return solution
    }

    /// Minimum-norm solution of a rank-deficient design (`dgelsd` on the scaled design), with the
    /// pseudo-inverse `Σ_{l<r} v_l v_lᵀ/σ_l²` (back in model coordinates) and the leverages `Σ_{l<r} u_{il}²`.
    func solveMinimumNorm(_ problem: ScaledLeastSquaresProblem, rankTolerance: Double,
                          rank: Int) throws(StatisticsError) -> LeastSquaresSolution {
        let n = nobs, k = parameterCount
        let scale = problem.scale, yw = problem.weightedY, xs = problem.scaledDesign
        let xw = try weightedDesign(problem.sqrtWeights)
        let svd = try la { () throws(LinearAlgebraError) in try SingularValueDecomposition(xs) }
        let yMatrix = try la { () throws(LinearAlgebraError) in try Matrix(rows: n, columns: 1, columnMajor: yw) }
        let sol = try la { () throws(LinearAlgebraError) in try LeastSquares.gelsd(xs, yMatrix, rcond: rankTolerance) }
        let beta = (0..<k).map { sol.solution[$0, 0] * scale[$0] }
        let wresid = (0..<n).map { i in
            var s = ExtendedReal(yw[i])
            for j in 0..<k { s -= ExtendedReal(xw[i, j]) * ExtendedReal(beta[j]) }
            return Double(s)
        }
        var cMatrix = Matrix(rows: k, columns: k)
        var sandwichRows = Matrix(rows: n, columns: k)
        var leverage = [Double](repeating: 0, count: n)
        for l in 0..<sol.rank {
            let sigma = svd.singularValues[l]
            for a in 0..<k {
                let va = svd.vt[l, a] * scale[a]
                for b in 0..<k { cMatrix[a, b] += va * svd.vt[l, b] * scale[b] / (sigma * sigma) }
                for i in 0..<n { sandwichRows[i, a] += svd.u[i, l] / sigma * va }
            }
            for i in 0..<n { leverage[i] += svd.u[i, l] * svd.u[i, l] }
        }
        return LeastSquaresSolution(beta: beta, weightedResiduals: wresid, normalizedCovariance: cMatrix, rank: rank,
                                    leverageSource: .values(leverage), sandwich: .rows(sandwichRows),
                                    refinementIterations: 0, conditionSource: .qr(problem.qr), problem: problem)
    }

    /// Iterative refinement on the augmented system for ill-conditioned, full-rank designs.
    func solveRefined(_ problem: ScaledLeastSquaresProblem) throws(StatisticsError) -> LeastSquaresSolution {
        let n = nobs, k = parameterCount
        let xw = try weightedDesign(problem.sqrtWeights)
        let solver = RefinedLeastSquares(x: xw, scale: problem.scale, qr: problem.qr)
        var f = Matrix(rows: n, columns: k + 1)
        var g = Matrix(rows: k, columns: k + 1)
        for i in 0..<n { f[i, 0] = problem.weightedY[i] }
        for j in 0..<k { g[j, j + 1] = 1 }
        let sol = try la { () throws(LinearAlgebraError) in try solver.solve(f: f, g: g) }
        let beta = (0..<k).map { sol.b[$0, 0] }
        let wresid = Array(sol.r.column(0))
        var cMatrix = Matrix(rows: k, columns: k)
        for l in 0..<k { for a in 0..<k { cMatrix[a, l] = -sol.b[a, l + 1] } }
        for a in 0..<k { for b in (a + 1)..<max(k, a + 1) {
            let m = 0.5 * (cMatrix[a, b] + cMatrix[b, a]); cMatrix[a, b] = m; cMatrix[b, a] = m
        } }
        let sandwichRows = try la { () throws(LinearAlgebraError) in
            try Matrix(rows: n, columns: k, columnMajor: Array(sol.r.storage[n...]))
        }
        return LeastSquaresSolution(beta: beta, weightedResiduals: wresid, normalizedCovariance: cMatrix, rank: k,
                                    leverageSource: .qr(problem.qr), sandwich: .rows(sandwichRows),
                                    refinementIterations: sol.iterations, conditionSource: .qr(problem.qr), problem: problem)
    }

    /// Plain Householder QR in double precision: `c = Qᵀy`, `z = R⁻¹c₁`, `r = Q·[0; c₂]`.
    func solveDirect(_ problem: ScaledLeastSquaresProblem, rInverse: Matrix) throws(StatisticsError) -> LeastSquaresSolution {
        let n = nobs, k = parameterCount
        let qr = problem.qr, perm = qr.permutation, scale = problem.scale
        let direct = try la { () throws(LinearAlgebraError) -> (z: [Double], r: [Double]) in
            var qty = try qr.applyQ(to: Matrix(rows: n, columns: 1, columnMajor: problem.weightedY), transpose: true)
            let z = try Triangular.solve(upperFactor: qr.factors, order: k,
                                         Matrix(rows: k, columns: 1, columnMajor: Array(qty.storage[0..<k])))
            for j in 0..<k { qty[j, 0] = 0 }
            let r = try qr.applyQ(to: qty, transpose: false)
            return (z.storage, r.storage)
        }
        var beta = [Double](repeating: 0, count: k)
        for j in 0..<k { beta[perm[j]] = scale[perm[j]] * direct.z[j] }
        // (XᵀX)⁻¹ = D·P·R⁻¹R⁻ᵀ·Pᵀ·D.
        let rInvRInvT = try la { () throws(LinearAlgebraError) in try BLAS.multiply(rInverse, rInverse, transposeB: true) }
        return LeastSquaresSolution(beta: beta, weightedResiduals: direct.r,
                                    normalizedCovariance: Self.unpermute(rInvRInvT, perm: perm, scale: scale), rank: k,
                                    leverageSource: .qr(qr), sandwich: .thinQR(rInverse: rInverse),
                                    refinementIterations: 0, conditionSource: .qr(qr), problem: problem)
    }
}
