import CNFin
import Testing
@testable import CNFinCLI

/// Ingest errors carry data only; the flag that fixes them is the CLI's advice (ErrorAdvice, one file).
@Suite struct IngestErrorAdviceTests {
    @Test func ingestErrorsNameNoFlagAndTheCLIAddsIt() {
        let cases: [(IngestError, String, String)] = [
            (.missingMonth(source: "t.txt", clause: "人民币贷款增加1.36万亿元"), " (give --month)", "（请给出 --month）"),
            (.monthConflict(source: "t.txt", text: "2023-05", given: "2023-06", clause: "5月末"), " (check --month)", "（请检查 --month）"),
            (.disagreementsRefused(["loans_increase 2023-05: stored 13600, text 13700"]), " (give --revise to replace them)",
             "（可加 --revise 替换已存数据）"),
        ]
        for (error, english, chinese) in cases {
            #expect(!error.description.contains("--"), "\(error)")
            #expect(!error.message(in: .zh).contains("--"), "\(error)")
            #expect(ErrorAdvice.suffix(for: error, in: .en) == english)
            #expect(ErrorAdvice.suffix(for: error, in: .zh) == chinese)
        }
        #expect(ErrorAdvice.suffix(for: IngestError.noFigures(source: "t.txt"), in: .en) == "")
        #expect(ErrorAdvice.suffix(for: IngestError.noFigures(source: "t.txt"), in: .zh) == "")
    }
}
