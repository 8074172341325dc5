// package-benchmark harness over the shared cases (Sources/BenchCases): percentiles
// and malloc counts per call. `compare/run.sh` reads its JMH export for allocations.
//   swift package --disable-sandbox benchmark --target CNFinBenchmarks [--filter REGEX]
import Benchmark
import BenchCases

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(2),
        maxIterations: 25
    )
    for c in BenchRegistry.all() where c.id != "summary_cold@x1" && c.id != "spawn_true@x1" {
        Benchmark(c.id) { benchmark, call in
            for _ in benchmark.scaledIterations {
                do { try call() } catch { benchmark.error("\(error)") }
            }
        } setup: { () throws -> () throws -> Void in
            try c.make()
        }
    }
}
