/// Suggestions for a mistyped name: the candidates closest in Levenshtein
/// distance (case-insensitive).
public enum CloseMatches {
    /// The Levenshtein (edit) distance: the least number of single-character
    /// insertions, deletions and substitutions turning `a` into `b`.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Up to `limit` candidates closest to `name`, nearest first. A candidate qualifies when its
    /// distance is at most max(2, ⌈len(name)/2⌉) or it contains / is contained in `name`.
    ///
    /// Ranking: the distance (a containing candidate counts as at most the threshold), then
    /// candidates that start with `name`, then those with a `_`-separated word starting with it
    /// (`loan` → `loans_yoy`, `loans_balance` before `tsf_fx_loans`, `corporate_loans_balance`),
    /// then the shorter, then by name.
    public static func suggestions(for name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let query = name.lowercased()
        let threshold = max(2, (query.count + 1) / 2)
        struct Scored { let candidate: String, distance: Int, tier: Int, length: Int }
        let scored = Set(candidates).compactMap { candidate -> Scored? in
            let c = candidate.lowercased()
            let d = levenshtein(query, c)
            let related = !query.isEmpty && (c.contains(query) || query.contains(c))
            guard d <= threshold || related else { return nil }
            let tier = query.isEmpty ? 2 : c.hasPrefix(query) ? 0 : c.contains("_" + query) ? 1 : 2
            return Scored(candidate: candidate, distance: related ? min(d, threshold) : d, tier: tier, length: c.count)
        }
        return scored.sorted {
            if $0.distance != $1.distance { return $0.distance < $1.distance }
            if $0.tier != $1.tier { return $0.tier < $1.tier }
            if $0.length != $1.length { return $0.length < $1.length }
            return $0.candidate < $1.candidate
        }.prefix(max(0, limit)).map(\.candidate)
    }

    /// `"; did you mean a, b or c?"`, or an empty string for no suggestions.
    public static func didYouMean(_ suggestions: [String]) -> String {
        switch suggestions.count {
        case 0: return ""
        case 1: return "; did you mean '\(suggestions[0])'?"
        default:
            let quoted = suggestions.map { "'\($0)'" }
            return "; did you mean " + quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "") + "?"
        }
    }
}
