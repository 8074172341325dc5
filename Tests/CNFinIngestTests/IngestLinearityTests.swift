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
}
