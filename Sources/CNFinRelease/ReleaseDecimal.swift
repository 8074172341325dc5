import CNFinSupport

/// An exact decimal number `significand × 10^(−scale)`, used so that release
/// arithmetic and rounding act on the digits as published rather than on
/// their binary approximations (in `Double`, `11.4 − 11.0` is
/// `0.40000000000000036` and `0.35` is slightly below one half-step).
///
/// A `Double` is converted through its shortest round-trip decimal text
/// (`13627.94` becomes exactly 1362794 × 10⁻²), which is the number as it was
/// written in the dataset.
public struct ReleaseDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The integer digits.
    public let significand: Int
    /// The number of digits after the decimal point.
    public let scale: Int

    /// The largest scale kept; more digits than this are not in any dataset.
    static let maximumScale = 8

    /// The largest scale representable: `10^18` is the largest power of ten in `Int`, so
    /// rescaling and rounding never form a power that does not fit.
    static let maximumRepresentableScale = 18

    /// Creates `significand × 10^(−scale)`; `scale` is clamped to 0…18.
    public init(significand: Int, scale: Int) {
        self.significand = significand
        self.scale = min(max(0, scale), Self.maximumRepresentableScale)
    }

    /// The decimal written by Swift's shortest round-trip description of `x`
    /// (digits beyond the 8th decimal are rounded away, half up), or `nil` when `x` is not
    /// finite or |x| ≥ 10⁹ (the largest amount in the data, the TSF stock, is
    /// below 10⁷ 亿元), so that the exact arithmetic cannot overflow.
    public init?(_ x: Double) {
        guard x.isFinite, abs(x) < 1e9 else { return nil }
        guard let parsed = ReleaseDecimal(parsing: "\(x)") else { return nil }
        self = parsed
    }

    /// Parses plain or exponential decimal text (`-12.5`, `1e-05`, `1.5e+20`).
    init?(parsing text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            // Exponents beyond ±400 cannot come from a finite Double's description.
        guard let exp = Int(text[text.index(after: e)...]), abs(exp) <= 400 else { return nil }
            exponent = exp
            mantissa = text[..<e]
        }
        var negative = false
        if mantissa.first == "-" { negative = true; mantissa = mantissa.dropFirst() }
        var digits = ""
        var fraction = 0
        var seenPoint = false
        for c in mantissa {
            if c == "." { if seenPoint { return nil }; seenPoint = true; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits.append(c)
            if seenPoint { fraction += 1 }
        }
        guard !digits.isEmpty else { return nil }
        var scale = fraction - exponent
        if scale < 0 {
            digits += String(repeating: "0", count: -scale)
            scale = 0
        }
        // Round away digits beyond the maximum scale: they cannot occur in release data, only as binary
        // noise (`-0.7999999999999999` is `-0.8`), so they round (half up) rather than truncate; a value
        // below 10⁻⁸ (e.g. 1e-300) keeps no digit and is 0 at that scale.
        var roundUp = false
        if scale > Self.maximumScale {
            let drop = scale - Self.maximumScale
            if drop <= digits.count {
                roundUp = digits[digits.index(digits.endIndex, offsetBy: -drop)] >= "5"
            }
            digits = drop >= digits.count ? "0" : String(digits.dropLast(drop))
            scale = Self.maximumScale
        }
        guard digits.count <= 18, var magnitude = Int(digits) else { return nil }
        if roundUp { magnitude += 1 }
        self.init(significand: negative ? -magnitude : magnitude, scale: scale)
    }

    /// The value as a `Double`.
    public var doubleValue: Double {
        Double(significand) / Self.power(scale)
    }

    /// `true` when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// `true` when the value is zero.
    public var isZero: Bool { significand == 0 }

    /// The absolute value.
    public var magnitude: ReleaseDecimal { ReleaseDecimal(significand: abs(significand), scale: scale) }

    /// The same value with `newScale ≥ scale` digits after the point.
    func rescaled(to newScale: Int) -> ReleaseDecimal {
        guard newScale > scale else { return self }
        return ReleaseDecimal(significand: significand * Self.integerPower(newScale - scale), scale: newScale)
    }

    /// The exact difference `lhs − rhs`.
    public static func - (lhs: ReleaseDecimal, rhs: ReleaseDecimal) -> ReleaseDecimal {
        let s = max(lhs.scale, rhs.scale)
        return ReleaseDecimal(significand: lhs.rescaled(to: s).significand - rhs.rescaled(to: s).significand, scale: s)
    }

    /// The exact sum `lhs + rhs`.
    public static func + (lhs: ReleaseDecimal, rhs: ReleaseDecimal) -> ReleaseDecimal {
        let s = max(lhs.scale, rhs.scale)
        return ReleaseDecimal(significand: lhs.rescaled(to: s).significand + rhs.rescaled(to: s).significand, scale: s)
    }

    public static func == (lhs: ReleaseDecimal, rhs: ReleaseDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: s).significand == rhs.rescaled(to: s).significand
    }

    public func hash(into hasher: inout Hasher) {
        var s = significand, k = scale
        while k > 0, s % 10 == 0 { s /= 10; k -= 1 }
        hasher.combine(s)
        hasher.combine(k)
    }

    public static func < (lhs: ReleaseDecimal, rhs: ReleaseDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: s).significand < rhs.rescaled(to: s).significand
    }

    /// The value divided by `10^k` (exact: only the scale changes).
    func shifted(down k: Int) -> ReleaseDecimal {
        ReleaseDecimal(significand: significand, scale: scale + k)
    }

    /// The value rounded to `places` digits after the point with `rule`.
    public func rounded(places: Int, rule: ReleaseRounding.Rule) -> ReleaseDecimal {
        guard scale > places else { return self }
        let divisor = Self.integerPower(scale - max(places, 0))
        let magnitude = abs(significand)
        var quotient = magnitude / divisor
        let remainder = magnitude % divisor
        let twice = remainder * 2
        if twice > divisor {
            quotient += 1
        } else if twice == divisor {
            switch rule {
            case .halfUp: quotient += 1
            case .halfEven: if quotient % 2 == 1 { quotient += 1 }
            }
        }
        return ReleaseDecimal(significand: significand < 0 ? -quotient : quotient, scale: places)
    }

    /// Plain decimal text with exactly `scale` digits after the point.
    public var description: String {
        let digits = String(abs(significand))
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<cut] + "." + padded[cut...]
    }

    /// Plain decimal text without trailing zeros after the point (`11.0` → `11`).
    public var trimmedDescription: String {
        NumberText.trimmingFractionZeros(description)
    }

    /// `10^k` for `k` in 0…18 (the scales this type holds), exactly, as an `Int`.
    static func integerPower(_ k: Int) -> Int {
        var p = 1
        for _ in 0..<min(max(0, k), maximumRepresentableScale) { p *= 10 }
        return p
    }

    static func power(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<max(0, k) { p *= 10 }
        return p
    }
}
