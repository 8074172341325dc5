/// A release text as the parsers read it: its scalars normalised one for one (``normalized``,
/// so offsets in it are offsets in the text), and the original scalars kept only where they
/// differ from the normalised ones — a few punctuation marks, full-width digits, upper-case
/// letters or traditional characters — so that the text is held once, at 4 bytes a scalar,
/// instead of twice. When more than a quarter of the scalars differ, the original scalars are
/// kept whole (4 bytes each, never more than the plain copy).
struct IngestScalarText {
    /// The normalised scalars, one per scalar of the text.
    let normalized: [Unicode.Scalar]
    private let storage: Storage

    private enum Storage {
        /// `scalars[k]` is the original at offset `positions[k]` (increasing); elsewhere it is the normalised scalar.
        case differences(positions: [Int32], scalars: [Unicode.Scalar])
        case whole([Unicode.Scalar])
    }

    /// Normalises `text` in one pass; `normalize(previous, current, next)` maps a scalar given
    /// its original neighbours (`nil` at either end of the text).
    init(_ text: String, normalize: (Unicode.Scalar?, Unicode.Scalar, Unicode.Scalar?) -> Unicode.Scalar) {
        var normalized: [Unicode.Scalar] = []
        var positions: [Int32] = []
        var changed: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        var originalWhole: [Unicode.Scalar]?
        while let c = current {
            let next = iterator.next()
            let n = normalize(previous, c, next)
            normalized.append(n)
            if originalWhole != nil {
                originalWhole?.append(c)
            } else if n != c {
                // Beyond a quarter (or at offsets past Int32), the whole original is smaller and simpler.
                if positions.count >= 1_024 && (positions.count + 1) * 4 > normalized.count || normalized.count > Int(Int32.max) {
                    var whole = Self.restore(normalized, positions: positions, scalars: changed)
                    whole[whole.count - 1] = c
                    originalWhole = whole
                    positions = []
                    changed = []
                } else {
                    positions.append(Int32(normalized.count - 1))
                    changed.append(c)
                }
            }
            previous = c
            current = next
        }
        self.normalized = normalized
        if let originalWhole {
            storage = .whole(originalWhole)
        } else {
            storage = .differences(positions: positions, scalars: changed)
        }
    }

    private static func restore(_ normalized: [Unicode.Scalar], positions: [Int32], scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var whole = normalized
        for (p, c) in zip(positions, scalars) { whole[Int(p)] = c }
        return whole
    }

    /// The number of scalars.
    var count: Int { normalized.count }

    /// Whether the original scalars are kept whole (more than a quarter differ).
    var keepsWholeOriginal: Bool {
        if case .whole = storage { return true }
        return false
    }

    /// The original scalar at offset `i`.
    func original(_ i: Int) -> Unicode.Scalar {
        switch storage {
        case .whole(let whole): return whole[i]
        case .differences(let positions, let scalars):
            let k = Self.firstPosition(atLeast: i, in: positions)
            return k < positions.count && Int(positions[k]) == i ? scalars[k] : normalized[i]
        }
    }

    /// The original text of the scalars `r`.
    func originalText(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        switch storage {
        case .whole(let whole):
            out.append(contentsOf: whole[r])
        case .differences(let positions, let scalars):
            var k = Self.firstPosition(atLeast: r.lowerBound, in: positions)
            var from = r.lowerBound
            while k < positions.count, Int(positions[k]) < r.upperBound {
                let p = Int(positions[k])
                out.append(contentsOf: normalized[from..<p])
                out.append(scalars[k])
                from = p + 1
                k += 1
            }
            out.append(contentsOf: normalized[from..<r.upperBound])
        }
        return String(out)
    }

    /// The index of the first of the increasing `positions` that is ≥ `i` (binary search).
    private static func firstPosition(atLeast i: Int, in positions: [Int32]) -> Int {
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if Int(positions[mid]) < i { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
