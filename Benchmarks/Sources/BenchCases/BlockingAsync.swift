import Foundation

/// Runs an async call to completion from synchronous benchmark code (the timing harnesses
/// time synchronous closures). The call runs in a detached task on the global concurrent
/// executor, so a task group inside it can use every cooperative thread; the calling thread
/// waits on a semaphore (a few µs, negligible next to the millisecond-scale batch it wraps).
enum BlockingAsync {
    private final class Box<T: Sendable>: @unchecked Sendable {
        // Written once by the task before `signal()`, read once after `wait()`.
        var result: Result<T, any Error>?
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = box.result else { throw CaseUnavailable("async call finished without a result") }
        return try result.get()
    }
}
