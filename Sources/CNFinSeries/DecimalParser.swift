/// Decimal text → `Double`, read straight from UTF-8 bytes, correctly rounded (round to
/// nearest, ties to even) and accepting exactly what `Double(String)` accepts for text made of
/// `0-9 + - . e E`:
///
/// ```
/// [+-]? ( digits ( "." digits? )? | "." digits ) ( [eE] [+-]? digits )?
/// ```
///
/// An overflowing value is ±infinity and an underflowing one ±0, as `Double(String)` (C's
/// `strtod`) gives them; hexadecimal, `inf` and `nan` spellings are not accepted (``CSVTable``
/// reads those as missing values or errors before a number is parsed).
///
/// Three paths, the first that applies:
/// 1. **Clinger's fast path** (W. D. Clinger, "How to read floating point numbers accurately",
///    PLDI 1990): a significand w < 2⁵³ and a power of ten |q| ≤ 22 are both exact doubles, so
///    one IEEE multiplication or division `w · 10^q` is the correctly rounded result.
/// 2. **Eisel–Lemire** (D. Lemire, "Number parsing at a gigabyte per second", Software:
///    Practice and Experience 51(8), 2021; N. Tao's formulation in Go's `strconv`): for a
///    significand of at most 19 digits, the normalized w times a 128-bit truncation of 10^q
///    (``decimalPowerMantissas``) gives the 54 leading bits of w · 10^q; the method reports
///    failure whenever truncation could change the rounding (the product's low bits too close
///    to a carry, an exact halfway case) or the result is subnormal or out of range.
/// 3. **`Double(String)`** (the standard library's `strtod` in the C locale) for the rest: more
///    than 19 significant digits, the rare failures of path 2, subnormals, overflow. Only this
///    path makes a `String`; numeric CSV columns almost never reach it.
///
/// Exactness is tested against `Double(String)` on random and edge-case decimal strings
/// (`DecimalParserTests`).
public enum DecimalParser {
    /// The smallest and largest powers of ten in ``decimalPowerMantissas``.
    static let minimumPowerOfTen = -348
    static let maximumPowerOfTen = 347

    /// The value of the decimal text in `bytes`, or `nil` when the text does not follow the
    /// grammar above (including the empty text).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n, bytes[i] == plus || bytes[i] == minus {
            negative = bytes[i] == minus
            i += 1
        }
        // Significand: up to 19 significant digits in `w`; `dropped` more are only counted.
        var w: UInt64 = 0
        var significant = 0
        var dropped = 0
        var exponent = 0            // the power of ten applied to w
        var digits = 0              // all digits of the significand, leading zeros included
        while i < n, let d = digit(bytes[i]) {
            accumulate(d, &w, &significant, &dropped)
            if significant > 19 { exponent += 1 }
            digits += 1
            i += 1
        }
        if i < n, bytes[i] == point {
            i += 1
            while i < n, let d = digit(bytes[i]) {
                accumulate(d, &w, &significant, &dropped)
                if significant <= 19 { exponent -= 1 }
                digits += 1
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < n, bytes[i] == lowerE || bytes[i] == upperE {
            i += 1
            var exponentNegative = false
            if i < n, bytes[i] == plus || bytes[i] == minus {
                exponentNegative = bytes[i] == minus
                i += 1
            }
            var explicit = 0
            var exponentDigits = 0
            while i < n, let d = digit(bytes[i]) {
                if explicit < 1_000_000 { explicit = explicit * 10 + Int(d) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -explicit : explicit
        }
        guard i == n else { return nil }

        if w == 0 { return negative ? -0.0 : 0.0 }
        if dropped == 0 {
            // 1. Clinger's fast path.
            if w <= 1 << 53, exponent >= -22, exponent <= 22 {
                let value = exponent < 0 ? Double(w) / exactPowersOfTen[-exponent] : Double(w) * exactPowersOfTen[exponent]
                return negative ? -value : value
            }
            // 2. Eisel–Lemire.
            if let value = eiselLemire(w, exponent, negative: negative) { return value }
        }
        // 3. strtod.
        return fallback(bytes)
    }

    /// The Eisel–Lemire approximation of w · 10^q, or `nil` when it cannot decide the rounding.
    static func eiselLemire(_ significand: UInt64, _ q: Int, negative: Bool) -> Double? {
        guard q >= minimumPowerOfTen, q <= maximumPowerOfTen else { return nil }
        let shift = significand.leadingZeroBitCount
        let w = significand << UInt64(shift)
        // floor(log2(10) · q) + 64 + exponent bias, less the normalization shift.
        var exponent2 = Int64((217_706 * q) >> 16) + 64 + 1023 - Int64(shift)
        let power = decimalPowerMantissas[q - minimumPowerOfTen]
        var (high, low) = w.multipliedFullWidth(by: power.high)
        // The 64-bit truncation may be too small in the bits that decide the rounding: add the
        // product with the lower half of the power of ten.
        if high & 0x1FF == 0x1FF, low &+ w < w {
            let (yHigh, yLow) = w.multipliedFullWidth(by: power.low)
            var mergedHigh = high
            let mergedLow = low &+ yHigh
            if mergedLow < low { mergedHigh &+= 1 }
            if mergedHigh & 0x1FF == 0x1FF, mergedLow &+ 1 == 0, yLow &+ w < w { return nil }
            high = mergedHigh
            low = mergedLow
        }
        let top = high >> 63
        var mantissa = high >> (top + 9)
        exponent2 -= Int64(1 ^ top)
        // An exact halfway case between two doubles: truncation cannot tell which way to round.
        if low == 0, high & 0x1FF == 0, mantissa & 3 == 1 { return nil }
        mantissa += mantissa & 1
        mantissa >>= 1
        if mantissa >> 53 > 0 {
            mantissa >>= 1
            exponent2 += 1
        }
        // Subnormal, zero, infinite: left to strtod.
        guard exponent2 > 0, exponent2 < 0x7FF else { return nil }
        var bits = UInt64(exponent2) << 52 | mantissa & 0x000F_FFFF_FFFF_FFFF
        if negative { bits |= 1 << 63 }
        return Double(bitPattern: bits)
    }

    /// The rare cases: `Double(String)` (the standard library's `strtod` in the C locale) on
    /// the text of `bytes`. (Glibc's `strtod_l` is not visible to Swift, and plain `strtod`
    /// would follow the process locale's decimal point.)
    static func fallback(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self))
    }

    private static func accumulate(_ d: UInt8, _ w: inout UInt64, _ significant: inout Int, _ dropped: inout Int) {
        if w == 0 && d == 0 { return }   // a leading zero
        significant += 1
        if significant <= 19 {
            w = w &* 10 &+ UInt64(d)
        } else if d != 0 {
            dropped += 1
        }
    }

    @inline(__always)
    private static func digit(_ b: UInt8) -> UInt8? {
        let d = b &- 0x30
        return d < 10 ? d : nil
    }

    /// 10^0 ... 10^22, each exactly representable.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}

private let plus: UInt8 = 0x2B
private let minus: UInt8 = 0x2D
private let point: UInt8 = 0x2E
private let lowerE: UInt8 = 0x65
private let upperE: UInt8 = 0x45
