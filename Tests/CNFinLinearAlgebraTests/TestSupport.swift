import Foundation
import CNFinLinearAlgebra

/// A small deterministic generator (SplitMix64) so tests are reproducible.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform on [-1, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
}

func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var g = SplitMix64(state: seed)
    var m = Matrix(rows: rows, columns: columns)
    for j in 0..<columns { for i in 0..<rows { m[i, j] = g.uniform() } }
    return m
}

/// Frobenius norm.
func frobenius(_ m: Matrix) -> Double { m.storage.reduce(0) { $0 + $1 * $1 }.squareRoot() }

/// ‖A − B‖_F / ‖A‖_F.
func relativeDifference(_ a: Matrix, _ b: Matrix) -> Double {
    var s = 0.0
    for k in a.storage.indices { let d = a.storage[k] - b.storage[k]; s += d * d }
    return s.squareRoot() / max(frobenius(a), .leastNormalMagnitude)
}

/// Log relative error, NIST's accuracy measure: −log10(|x − c| / |c|).
func lre(_ x: Double, _ certified: Double) -> Double {
    if x == certified { return 15 }
    return -log10(abs(x - certified) / abs(certified))
}
