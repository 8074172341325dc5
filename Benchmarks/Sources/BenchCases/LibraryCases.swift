import CNFin
import Foundation

extension BenchRegistry {
    /// Cases on the cnfin library APIs. Each times the call a user makes, with every
    /// statistic the peer reads computed (the results structs are complete on return).
    static func libraryCases() -> [BenchCase] {
        var cases: [BenchCase] = []
        // 1. OLS with full inference.
        for p in olsProblems {
            for s in p.scales {
                let n = p.n * s, k = p.k, seed = p.seed
                cases.append(BenchCase(id: id(p.base, s), title: "OLS + full inference, n=\(n), k=\(k)", scale: s,
                                       reference: id("raw_lapack_" + p.base, s), quick: s == 1) {
                    let model = try olsModel(n: n, k: k, seed: seed)
                    return { benchSink(readAllStatistics(try model.fit())) }
                })
            }
        }
        // 2. OLS with HAC(12).
        for s in [1, 10, 100] {
            let n = 240 * s
            cases.append(BenchCase(id: id("hac_240x10", s), title: "OLS + HAC(12) SEs, n=\(n), k=10", scale: s,
                                   reference: id("raw_lapack_ols_240x10", s), quick: s == 1) {
                let model = try olsModel(n: n, k: 10, seed: Seed.ols240)
                return {
                    let r = try model.fit(covariance: .hac(maxLags: 12, smallSampleCorrection: false))
                    benchSink(r.coefficients)  // params, SEs, t, p, CI: what peer.py reads
                }
            })
        }
        // 3. Rolling OLS.
        for s in rollingScales {
            let n = rollingN * s
            cases.append(BenchCase(id: id("rolling_10000w36k5", s),
                                   title: "rolling OLS, n=\(n), window 36, k=5 (β and SEs per window)", scale: s,
                                   reference: id("raw_lapack_rolling_10000w36k5", s), quick: s == 1) {
                let model = try olsModel(n: n, k: rollingK, seed: Seed.rolling)
                let rolling = try RollingOLS(model: model, scheme: .rolling(window: rollingWindow))
                return {
                    let r = try rolling.fit()
                    benchSink((r.params, r.standardErrors))  // flat WindowTables, as peer.py reads params/bse
                }
            })
        }
        // 4. STL.
        for s in [1, 10, 100] {
            let n = 240 * s
            for robust in [false, true] {
                let base = robust ? "stl_robust_240" : "stl_240"
                cases.append(BenchCase(id: id(base, s), title: "STL\(robust ? " robust" : ""), n=\(n), period 12", scale: s,
                                       reference: id("loess_pass_240", s), quick: s == 1) {
                    let y = DeterministicData.seasonal(n: n, seed: Seed.stl)
                    let stl = try STL(period: 12, robust: robust)
                    return { benchSink(try stl.fit(y)) }
                })
            }
            cases.append(BenchCase(id: id("loess_pass_240", s), title: "plain-loop reference: one local-linear tricube pass, n=\(n), span 23",
                                   scale: s, quick: s == 1) {
                let y = DeterministicData.seasonal(n: n, seed: Seed.stl)
                var out = [Double](repeating: 0, count: n)
                return { LoessPass.run(y, span: 23, into: &out); benchSink(out) }
            })
        }
        // The batch API runs one task per active processor (2 on the benchmark machine); the
        // serial row is the like-for-like comparison with statsmodels' single-threaded loop.
        cases.append(BenchCase(id: "stl_robust_batch1000x240@x1",
                               title: "STL robust, 1000 series of 240, STL.fit(batch:) (one task per core)") {
            let ys = (0..<1000).map { DeterministicData.seasonal(n: 240, seed: Seed.stlBatch + UInt64($0)) }
            let stl = try STL(period: 12, robust: true)
            return { benchSink(try BlockingAsync.run { try await stl.fit(batch: ys) }) }
        })
        cases.append(BenchCase(id: "stl_robust_batch1000x240_serial@x1",
                               title: "STL robust, 1000 series of 240, serial loop of fit(_:) (one core)") {
            let ys = (0..<1000).map { DeterministicData.seasonal(n: 240, seed: Seed.stlBatch + UInt64($0)) }
            let stl = try STL(period: 12, robust: true)
            return { for y in ys { benchSink(try stl.fit(y)) } }
        })
        // 5. HP filter.
        for p in hpProblems {
            for s in p.scales {
                let n = p.n * s
                cases.append(BenchCase(id: id(p.base, s), title: "HP filter λ=129600, n=\(n)", scale: s,
                                       reference: id("raw_dpbsv_" + p.base, s), quick: s == 1) {
                    let y = DeterministicData.randomWalk(n: n, seed: Seed.hp)
                    let hp = try HodrickPrescottFilter(lambda: hpLambda)
                    return { benchSink(try hp.fit(y)) }
                })
            }
        }
        // 7. regARIMA: airline model with two regressors, exact ML (peer: statsmodels SARIMAX(...).fit()).
        for s in [1, 10, 100] {
            let n = 240 * s
            cases.append(BenchCase(id: id("arima_airline_reg2_240", s), title: "regARIMA airline + 2 regressors, exact ML, n=\(n)",
                                   scale: s, quick: s == 1) {
                let d = DeterministicData.airline(n: n, seed: Seed.arima)
                let start = Month(index: 2000 * 12)
                let model = RegARIMAModel(regressors: [UserRegressor(name: "x1", start: start, values: d.x1),
                                                       UserRegressor(name: "x2", start: start, values: d.x2)])
                return { benchSink(try model.fit(d.y, start: start)) }
            })
        }
        // 7b. regARIMA automatic outliers (AO, LS at the default critical value) and automatic
        //     model selection on the airline series with two AOs and a level shift added
        //     (`DeterministicData.airlineWithOutliers`); peer: the X-13 binary on the same spec,
        //     one process per call, process start included.
        cases.append(BenchCase(id: "arima_outliers_240@x1", title: "regARIMA airline + 2 regressors, automatic AO/LS outliers, n=240") {
            let d = DeterministicData.airlineWithOutliers(n: 240, seed: Seed.arima)
            let start = Month(index: 2000 * 12)
            let model = RegARIMAModel(regressors: [UserRegressor(name: "x1", start: start, values: d.x1),
                                                   UserRegressor(name: "x2", start: start, values: d.x2)])
            return { benchSink(try OutlierDetection().detect(model, d.y, start: start).outliers.count) }
        })
        cases.append(BenchCase(id: "arima_automdl_240@x1", title: "regARIMA + 2 regressors, automatic model (automdl), n=240") {
            let d = DeterministicData.airlineWithOutliers(n: 240, seed: Seed.arima)
            let start = Month(index: 2000 * 12)
            let model = RegARIMAModel(regressors: [UserRegressor(name: "x1", start: start, values: d.x1),
                                                   UserRegressor(name: "x2", start: start, values: d.x2)])
            return { benchSink(try AutomaticModelSelection().select(model, d.y, start: start).fit.logLikelihood) }
        })
        // 6. ADF with AIC lag selection; reference: one raw LAPACK regression of the largest-lag size.
        for s in [1, 10, 100] {
            let n = 240 * s
            let maxLag = Int((12 * Foundation.pow(Double(n) / 100, 0.25)).rounded(.up))
            cases.append(BenchCase(id: id("adf_240", s), title: "ADF, constant, AIC lag selection (max \(maxLag)), n=\(n)", scale: s,
                                   reference: id("raw_lapack_adf_240", s), quick: s == 1) {
                let y = DeterministicData.randomWalk(n: n, seed: Seed.adf)
                return { benchSink(try AugmentedDickeyFuller.test(y, regression: .constant, lags: .aic(maxLag: nil))) }
            })
            cases.append(BenchCase(id: id("raw_lapack_adf_240", s),
                                   title: "raw LAPACK: one regression n=\(n - maxLag - 1), k=\(maxLag + 2)", scale: s, quick: s == 1) {
                let m = n - maxLag - 1, k = maxLag + 2
                let d = DeterministicData.regression(n: m, k: k, seed: Seed.adf)
                var raw = RawLeastSquares(y: d.y, x: d.x, columns: k)
                return { raw.solve(); benchSink(raw.coefficients) }
            })
        }
        // 7. The bundled data: growth decomposition and seasonal adjustment of every series.
        cases.append(BenchCase(id: "decomp_all@x1", title: "growth decomposition: every hierarchy × measure × basis × month",
                               reference: "scan_all@x1", quick: true) {
            let work = try BundledWork.load()
            return { benchSink(try work.decomposeAll()) }
        })
        cases.append(BenchCase(id: "sa_all@x1", title: "seasonal adjustment (STL + CNY regression) of every bundled series",
                               reference: "scan_all@x1", quick: true) {
            let work = try BundledWork.load()
            return { benchSink(try work.adjustAll()) }
        })
        cases.append(BenchCase(id: "stl_all@x1", title: "STL (no CNY) of every bundled series (the peer's work)") {
            let work = try BundledWork.load()
            return { benchSink(try work.stlAll()) }
        })
        cases.append(BenchCase(id: "scan_all@x1", title: "plain-loop reference: YoY growth of every bundled series", quick: true) {
            let work = try BundledWork.load()
            return { benchSink(work.scanAll()) }
        })
        // 9. X-11 (X-13's x11 spec alone: multiplicative, MSR filter, automatic Henderson),
        //    tables and the F2/F3 diagnostics, as the X-13 binary computes them on the same data
        //    (n = 240 only: the binary cannot process 2400 months).
        cases.append(BenchCase(id: "x11_240@x1", title: "X-11 multiplicative + M/Q statistics, n=240") {
            let y = DeterministicData.seasonal(n: 240, seed: Seed.stl)
            return { benchSink(QualityStatistics(try X11.decompose(y, firstMonth: 1)).q) }
        })
        // 10. The whole X-13-style pipeline (X13Adjustment) on the spec of the pipeline fixtures
        //     (Tests/CNFinSeasonalTests/Fixtures/make_x13_pipeline_fixtures.py, run loans_2006):
        //     loans_increase 2006-02…2025-12, additive, airline, CNY split [−10,−1]/[0,+20] (flow),
        //     automatic AO/LS outliers at the default critical value, estimation tolerance 1e-12,
        //     12 forecasts, X-11. The peer runs the X-13 binary on the same spec and data.
        cases.append(BenchCase(id: "x13_pipeline_loans@x1",
                               title: "X-13 pipeline: regARIMA + CNY split + auto AO/LS + X-11, loans_increase 2006-02…2025-12") {
            let (start, y) = try x13LoansSpan()
            let options = X13Options(mode: .additive, holiday: .split(before: 10, after: 20), holidayForm: .flow,
                                     outliers: .automatic([.additive, .levelShift]), tolerance: 1e-12)
            return { benchSink(try X13Adjustment.adjust(y, start: start, options: options).adjusted) }
        })
        //     The same with the CNY windows chosen by AICc among ChineseNewYearSpec.candidates (six
        //     fits without outliers, then the outlier search with the winner); the peer runs the
        //     binary once per candidate and once for the final adjustment.
        cases.append(BenchCase(id: "x13_auto_loans@x1",
                               title: "X-13 pipeline with CNY windows by AICc (6 candidates) + auto AO/LS, loans_increase 2006-02…2025-12") {
            let (start, y) = try x13LoansSpan()
            let options = X13Options(mode: .additive, holiday: .automatic(ChineseNewYearSpec.candidates), holidayForm: .flow,
                                     outliers: .automatic([.additive, .levelShift]), tolerance: 1e-12)
            return { benchSink(try X13Adjustment.adjust(y, start: start, options: options).adjusted) }
        })
        //     `cnfin seasonal ID`'s default (X13Adjustment.adjustDefault: current definition,
        //     level shifts when it is under three years, CNY by AICc, auto AO/LS) of every bundled
        //     series that has three gap-free years up to its last month (no peer).
        cases.append(BenchCase(id: "x13_all@x1", title: "X-13-style default adjustment of every bundled monthly series") {
            let dataset = try Dataset.bundled()
            var work: [(MonthlySeries, Month)] = []
            for id in dataset.ids.sorted() {
                guard let s = dataset.seriesByID[id], let last = s.trimmed().end,
                      let span = BundledWork.trailingSpan(s), span.values.count >= 36 else { continue }
                work.append((s, last))
            }
            return {
                var adjusted = 0
                for (s, last) in work where (try? X13Adjustment.adjustDefault(s, through: last)) != nil { adjusted += 1 }
                benchSink(adjusted)
            }
        })
        // 8. `cnfin summary` as a process.
        cases.append(BenchCase(id: "summary_cold@x1", title: "`cnfin summary` cold start (process)",
                               reference: "spawn_true@x1", quick: true) {
            guard let path = ProcessSpawn.cnfinPath() else { throw CaseUnavailable("no cnfin binary (set CNFIN_BIN)") }
            guard try ProcessSpawn.run(path, ["summary"]) == 0 else { throw CaseUnavailable("`cnfin summary` exits non-zero") }
            return {
                let status = try ProcessSpawn.run(path, ["summary"])
                if status != 0 { throw CaseUnavailable("`cnfin summary` exited \(status)") }
            }
        })
        return cases
    }

    /// loans_increase 2006-02…2025-12 from the bundled data (the pipeline fixtures' loans_2006 run).
    static func x13LoansSpan() throws -> (Month, [Double]) {
        guard let from = Month("2006-02"), let to = Month("2025-12") else { throw CaseUnavailable("bad month") }
        let span = try Dataset.bundled().series("loans_increase").completeSpan(from: from, to: to)
        return (span.start, span.values)
    }

    /// Reads every statistic peer.py's `ols_all_statistics` reads from statsmodels (params, bse,
    /// t, p, conf_int, R², adj. R², F and its p-value, llf, AIC, BIC, Durbin–Watson, condition
    /// number). All are stored properties computed by `fit()`; `leverage` (computed on access)
    /// is not read, as statsmodels' `fit()` does not compute it either (only `get_influence()`).
    static func readAllStatistics(_ r: RegressionResults) -> Double {
        var acc = r.rSquared + r.adjustedRSquared + (r.fStatistic ?? 0) + (r.fPValue ?? 0)
        acc += r.logLikelihood + r.aic + r.bic + r.durbinWatson + r.conditionNumber
        for c in r.coefficients { acc += c.estimate + c.standardError + c.t + c.pValue + c.ciLow + c.ciHigh }
        return acc
    }

    /// The OLS model on the deterministic data (constant added by the model).
    static func olsModel(n: Int, k: Int, seed: UInt64) throws -> LinearModel {
        let d = DeterministicData.regression(n: n, k: k, seed: seed)
        let x = try Matrix(rows: n, columns: k - 1, columnMajor: d.x)
        return try LinearModel(y: d.y, x: x)
    }
}

/// Plain-loop reference for STL: one pass of local-linear tricube LOESS over every point
/// (STL runs many such passes: cycle-subseries, low-pass and trend smoothers per inner iteration).
enum LoessPass {
    static func run(_ y: [Double], span q: Int, into out: inout [Double]) {
        let n = y.count
        for i in 0..<n {
            let lo = max(0, min(i - q / 2, n - q)), hi = min(n, lo + q)
            let h = Double(max(i - lo, hi - 1 - i)) + 1
            var sw = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
            for j in lo..<hi {
                let u = abs(Double(j - i)) / h
                let t = 1 - u * u * u
                let w = t * t * t
                let x = Double(j - i)
                sw += w; sx += w * x; sy += w * y[j]; sxx += w * x * x; sxy += w * x * y[j]
            }
            let det = sw * sxx - sx * sx
            out[i] = det != 0 ? (sxx * sy - sx * sxy) / det : sy / sw
        }
    }
}
