/// A signed linear combination of series, e.g. `m1 - m0` or `m2 - 0.5*x`:
/// value = Σ_k coefficient_k · series_k.
///
/// Grammar: `term (("+" | "-") term)*`, where a term is `[number "*"] id` and
/// an id is letters, digits and underscores starting with a letter. A leading
/// `-` negates the first term.
public struct LinearFormula: Sendable, Hashable, CustomStringConvertible {
    /// One term: coefficient · series.
    public struct Term: Sendable, Hashable {
        /// The multiplier (±1 for plain sums and differences).
        public var coefficient: Double
        /// The series id.
        public var seriesID: String

        /// Creates a term.
        public init(coefficient: Double, seriesID: String) {
            self.coefficient = coefficient
            self.seriesID = seriesID
        }
    }

    /// The terms in the order written.
    public var terms: [Term]

    /// Creates a formula from terms.
    public init(terms: [Term]) {
        self.terms = terms
    }

    /// A formula that is just one series.
    public init(seriesID: String) {
        self.terms = [Term(coefficient: 1, seriesID: seriesID)]
    }

    /// The ids of the series the formula reads, in order, without repetition.
    public var seriesIDs: [String] {
        var seen = Set<String>()
        return terms.compactMap { seen.insert($0.seriesID).inserted ? $0.seriesID : nil }
    }

    /// Evaluates the formula; `nil` if any series has no value.
    public func evaluate(_ value: (String) -> Double?) -> Double? {
        var total = 0.0
        for term in terms {
            guard let v = value(term.seriesID) else { return nil }
            total += term.coefficient * v
        }
        return total
    }

    /// Parses `m1 - m0`, `a + b - c`, `2*a - b`.
    public static func parse(_ text: String) throws(DecompositionError) -> LinearFormula {
        var terms: [Term] = []
        var sign = 1.0
        var expectTerm = true
        var sawUnarySign = false
        var chars = Array(text.unicodeScalars)[...]
        func skipSpaces() { while let c = chars.first, c == " " || c == "\t" { chars.removeFirst() } }
        while true {
            skipSpaces()
            guard let c = chars.first else { break }
            if c == "+" || c == "-" {
                if expectTerm {
                    // Only the first term may carry a unary sign, and only one.
                    guard terms.isEmpty, !sawUnarySign else {
                        throw .invalidFormula(formula: text, reason: "two operators in a row")
                    }
                    sawUnarySign = true
                    if c == "-" { sign = -1 }
                    chars.removeFirst()
                    continue
                }
                sign = c == "-" ? -1 : 1
                expectTerm = true
                chars.removeFirst()
                continue
            }
            guard expectTerm else {
                throw .invalidFormula(formula: text, reason: "expected + or - before \"\(String(String.UnicodeScalarView(chars)))\"")
            }
            // Optional numeric coefficient followed by "*".
            var coefficient = 1.0
            if c.properties.numericType != nil || c == "." {
                var number = ""
                while let d = chars.first, d.properties.numericType != nil || d == "." || d == "e" || d == "E" {
                    number.unicodeScalars.append(d)
                    chars.removeFirst()
                }
                guard let value = Double(number), value.isFinite else {
                    throw .invalidFormula(formula: text, reason: "\"\(number)\" is not a number")
                }
                skipSpaces()
                guard chars.first == "*" else {
                    throw .invalidFormula(formula: text, reason: "a number must be followed by * and a series id")
                }
                chars.removeFirst()
                skipSpaces()
                coefficient = value
            }
            var id = ""
            while let d = chars.first, d.isASCII, d.properties.isAlphabetic || d.properties.numericType != nil || d == "_" {
                id.unicodeScalars.append(d)
                chars.removeFirst()
            }
            guard let first = id.unicodeScalars.first, first.properties.isAlphabetic else {
                throw .invalidFormula(formula: text, reason: "expected a series id (letters, digits, _)")
            }
            terms.append(Term(coefficient: sign * coefficient, seriesID: id))
            sign = 1
            expectTerm = false
        }
        guard !terms.isEmpty, !expectTerm else {
            throw .invalidFormula(formula: text, reason: terms.isEmpty ? "empty formula" : "ends with an operator")
        }
        return LinearFormula(terms: terms)
    }

    /// The formula written back, e.g. `m1 - m0`.
    public var description: String {
        var out = ""
        for (k, term) in terms.enumerated() {
            let magnitude = abs(term.coefficient)
            let body = magnitude == 1 ? term.seriesID : "\(magnitude)*\(term.seriesID)"
            if k == 0 {
                out = (term.coefficient < 0 ? "-" : "") + body
            } else {
                out += (term.coefficient < 0 ? " - " : " + ") + body
            }
        }
        return out
    }
}
