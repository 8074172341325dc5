import CLAPACK

/// Control of OpenBLAS's internal thread pool.
///
/// Default: cnfin does not change OpenBLAS's own default, which is one thread per
/// core unless the `OPENBLAS_NUM_THREADS` (or `OMP_NUM_THREADS`) environment variable
/// says otherwise. For the small problems typical of monthly data (n ≲ 1,000,
/// k ≲ 20) a single thread is usually fastest; call `BLASThreading.setThreadCount(1)`
/// once at start-up when running many small fits concurrently from Swift tasks.
/// Recommended for any workload of many small fits (regressions, rolling windows, unit-root
/// tests): measured on a 2-core shared machine, 10–20 % of a k = 10, n = 240 OLS fit was
/// OpenBLAS worker threads spinning in `sched_yield`, and a HAC fit took 3× longer with the
/// default pool. cnfin never changes the thread count by itself.
///
/// Concurrency: Debian's OpenBLAS (pthreads build, ≥ 0.3.7) serialises access to its
/// thread pool, so BLAS/LAPACK calls may be made from concurrent Swift tasks; every
/// wrapper in this module works on its own buffers and keeps no shared state.
public enum BLASThreading {
    /// The number of threads OpenBLAS uses for a call.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Sets OpenBLAS's thread count (values below 1 are treated as 1).
    public static func setThreadCount(_ count: Int) {
        openblas_set_num_threads(Int32(clamping: max(count, 1)))
    }
}
