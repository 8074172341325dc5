import Dispatch
import Foundation

/// Independent model fits of one search run side by side (the CNY window candidates of an
/// X-13-style adjustment, the two fits of the transform choice).
///
/// `concurrentMap(count:_:)` calls `body(0) … body(count − 1)` on up to
/// `ProcessInfo.activeProcessorCount` threads (`DispatchQueue.concurrentPerform`) and returns
/// the results in index order. Every call must be independent and deterministic — a model fit
/// is — so the result equals the sequential `(0..<count).map(body)` bit for bit, whatever the
/// scheduling. OpenBLAS' own pool is not involved: the fits' LAPACK calls are on matrices far
/// below its threading thresholds, so nothing is oversubscribed.
package enum ConcurrentFits {
    /// The results of `body` for `0..<count`, computed concurrently (sequentially when `count` < 2
    /// or the machine has one processor).
    package static func concurrentMap<T: Sendable>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        return slots.values()
    }

    /// Result slots written by the workers, each once, under a lock.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private var items: [T?]
        private let lock = NSLock()

        init(count: Int) { items = [T?](repeating: nil, count: count) }

        func set(_ i: Int, _ v: T) {
            lock.lock()
            items[i] = v
            lock.unlock()
        }

        func values() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return items.compactMap { $0 }
        }
    }
}
