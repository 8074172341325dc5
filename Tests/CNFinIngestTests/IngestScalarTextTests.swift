import Foundation
import Testing
@testable import CNFinIngest

/// ``IngestScalarText``, which keeps the original scalars of a release text only where the
/// normalised ones differ (or whole, when many differ): every original scalar and every range's
/// original text must be those of the text itself, in both forms.
@Suite struct IngestScalarTextTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Checks `text` against its scalars at random and edge ranges.
    static func check(_ text: String, _ scalarText: IngestScalarText, generator: inout Generator) {
        let original = Array(text.unicodeScalars)
        #expect(scalarText.count == original.count)
        for i in original.indices where scalarText.original(i) != original[i] {
            Issue.record("scalar \(i): \(scalarText.original(i)) != \(original[i])")
            return
        }
        func expected(_ r: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: original[r])
            return String(view)
        }
        var ranges = [0..<original.count, 0..<0, original.count..<original.count]
        for _ in 0..<300 where !original.isEmpty {
            let a = Int(generator.next() % UInt64(original.count + 1)), b = Int(generator.next() % UInt64(original.count + 1))
            ranges.append(min(a, b)..<max(a, b))
        }
        for r in ranges {
            #expect(scalarText.originalText(r) == expected(r), "\(r)")
        }
    }

    @Test func chineseTextsAsWritten() {
        var generator = Generator(state: 20_261_205)
        var forms: Set<Bool> = []
        let pieces = ["人民币贷款", "餘額", "萬億元", "，", ",", "1,234", "（M2）", "(M2)", "１２", "％", "—", "~", " ", "\u{3000}",
                      "貸款增加", "。", "\n", "a", "Z", "😀", "é"]
        for length in [0, 1, 5, 40, 400, 5_000, 20_000] {
            var text = ""
            for _ in 0..<length { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let scalarText = IngestTextNormalizer.normalize(text)
            Self.check(text, scalarText, generator: &generator)
            forms.insert(scalarText.keepsWholeOriginal)
            // The normalised scalars are those the parser reads: one per scalar, ASCII digits and full-width punctuation.
            #expect(!scalarText.normalized.contains("％") && !scalarText.normalized.contains("餘"))
        }
        // The release texts, simplified and traditional (many scalars differ: kept whole).
        for text in [IngestFixtureTexts.xinhua2023May, IngestFixtureTexts.xinhua2023May.replacingOccurrences(of: "余额", with: "餘額")] {
            Self.check(text, IngestTextNormalizer.normalize(text), generator: &generator)
        }
        #expect(forms == [false, true])
        #expect(!IngestTextNormalizer.normalize(String(repeating: IngestFixtureTexts.xinhua2023May, count: 20)).keepsWholeOriginal)
    }

    /// Upper-case English: more than a quarter of the scalars differ, so the original is kept whole
    /// (from the middle of the text on); lower-case: only the differences.
    @Test func englishTextsAsWritten() {
        var generator = Generator(state: 42)
        var forms: Set<Bool> = []
        for unit in ["RMB LOANS INCREASED BY RMB1.36 TRILLION, ", "rmb loans increased by RMB1.36 trillion in May, "] {
            for count in [1, 10, 1_000] {
                let text = String(repeating: unit, count: count)
                var parser = IngestEnglishParser(text: text)
                Self.check(text, parser.input, generator: &generator)
                forms.insert(parser.input.keepsWholeOriginal)
                _ = parser.parse()
            }
        }
        #expect(forms == [false, true])
    }
}
