import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

/// SplitMix64 (Steele, Lea & Flood 2014): a seeded generator, so every run
/// draws the same shuffles and insertions.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Properties of issue 13 §3: shuffling self-contained sentences, inserting
/// unrelated commentary, or writing the text in traditional characters never
/// changes the set of figures found.
@Suite struct IngestPropertyTests {
    /// Simplified → traditional for the characters of the test texts, written
    /// out here independently of the parser's own table.
    static let toTraditional: [Character: Character] = [
        "广": "廣", "义": "義", "货": "貨", "币": "幣", "余": "餘", "额": "額", "万": "萬", "亿": "億", "长": "長",
        "个": "個", "点": "點", "狭": "狹", "贷": "貸", "户": "戶", "业": "業", "单": "單", "据": "據", "财": "財",
        "会": "會", "规": "規", "为": "為", "减": "減", "较": "較", "与": "與", "统": "統", "计": "計", "场": "場",
        "认": "認", "专": "專", "优": "優", "结": "結", "构": "構", "继": "繼", "续": "續", "历": "歷",
        "经": "經", "济": "濟", "实": "實", "体": "體", "对": "對", "发": "發", "放": "放", "券": "券", "债": "債",
        "资": "資", "产": "產", "证": "證", "国": "國", "别": "別", "两": "兩", "达": "達", "环": "環", "显": "顯",
        "门": "門", "团": "團", "时": "時", "态": "態", "绿": "綠", "标": "標", "总": "總",
    ]

    static func traditional(_ text: String) -> String {
        String(text.map { toTraditional[$0] ?? $0 })
    }

    static func figureSet(_ text: String, month: String? = "2030-04") throws -> Set<String> {
        let r = try IngestParser.parse(text: text, source: "p", month: month.map { try Month.parse($0) })
        return Set(r.figures.map { "\($0.monthText) \($0.id) \($0.measure) \($0.value)" })
    }

    @Test func theMapIsATranslationNotAnIdentity() {
        let t = Self.traditional(IngestPatternTexts.selfContained)
        #expect(t != IngestPatternTexts.selfContained)
        #expect(t.contains("餘額") && t.contains("萬億元") && t.contains("貸款"))
    }

    @Test func shufflingSentencesKeepsTheFigures() throws {
        let sentences = IngestPatternTexts.selfContainedSentences
        let reference = try Self.figureSet(sentences.joined())
        #expect(reference.count == 29)
        var rng = SplitMix64(state: 13)
        for _ in 0..<25 {
            let shuffled = sentences.shuffled(using: &rng).joined()
            #expect(try Self.figureSet(shuffled) == reference)
            // Sentences may also be separated by line breaks.
            #expect(try Self.figureSet(sentences.shuffled(using: &rng).joined(separator: "\n")) == reference)
        }
    }

    @Test func insertingCommentaryKeepsTheFigures() throws {
        let sentences = IngestPatternTexts.selfContainedSentences
        let reference = try Self.figureSet(sentences.joined())
        var rng = SplitMix64(state: 2030)
        for _ in 0..<25 {
            var text = sentences
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let c = IngestPatternTexts.commentary.randomElement(using: &rng) ?? ""
                text.insert(c, at: Int.random(in: 0...text.count, using: &rng))
            }
            #expect(try Self.figureSet(text.joined()) == reference, "\(text.joined())")
        }
    }

    @Test func traditionalCharactersKeepTheFigures() throws {
        let texts = [
            IngestPatternTexts.selfContained, IngestPatternTexts.unknownSubjectSubItems, IngestPatternTexts.enterpriseLoans,
            IngestPatternTexts.twoYearsEarlier, IngestPatternTexts.otherMonthQuoted, IngestPatternTexts.countryPrefix,
            IngestPatternTexts.respectivelyPoints, IngestPatternTexts.conflicting, IngestFixtureTexts.xinhua2023May,
            IngestHandWrittenTexts.januaryFebruary, IngestHandWrittenTexts.negativeFlows,
        ]
        for text in texts {
            let month: String? = text == IngestFixtureTexts.xinhua2023May ? "2023-05" : nil
            let simplified = try Self.figureSet(text, month: month)
            #expect(!simplified.isEmpty)
            #expect(try Self.figureSet(Self.traditional(text), month: month) == simplified, "\(Self.traditional(text))")
        }
        // Shuffled, with commentary, and in traditional characters at once.
        var rng = SplitMix64(state: 7)
        let reference = try Self.figureSet(IngestPatternTexts.selfContained)
        for _ in 0..<10 {
            var text = IngestPatternTexts.selfContainedSentences.shuffled(using: &rng)
            text.insert(IngestPatternTexts.commentary[1], at: Int.random(in: 0...text.count, using: &rng))
            #expect(try Self.figureSet(Self.traditional(text.joined())) == reference)
        }
    }

    @Test func englishSentencesInAnyOrder() throws {
        let sentences = [
            "At end-April 2030, broad money (M2) stood at RMB331.8 trillion, up 7.3 percent year on year. ",
            "In April 2030, RMB loans increased by RMB730 billion, RMB120 billion less year on year. ",
            "In April 2030, household loans decreased by RMB210 billion, of which MLT loans decreased by RMB70 billion. ",
            "In April 2030, green loans increased by RMB420 billion, of which MLT loans increased by RMB180 billion. ",
            "At end-April 2030, outstanding RMB loans stood at RMB300.45 trillion, up 7.1 percent year on year. ",
        ]
        let reference = try Self.figureSet(sentences.joined())
        #expect(reference.count == 8)
        var rng = SplitMix64(state: 99)
        for _ in 0..<25 {
            #expect(try Self.figureSet(sentences.shuffled(using: &rng).joined()) == reference)
        }
    }

    /// Random edits of the corpus (deleting, duplicating, swapping pieces,
    /// inserting punctuation, digits and units) never crash the parsers, and
    /// every span they return is the exact substring at its offsets.
    @Test func mutatedTextsKeepSpansExact() throws {
        let pieces = ["。", "，", "；", "\n", ". ", ", ", "1.5", "-", "万亿元", "亿元", "%", "个百分点", "个和", "其中", "（", "）",
                      "(yè)", "比2028年同期", "respectively", " percent", " trillion yuan", "RMB", "end-April", "~{", "持平", "分别"]
        let sources = [IngestPatternTexts.selfContained, IngestPatternTexts.respectivelyPoints, IngestPatternTexts.traditionalPinyin,
                       IngestPatternTexts.englishComparisonMonth, IngestPatternTexts.englishUnknownSubject,
                       IngestFixtureTexts.englishAFREFlow2023May, IngestFixtureTexts.xinhua2023May]
        var rng = SplitMix64(state: 1843)
        for round in 0..<300 {
            var s = Array(sources[round % sources.count].unicodeScalars)
            for _ in 0..<Int.random(in: 1...8, using: &rng) where !s.isEmpty {
                let a = Int.random(in: 0..<s.count, using: &rng)
                let b = min(s.count, a + Int.random(in: 0...12, using: &rng))
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: s.removeSubrange(a..<b)
                case 1: s.insert(contentsOf: s[a..<b], at: Int.random(in: 0...s.count, using: &rng))
                case 2: s.insert(contentsOf: (pieces.randomElement(using: &rng) ?? "").unicodeScalars, at: a)
                default: if b > a { s.replaceSubrange(a..<b, with: s[a..<b].reversed()) }
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s)
            let text = String(view)
            guard let r = try? IngestParser.parse(text: text, source: "m", month: Month(year: 2030, month: 4)) else { continue }
            let spans = r.figures.map(\.span) + r.unparsed.map(\.span) + r.conflicts.flatMap { [$0.first, $0.second] }
            for span in spans {
                #expect(span.start >= 0 && span.start <= span.end && span.end <= s.count)
                guard span.start >= 0, span.start <= span.end, span.end <= s.count else { continue }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[span.start..<span.end])
                #expect(String(v) == span.text)
            }
        }
    }
}
