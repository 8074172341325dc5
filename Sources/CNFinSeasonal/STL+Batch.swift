import Foundation

extension STL {
    /// Decomposes many series with this model, in parallel.
    ///
    /// The series are split into contiguous chunks, one per task of a task group
    /// (`maxConcurrency` tasks, by default the number of active processors); each task fits
    /// its series one after the other. Every fit is independent and deterministic, so the
    /// results are identical, bit for bit, to calling `fit(_:)` on each series in turn, and
    /// they are returned in the order of `series`.
    ///
    /// - Parameters:
    ///   - series: the series to decompose (they may differ in length).
    ///   - innerIterations, outerIterations: as in `fit(_:innerIterations:outerIterations:)`.
    ///   - maxConcurrency: the number of tasks (≥ 1); `nil` for the number of active processors.
    /// - Throws: the error of the first series (in the order of `series`) that cannot be
    ///   decomposed, its `method` naming the series' position, e.g. `STL (batch series 17)`;
    ///   `invalidParameter` when `maxConcurrency` < 1.
    public func fit(batch series: [[Double]], innerIterations: Int? = nil, outerIterations: Int? = nil,
                    maxConcurrency: Int? = nil) async throws(SeasonalError) -> [STLResult] {
        let count = series.count
        if let maxConcurrency, maxConcurrency < 1 {
            throw .invalidParameter(name: "maxConcurrency", value: "\(maxConcurrency)", requirement: "must be at least 1")
        }
        guard count > 0 else { return [] }
        let tasks = max(1, min(maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount, count))
        let chunk = (count + tasks - 1) / tasks
        let model = self
        let chunks = await withTaskGroup(of: (Int, [Result<STLResult, SeasonalError>]).self) { group in
            for start in stride(from: 0, to: count, by: chunk) {
                let end = min(count, start + chunk)
                group.addTask {
                    var out: [Result<STLResult, SeasonalError>] = []
                    out.reserveCapacity(end - start)
                    for i in start..<end {
                        do throws(SeasonalError) {
                            out.append(.success(try model.fit(series[i], innerIterations: innerIterations,
                                                              outerIterations: outerIterations)))
                        } catch {
                            out.append(.failure(error.inBatch(position: i)))
                        }
                    }
                    return (start, out)
                }
            }
            var collected: [(Int, [Result<STLResult, SeasonalError>])] = []
            for await part in group { collected.append(part) }
            return collected.sorted { $0.0 < $1.0 }
        }
        var results: [STLResult] = []
        results.reserveCapacity(count)
        for (_, part) in chunks {
            for outcome in part {
                switch outcome {
                case .success(let r): results.append(r)
                case .failure(let e): throw e
                }
            }
        }
        return results
    }
}

extension SeasonalError {
    /// The error with the method's name extended by the series' position in a batch.
    fileprivate func inBatch(position i: Int) -> SeasonalError {
        switch self {
        case let .tooShort(method, count, required):
            return .tooShort(method: "\(method) (batch series \(i))", count: count, required: required)
        case let .nonFinite(method, index):
            return .nonFinite(method: "\(method) (batch series \(i))", index: index)
        default:
            return self
        }
    }
}
