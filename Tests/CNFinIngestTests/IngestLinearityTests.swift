import Foundation
import Testing
@testable import CNFinIngest

/// The parsers' work is linear in the length of the text on any input — no
/// CJK sentence punctuation, HZ-encoded (ASCII) Chinese, one huge line, one
/// huge clause full of unattributable figures — checked without a clock:
/// ``IngestRawResult/work`` counts the scalars each parser visits or copies,
/// and quadrupling the input must not more than (about) quadruple it.
/// A quadratic step (a clause copied once per figure in it, a scalar offset
/// counted from the start of the text for every match) would multiply it by 16.
@Suite struct IngestLinearityTests {
    static func repeated(_ unit: String, toScalars n: Int) -> String {
        let count = unit.unicodeScalars.count
        return String(repeating: unit, count: max(1, n / count))
    }

    static func work(_ text: String) -> Int {
        if IngestParser.isChinese(text) {
            var p = IngestChineseParser(text: text)
            return p.parse().work
        }
        var p = IngestEnglishParser(text: text)
        return p.parse().work
    }

    /// Inputs of the shapes the fuzzer found slow, each a repeated unit.
    static let shapes: [(String, String)] = [
        // A release with its CJK punctuation removed: one sentence, one clause.
        ("no CJK punctuation",
         IngestFixtureTexts.xinhua2023May.unicodeScalars.filter { !"。，；：！？\n".unicodeScalars.contains($0) }
            .reduce(into: "") { $0.unicodeScalars.append($1) }),
        // The same release HZ-encoded (RFC 1843): ASCII, read by the English parser.
        ("HZ-encoded", #"~{VP9zHKCqRxPP5DJ}>];9OTJ>#,~}5~{TBD)#,NR9zHKCq1R4{?nS`6n~}227.53~{MrRZT*#,M,1HTv3$~}11.4%~{#,TvKY1HIOTBD)5M~}0.4~{8v0Y7V5c#,1HIODjM,FZ8_~}0.3~{8v0Y7V5c!#~}"#),
        // One huge English line (no ". "), figures whose subject is unknown.
        ("one English line", "green loans rose by RMB12.5 billion and the index was 3.2 percent, "),
        // One huge Chinese clause of unattributable figures.
        ("one clause of unknown subjects", "某某指标增加100亿元另一指标减少2.5万亿元"),
        // Numbers without end: dotted digits and one run of digits and commas.
        ("dotted digits", "1.2.3.4.5.6.7.8.9.0."),
        ("digits and commas", "1234,567,890,"),
        ("dotted digits in Chinese", "1.2.3.4.5亿元6.7.8%9.0个百分点增"),
    ]

    @Test(arguments: 0..<7)
    func workIsLinear(_ k: Int) {
        let (name, unit) = Self.shapes[k]
        let small = Self.repeated(unit, toScalars: 20_000)
        let large = Self.repeated(unit, toScalars: 80_000)
        let ws = Self.work(small)
        let wl = Self.work(large)
        let ratio = Double(wl) / Double(max(1, ws))
        let sizeRatio = Double(large.unicodeScalars.count) / Double(small.unicodeScalars.count)
        // Linear: ratio ≈ sizeRatio (4); the 10% margin covers the fixed cost of the first sentence.
        #expect(ratio <= sizeRatio * 1.1, "\(name): work \(ws) → \(wl) (×\(ratio)) for ×\(sizeRatio) input")
        // And a bounded cost per scalar (a few passes, each lead read three times).
        #expect(wl <= 40 * large.unicodeScalars.count, "\(name): \(wl) for \(large.unicodeScalars.count) scalars")
    }

    /// A figure in a huge clause is still found, and the clause is reported once.
    @Test func hugeClauseIsReportedOnce() throws {
        let text = "2030年4月份人民币贷款增加7300亿元" + Self.repeated("某某指标增加100亿元", toScalars: 20_000)
        let r = try IngestParser.parse(text: text, source: "t")
        #expect(r.figures.map(\.id) == ["loans_increase"])
        #expect(r.unparsed.count == 1)
    }

    /// Inputs the fuzzer timed out on (over 1 s under AddressSanitizer, tens
    /// of ms without) — small texts without Han characters, so read by the
    /// English parser. The cost was not the order of growth but the constant:
    /// every pattern was a Swift `Regex` literal, parsed again at each
    /// evaluation (two more per figure for the compared year) and matched
    /// with an existential output per match. The patterns are now matched by
    /// hand (``IngestEnglishPatterns``) and every scalar they compare is
    /// counted, so the work per scalar bounds the parser's cost.
    static let fuzzTimeouts: [(String, String)] = [
        // Fuzz/crashes/FuzzIngestZH/timeout-english-path-341-bytes.
        ("digits, % and ;", "80;;;;;;;;;;;;;;;;;;;;;;;;;80;;;gb18030;;;;;;;;;;;$;%438%43%A4%4%%$3%4%4%%/%4003R%43%4%%8%438%43%44003R%43%4%%%4003%43%4%4%%4003%43%4;;;;;;;;;;;;;;;;;;;;;;;80;;;gb18030;;;;;;;;;;;$;%438%43%A4%4%%$3%4%4%%/%4003R%43%4%%8%438%43%4%4%%43%4%4%%/%4003R%43%4%%%4003%43%4%4%%4003%43%4;;;;;;;;;;;;;;;0zW%4;;;;;04W%4%;;;;;;;;;;03W%4;;;;;04W%4%3 C!os80"),
        // Fuzz/crashes/FuzzIngestZH/timeout-mangled-deposits-372-bytes (control characters as spaces).
        ("mangled words", "Ah-houseposits_increas2|ncreas3|2023its|i1803 settpld_depd_deposits_increas2|2023its|i%1(03 settpld_deposits_increas2|ncreas2|202st3i|i31 s80ettpld_depo2ehoouseholdeposits_increas2|tpldits|i1803 settpld_deposits_increas2|ncreas2|2023its|i1803 settpld_depd_deposits_increas2|2023its|i1803 settpld_deposits_incrensafeas2|ncreas2|2023its|i31 s80ettpld_depo2023its|i1803 settp"),
        // The shape of Fuzz/crashes/FuzzIngestEN/*: an English AFRE release, figure after figure.
        ("English release", "According to preliminary statistics, the aggregate financing to the real economy (AFRE) (flow) was RMB1.56 trillion in May 2023, up RMB331.2 billion from the previous month and down RMB1.31 trillion from the same period of 2022. Of this amount, RMB loans to the real economy registered an increase of RMB1.22 trillion, RMB617.3 billion less than the increase in the same period of 2022; foreign currency-denominated loans to the real economy (RMB equivalent) recorded a decrease of RMB33.8 billion, RMB9.8 billion more than the decrease in the same period of 2022; entrusted loans registered an increase of RMB3.5 billion, RMB16.7 billion more than the increase in the same period of 2022; undiscounted bankers' acceptances recorded a decrease of RMB179.7 billion, RMB36.9 billion more than the decrease in the same period of 2022.\n"),
    ]

    /// The fuzzer's slow inputs: linear, with a small bounded work per scalar (every comparison counted).
    @Test(arguments: 0..<3)
    func fuzzTimeoutsCostLittlePerScalar(_ k: Int) {
        let (name, unit) = Self.fuzzTimeouts[k]
        #expect(!IngestParser.isChinese(unit), "\(name) is read by the English parser")
        let small = Self.repeated(unit, toScalars: 20_000)
        let large = Self.repeated(unit, toScalars: 80_000)
        let ws = Self.work(small)
        let wl = Self.work(large)
        let sizeRatio = Double(large.unicodeScalars.count) / Double(small.unicodeScalars.count)
        #expect(Double(wl) / Double(max(1, ws)) <= sizeRatio * 1.1, "\(name): work \(ws) → \(wl) for ×\(sizeRatio) input")
        // Measured 2026-12-05: 10, 16 and 18.5 per scalar (the five pattern scans, the leads and trails
        // read per figure, the copies); 25 leaves room for wording changes, not for a rescan per figure.
        #expect(wl <= 25 * large.unicodeScalars.count, "\(name): \(wl) for \(large.unicodeScalars.count) scalars")
    }
}
