import CNFinLinearAlgebra
import CNFinTestSupport
import Foundation

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
