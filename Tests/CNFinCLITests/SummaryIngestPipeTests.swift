import Foundation
import Testing

/// `cnfin summary --month 2023-05 --lang zh | cnfin ingest - --month 2023-05 --check --format json`:
/// the built `cnfin` executable, two processes joined by a pipe, as a user runs them.
@Suite struct SummaryIngestPipeTests {
    /// The `cnfin` executable next to the test bundle (`swift test` builds every
    /// product of the package into the same directory).
    @Test func summaryParagraphPipedIntoIngestAgreesWithTheData() throws {
        let summary = try CLIProcess.process(["summary", "--month", "2023-05", "--lang", "zh"])
        let ingest = try CLIProcess.process(["ingest", "-", "--month", "2023-05", "--check", "--format", "json"])
        let pipe = Pipe()
        summary.standardOutput = pipe
        ingest.standardInput = pipe
        let output = Pipe()
        let errors = Pipe()
        ingest.standardOutput = output
        ingest.standardError = errors
        summary.standardError = FileHandle.nullDevice
        try ingest.run()
        try summary.run()
        // Close our copies of the pipe ends so that ingest sees end of input when summary exits.
        try pipe.fileHandleForWriting.close()
        try pipe.fileHandleForReading.close()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        summary.waitUntilExit()
        ingest.waitUntilExit()
        #expect(summary.terminationStatus == 0)
        #expect(ingest.terminationStatus == 0, "\(String(decoding: stderr, as: UTF8.self))")

        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        let checks = try #require(object["check"] as? [[String: Any]])
        let unparsed = try #require(object["unparsed"] as? [Any])
        // The 26 figures of the May 2023 release, each found in the data.
        #expect(records.count == 26)
        #expect(checks.count == 26)
        #expect(unparsed.isEmpty)
        for check in checks {
            #expect(check["status"] as? String == "agree", "\(check)")
        }
        #expect(records.allSatisfy { $0["month"] as? String == "2023-05" })
        let keys = Set(records.compactMap { r in (r["id"] as? String).map { "\($0).\(r["measure"] as? String ?? "")" } })
        for key in ["loans_increase.increase", "loans_yoy.pp_vs_year_ago", "m1_yoy.yoy_pct", "tsf_increase.change_vs_prev"] {
            #expect(keys.contains(key), "missing \(key)")
        }
    }
}
