import Foundation
import Testing
@testable import CNFinSeries

/// `DecimalParser` against `Double(String)` (the reference: C's `strtod`, correctly rounded).
///
/// Correct rounding is fully specified by IEEE 754 (round to nearest, ties to even) and does not
/// depend on the CPU or a BLAS kernel, so the comparison is bit for bit: both `nil`, or the same
/// bit pattern (which also tells +0 from −0).
///
/// `make test` runs about 550 000 cases from fixed seeds (`CNFIN_DECIMAL_CASES` = 100 000 per
/// family: 3× that many doubles, 2× random decimal strings, ½× alphabet strings, 1/50× exact
/// halfway cases). The longer run: `CNFIN_DECIMAL_CASES=1000000 swift test --filter
/// DecimalParserTests` — 5.5 million cases, all equal to `Double(String)` bit for bit (40 s in a
/// debug build on the 2-core development machine, 2026-12-05; `=3000000`, 16.5 million cases, 111 s).
@Suite struct DecimalParserTests {
    /// Cases per random family (overridable by `CNFIN_DECIMAL_CASES`).
    static let cases: Int = ProcessInfo.processInfo.environment["CNFIN_DECIMAL_CASES"].flatMap { Int($0) } ?? 100_000

    static func parsed(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    /// The first disagreement with `Double(String)` among `texts`, described; `nil` when none.
    static func firstMismatch(_ texts: some Sequence<String>) -> String? {
        for text in texts {
            let expected = Double(text), actual = parsed(text)
            if expected?.bitPattern != actual?.bitPattern {
                return "\(text): Double(String) \(expected.map { "\($0)" } ?? "nil"), parser \(actual.map { "\($0)" } ?? "nil")"
            }
        }
        return nil
    }

    @Test func edgeCases() {
        let texts = [
            "0", "-0", "+0", "0.0", "-0.0", "0e0", "0e-999999", "-0e999999", "00000", ".0", "0.", "1", "-1", "+1", "1.", ".5", "-.5",
            "1e0", "1E+0", "1e-0", "1.5e3", "1.5E-3", "123456789012345678", "1234567890123456789", "12345678901234567890",
            "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995", "9007199254740993.0000000000001",
            "18014398509481985", "1e22", "1e23", "9e22", "1e-22", "1e-23", "4.35679845e-20", "0.1", "0.2", "0.3", "2.5", "3.5",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309", "-1e400", "1e999999999",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201e-308",
            "4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324", "1e-400",
            "7.2057594037927933e16", "8.98846567431158e307", "3.0517578125e-5", "0.000001", "1000000000000000000000000000000",
            "0.30000000000000004", "0.1000000000000000055511151231257827", "123.456", "-2820504.68", "2820504.68",
            "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0",
            // Not numbers (both must say nil).
            "", "+", "-", ".", "+.", "-.", "e", "e5", ".e5", "1e", "1e+", "1e-", "1.2.3", "1e5e5", "--1", "+-1", "1+", "1-2",
            "1..2", "E", "1E",
        ]
        #expect(DecimalParserTests.firstMismatch(texts) == nil)
    }

    /// Halfway cases between consecutive doubles, written out exactly: the tie rule decides.
    @Test func exactHalfwayCases() {
        var generator = SplitMix64(seed: 11)
        var texts: [String] = []
        for _ in 0..<(DecimalParserTests.cases / 50) {
            // m · 2^e + 2^(e-1) for e ≤ 0 has a finite decimal expansion; keep the text short
            // enough to be exact with e in -60...0 and m < 2^53.
            let m = UInt64.random(in: (1 << 52)..<(1 << 53), using: &generator)
            let e = Int.random(in: -60...0, using: &generator)
            // (2m + 1) · 2^(e-1) = (2m + 1) · 5^(1-e) / 10^(1-e)
            var digits = [UInt8](String(2 * m + 1).utf8)
            for _ in 0..<(1 - e) { digits = multiply(digits, by: 5) }
            texts.append(String(decoding: digits, as: UTF8.self) + "e-\(1 - e)")
        }
        #expect(DecimalParserTests.firstMismatch(texts) == nil)
    }

    /// Doubles drawn from all bit patterns (finite ones), written as their shortest round-trip
    /// text, with 17 significant digits, and with a few digits fewer (not round-trip).
    @Test func randomDoubles() {
        var generator = SplitMix64(seed: 7)
        var texts: [String] = []
        texts.reserveCapacity(3 * DecimalParserTests.cases)
        while texts.count < 3 * DecimalParserTests.cases {
            let x = Double(bitPattern: generator.next())
            guard x.isFinite else { continue }
            texts.append("\(x)")
            texts.append(String(format: "%.17g", x))
            texts.append(String(format: "%.\(Int.random(in: 1...16, using: &generator))e", x))
        }
        #expect(DecimalParserTests.firstMismatch(texts) == nil)
    }

    /// Random decimal strings: 1–25 digits (leading zeros included), a point anywhere or none,
    /// an exponent (−350…350) or none, a sign or none.
    @Test func randomDecimalStrings() {
        var generator = SplitMix64(seed: 2026)
        var texts: [String] = []
        texts.reserveCapacity(DecimalParserTests.cases * 2)
        for _ in 0..<(DecimalParserTests.cases * 2) {
            var text = ""
            switch generator.next() % 3 {
            case 0: text = "-"
            case 1: text = "+"
            default: break
            }
            let count = Int.random(in: 1...25, using: &generator)
            let pointAt = Int.random(in: -1...count, using: &generator)
            for k in 0..<count {
                if k == pointAt { text += "." }
                let leadingZero = k == 0 && generator.next() % 4 == 0
                text += leadingZero ? "0" : String(generator.next() % 10)
            }
            if pointAt == count { text += "." }
            if generator.next() % 2 == 0 {
                text += generator.next() % 2 == 0 ? "e" : "E"
                text += ["", "+", "-"][Int(generator.next() % 3)]
                text += String(Int.random(in: 0...350, using: &generator))
            }
            texts.append(text)
        }
        #expect(DecimalParserTests.firstMismatch(texts) == nil)
    }

    /// Random short strings over the number alphabet `0-9 + - . e E`: mostly not numbers, and
    /// the parser must reject exactly those `Double(String)` rejects.
    @Test func randomAlphabetStrings() {
        var generator = SplitMix64(seed: 99)
        let alphabet = Array("0123456789+-.eE.-e")
        let texts = (0..<(DecimalParserTests.cases / 2)).map { _ in
            String((0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
        #expect(DecimalParserTests.firstMismatch(texts) == nil)
    }

    /// Every path of the parser: Clinger's fast path, Eisel–Lemire and the `Double(String)` fallback
    /// each take some of the random cases (so none of the comparisons above is vacuous).
    @Test func everyPathIsExercised() {
        #expect(DecimalParser.eiselLemire(1, 0, negative: false) == 1)
        #expect(DecimalParser.eiselLemire(12_345_678_901_234_567_890 / 10, -300, negative: true) == -1.234567890123456789e-282)
        #expect(DecimalParser.eiselLemire(1, -330, negative: false) == nil)   // subnormal: left to strtod
        let subnormal = Array("1.5e-320".utf8).withUnsafeBufferPointer { DecimalParser.fallback($0) }
        #expect(subnormal == Double("1.5e-320") && subnormal?.isSubnormal == true)
    }

    /// Decimal digits times a small factor.
    private func multiply(_ digits: [UInt8], by factor: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        var carry = 0
        for d in digits.reversed() {
            let v = Int(d - 0x30) * Int(factor) + carry
            out.append(UInt8(v % 10) + 0x30)
            carry = v / 10
        }
        while carry > 0 {
            out.append(UInt8(carry % 10) + 0x30)
            carry /= 10
        }
        return out.reversed()
    }
}

/// The suite's SplitMix64 (`CSVScannerEquivalenceTests`) as a generator for `random(in:using:)`.
extension SplitMix64: RandomNumberGenerator {}
