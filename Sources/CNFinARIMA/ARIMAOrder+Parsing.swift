extension ARIMAOrder {
    /// Parses orders as written on a command line or printed by ``description``: `p,d,q` (the seasonal
    /// orders then come from `seasonal`, by default the airline model's `(0,1,1)`), `p,d,q(P,D,Q)` or
    /// `(p,d,q)(P,D,Q)`. Spaces are ignored. Every order is checked against the limits of
    /// ``init(p:d:q:seasonalP:seasonalD:seasonalQ:period:)`` before it is used.
    ///
    /// - Throws: ``ARIMAError/invalidParameter(name:value:requirement:)`` when the text is not of that
    ///   form, ``ARIMAError/orderOutOfRange(name:value:allowed:)`` for an order outside its limits.
    public init(parsing text: String, seasonal: ARIMAOrder = .airline) throws(ARIMAError) {
        let compact = text.filter { !$0.isWhitespace }
        var regular = Substring(compact)
        var seasonalText: Substring?
        if compact.hasSuffix(")"), let open = compact.lastIndex(of: "("), open != compact.startIndex {
            regular = compact[..<open]
            seasonalText = compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]
        }
        if regular.hasPrefix("("), regular.hasSuffix(")"), regular.count >= 2 { regular = regular.dropFirst().dropLast() }
        let requirement = "write p,d,q or p,d,q(P,D,Q) with whole numbers, e.g. 0,1,1 or 0,1,1(0,1,1)"
        guard let r = Self.triple(regular) else { throw .invalidParameter(name: "order", value: text, requirement: requirement) }
        var s = (seasonal.seasonalP, seasonal.seasonalD, seasonal.seasonalQ)
        if let seasonalText {
            guard let given = Self.triple(seasonalText) else { throw .invalidParameter(name: "order", value: text, requirement: requirement) }
            s = given
        }
        try self.init(p: r.0, d: r.1, q: r.2, seasonalP: s.0, seasonalD: s.1, seasonalQ: s.2, period: seasonal.period)
    }

    /// Parses the seasonal orders `P,D,Q` (or `(P,D,Q)`), with the non-seasonal orders of `regular`
    /// (by default the airline model's `(0,1,1)`); each order is checked as by
    /// ``init(p:d:q:seasonalP:seasonalD:seasonalQ:period:)``.
    public init(parsingSeasonal text: String, regular: ARIMAOrder = .airline) throws(ARIMAError) {
        var compact = Substring(text.filter { !$0.isWhitespace })
        if compact.hasPrefix("("), compact.hasSuffix(")"), compact.count >= 2 { compact = compact.dropFirst().dropLast() }
        guard let s = Self.triple(compact) else {
            throw .invalidParameter(name: "seasonal order", value: text, requirement: "write P,D,Q with whole numbers, e.g. 0,1,1")
        }
        try self.init(p: regular.p, d: regular.d, q: regular.q, seasonalP: s.0, seasonalD: s.1, seasonalQ: s.2, period: regular.period)
    }

    /// Three comma-separated whole numbers, or `nil`.
    private static func triple(_ text: Substring) -> (Int, Int, Int)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        return (a, b, c)
    }
}
