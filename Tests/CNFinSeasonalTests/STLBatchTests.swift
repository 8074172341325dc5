import Testing
@testable import CNFinSeasonal

/// `STL.fit(batch:)` runs the series in parallel tasks; the results must equal the serial
/// `fit(_:)` of each series exactly (==, no tolerance: same arithmetic on the same data).
@Suite struct STLBatchTests {
    static func series(count: Int) -> [[Double]] {
        var state: UInt64 = 2024
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1.0p-53
        }
        var all: [[Double]] = []
        for s in 0..<count {
            let n = 24 + (s * 13) % 200   // lengths differ
            var y = [Double](repeating: 0, count: n)
            for t in 0..<n {
                let month = Double(t % 12)
                y[t] = 100 + 0.05 * Double(t) + 3 * month / 12 + 2 * uniform()
            }
            if s % 5 == 0 { y[n / 2] += 40 }   // an outlier for the robustness weights
            all.append(y)
        }
        return all
    }

    @Test(arguments: [false, true])
    func batchEqualsSerial(robust: Bool) async throws {
        let ys = Self.series(count: 37)
        let model = try STL(period: 12, robust: robust)
        let serial = try ys.map { try model.fit($0) }
        for tasks in [nil, 1, 2, 3, 64] as [Int?] {
            let batch = try await model.fit(batch: ys, maxConcurrency: tasks)
            #expect(batch.count == serial.count)
            for (b, s) in zip(batch, serial) {
                #expect(b.observed == s.observed)
                #expect(b.trend == s.trend)
                #expect(b.seasonal == s.seasonal)
                #expect(b.remainder == s.remainder)
                #expect(b.weights == s.weights)
            }
        }
        let empty = try await model.fit(batch: [])
        #expect(empty.isEmpty)
    }

    @Test func firstBadSeriesIsNamed() async throws {
        var ys = Self.series(count: 10)
        ys[7] = [Double](repeating: 1, count: 20)
        ys[3][5] = .nan
        let model = try STL(period: 12)
        await #expect(throws: SeasonalError.nonFinite(method: "STL (batch series 3)", index: 5)) {
            try await model.fit(batch: ys, maxConcurrency: 2)
        }
        await #expect(throws: SeasonalError.self) { try await model.fit(batch: ys, maxConcurrency: 0) }
    }
}
