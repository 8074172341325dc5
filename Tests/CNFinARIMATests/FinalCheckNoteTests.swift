import CNFinARIMA
import CNFinSeries
import Testing

/// The automatic model's final checks are notes in the reader's language: the Chinese sentence has no
/// English words (only the orders and the symbols AR and |t|), the English one keeps its wording.
@Suite struct FinalCheckNoteTests {
    @Test func bothLanguages() throws {
        let from = try ARIMAOrder(p: 2, d: 0, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1)
        let to = try ARIMAOrder(p: 1, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1)
        let root = AutomaticModelSelection.FinalCheck.nearUnitRoot(limit: 0.88, from: from, to: to)
        #expect(root.text(in: .en) == "regular AR root within 0.88 of the unit circle: \(from) → \(to)")
        #expect(root.text(in: .zh).hasPrefix("非季节AR根距单位圆不足0.88") && root.text(in: .zh).hasSuffix("\(from) → \(to)"))
        let dropped = AutomaticModelSelection.FinalCheck.droppedInsignificant(limit: 1.0, from: from, to: to)
        #expect(dropped.text(in: .en).hasPrefix("highest-order coefficients with |t| < 1.0 dropped"))
        for note in [root, dropped] {
            let words = note.text(in: .zh).split { !$0.isLetter || !$0.isASCII }.map(String.init)
            #expect(words.allSatisfy { $0 == "AR" || $0 == "t" }, "\(note.text(in: .zh))")
        }
    }
}
