/// Minimal timing harness for the quick check and the full self-timed run:
/// warm-up calls, then timed calls until `iterations` or `budgetSeconds`.
public enum Timing {
    /// Wall-clock seconds of each timed call.
    public static func samples(warmup: Int, iterations: Int, minIterations: Int = 3, budgetSeconds: Double,
                               _ body: () throws -> Void) rethrows -> [Double] {
        for _ in 0..<warmup { try body() }
        let clock = ContinuousClock()
        let start = clock.now
        var out: [Double] = []
        out.reserveCapacity(iterations)
        while out.count < iterations {
            let t0 = clock.now
            try body()
            out.append(seconds(clock.now - t0))
            if out.count >= minIterations, seconds(clock.now - start) > budgetSeconds { break }
        }
        return out
    }

    public static func median(_ v: [Double]) -> Double {
        guard !v.isEmpty else { return .nan }
        let s = v.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) * 1e-18
    }
}

/// Keeps a value alive so the optimiser cannot drop the computation that produced it.
@inline(never) @_optimize(none)
public func benchSink<T>(_ value: T) { withExtendedLifetime(value) {} }
