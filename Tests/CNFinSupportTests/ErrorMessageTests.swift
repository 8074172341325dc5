import CNFinSupport
import CNFinTestSupport
import Testing

/// Every error of CNFinSupport speaks English (its `description`, unchanged) and Chinese with the same
/// data (issue 17); the checks are ``ErrorMessageCheck``'s.
@Suite struct SupportErrorMessageTests {
    /// One sample per case of ``FileReadError`` and ``AtomicWriteError`` — this list grows with the types.
    static let samples: [any Error & LocalizedMessage] = [
        FileReadError(path: "data/m2.csv", reason: "not valid UTF-8"),
        FileReadError(path: "data/m2.csv", reason: "The operation could not be completed. The file doesn’t exist.", systemErrorCode: 2),
        AtomicWriteError.destinationExists(path: "out/summary.csv"),
        AtomicWriteError.directoryMissing(path: "missing/summary.csv"),
        AtomicWriteError.writeFailed(path: "out/summary.csv", reason: "No space left on device"),
    ]

    @Test func everyCaseSpeaksBothLanguages() {
        for sample in Self.samples {
            let problems = ErrorMessageCheck.problems(of: sample)
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func chineseNamesTheSystemReason() {
        #expect(FileReadError(path: "a.csv", reason: "x", systemErrorCode: 2).message(in: .zh) == "「a.csv」：无法读取（文件或目录不存在）")
        #expect(FileReadError(path: "a.csv", reason: "not valid UTF-8").message(in: .zh) == "「a.csv」：无法读取（内容不是有效的UTF-8文本）")
        #expect(AtomicWriteError.destinationExists(path: "o.csv").message(in: .zh) == "「o.csv」：文件已存在，不予覆盖")
        // Foundation's generic reason (with its own error number) gives way to the POSIX cause beneath it.
        #expect(FileReadError(path: "/tmp", reason: "The operation could not be completed. (NSCocoaErrorDomain error 256.)", systemErrorCode: 21)
            .message(in: .zh) == "「/tmp」：无法读取（这是一个目录，不是文件）")
        // A reason cnfin does not know is quoted as the system gave it.
        #expect(ChineseWording.systemReason("Stale file handle") == "系统原因：「Stale file handle」")
    }

    /// Reading a missing file keeps Foundation's English reason and finds the POSIX cause for Chinese.
    @Test func readingAMissingFileSaysWhyInChinese() {
        do {
            _ = try FileContents.data(atPath: "/nonexistent-cnfin-dir/none.csv")
            Issue.record("no error")
        } catch {
            #expect(error.systemErrorCode == 2)
            #expect(error.message(in: .zh).contains("文件或目录不存在"))
            #expect(error.description == "/nonexistent-cnfin-dir/none.csv: \(error.reason)")
        }
    }

    @Test func suggestionsInChinese() {
        #expect(ChineseWording.didYouMean([]) == "")
        #expect(ChineseWording.didYouMean(["m2"]) == "；是否想输入「m2」？")
        #expect(ChineseWording.didYouMean(["m0", "m1", "m2"]) == "；是否想输入「m0」、「m1」或「m2」？")
    }
}
