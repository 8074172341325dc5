import Testing
@testable import CNFinSeasonal

/// The selection used for STL's robustness-weight median returns exactly the value a sort
/// puts at each rank (exact equality: selection only moves values), including ties and
/// already sorted or reversed input.
@Suite struct OrderStatisticTests {
    @Test func selectionEqualsSortedValue() {
        var state: UInt64 = 99
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 33)
        }
        for n in [1, 2, 3, 15, 16, 17, 100, 241] {
            let random = (0..<n).map { _ in next() }
            let ties = (0..<n).map { _ in Double(Int(next()) % 3) }
            let sorted = random.sorted()
            for data in [random, ties, sorted, Array(sorted.reversed()), [Double](repeating: 0, count: n)] {
                let expected = data.sorted()
                for rank in Set([0, n / 2, n - (n / 2 + 1), n - 1]) {
                    var buffer = data
                    let v = buffer.withUnsafeMutableBufferPointer { b in
                        b.baseAddress.map { selectOrderStatistic($0, count: n, rank: rank) }
                    }
                    #expect(v == expected[rank])
                    #expect(buffer.sorted() == expected)   // a permutation of the input
                }
            }
        }
    }

    @Test func robustnessWeightsUseTheMedian() {
        // |R| = 0…9: median (4 + 5)/2 = 4.5, h = 27; weight of 9 is (1 − (9/27)²)².
        let r = (0..<10).map(Double.init)
        var rw = [Double](repeating: -1, count: 10), scratch = [Double](repeating: 0, count: 10)
        robustnessWeights(absoluteResiduals: r.shuffled(), into: &rw, scratch: &scratch)
        var rwSorted = [Double](repeating: -1, count: 10)
        robustnessWeights(absoluteResiduals: r, into: &rwSorted, scratch: &scratch)
        let u = 9.0 / 27
        #expect(rwSorted[9] == (1 - u * u) * (1 - u * u))
        #expect(rwSorted[0] == 1)
        #expect(rw.sorted() == rwSorted.sorted())
    }
}
