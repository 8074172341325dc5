import CNFinDatasets
import CNFinSeries
import Foundation
import Testing
@testable import CNFinIngest

@Suite struct IngestCheckAndMergeTests {
    @Test func referenceFiguresAgreeWithTheBundledData() throws {
        let r = try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x", month: Month("2023-05"))
        let checks = IngestChecker.check(r.figures, against: try Dataset.bundled())
        let bad = checks.filter { $0.status != .agree }.map { "\($0.figure.id) \($0.figure.measure) \($0.status) \($0.dataset ?? .nan)" }
        #expect(bad.isEmpty, "\(bad)")
        // tsf_increase is stored as 15560 and printed as 1.56万亿: inside [15550, 15650).
        #expect(checks.first { $0.figure.id == "tsf_increase" && $0.figure.measure == .increase }?.dataset == 15560)
    }

    /// A small reference with only levels/flows, so comparisons must be derived; the rates'
    /// stocks as a catalog gives them (stock_id).
    struct Levels: IngestReference {
        var values: [String: Double]
        func value(id: String, month: Month) -> Double? { values["\(id)|\(month)"] }
        func published(id: String, month: Month, measure: String) -> Double? { nil }
        func stockID(ofRate id: String) -> String? { ["m2_yoy": "m2", "m1_yoy": "m1"][id] }
    }

    @Test func derivedComparisons() throws {
        let r = try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x", month: Month("2023-05"))
        let ref = Levels(values: [
            "loans_increase|2023-05": 13600, "loans_increase|2022-05": 19018,  // −5418 → agree
            "deposits_increase|2023-05": 14600, "deposits_increase|2022-05": 30000,  // −15400 vs −15800 → disagree
            "m2|2023-05": 2_820_504.68, "m2|2022-05": 2_527_026.13,  // 11.61% → agree with 11.6
        ])
        let checks = IngestChecker.check(r.figures, against: ref)
        func status(_ id: String, _ m: FigureMeasure) -> IngestCheckStatus? {
            checks.first { $0.figure.id == id && $0.figure.measure == m }?.status
        }
        #expect(status("loans_increase", .changeVsYearAgo) == .agree)
        #expect(status("deposits_increase", .changeVsYearAgo) == .disagree)
        #expect(status("m2_yoy", .yoyPct) == .agree)
        #expect(status("m1_yoy", .yoyPct) == .new)
        #expect(checks.first { $0.figure.id == "loans_increase" && $0.figure.measure == .changeVsYearAgo }?.basis
                == "derived:loans_increase[2023-05]-loans_increase[2022-05]")
    }

    func makeDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
        id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes
        loans_increase,人民币贷款增加,"RMB loans, increase",亿元,flow,loans,monthly,2000-01,2023-04,x,
        loans_yoy,人民币贷款同比,RMB loans YoY,%,rate,loans,monthly,2000-01,2023-05,x,

        """.write(to: dir.appendingPathComponent("catalog.csv"), atomically: true, encoding: .utf8)
        try """
        id,month,value,source
        loans_increase,2023-04,7188,releases
        loans_yoy,2023-05,11.2,releases

        """.write(to: dir.appendingPathComponent("loans.csv"), atomically: true, encoding: .utf8)
        try """
        id,month,measure,value,unit,source
        loans_increase,2023-04,change_vs_year_ago,649,亿元,releases

        """.write(to: dir.appendingPathComponent("published.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    func contents(_ dir: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            out[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
        return out
    }

    @Test func disagreementIsRefusedAndNothingIsWritten() throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try contents(dir)
        let r = try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x.txt", month: Month("2023-05"))
        let target = try IngestDatasetDirectory(directory: dir)
        #expect(throws: IngestError.self) { try target.merge(r.figures, revise: false, timestamp: "T") }
        #expect(try contents(dir) == before)
    }

    @Test func mergeAddsAndRevises() throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try IngestParser.parse(text: IngestFixtureTexts.xinhua2023May, source: "x.txt", month: Month("2023-05"))
        let report = try IngestDatasetDirectory(directory: dir).merge(r.figures, revise: true, timestamp: "2026-01-01T00:00:00Z")
        let files = try contents(dir)
        #expect(files["loans.csv"] == """
        id,month,value,source
        loans_increase,2023-04,7188,releases
        loans_increase,2023-05,13600,ingest:x.txt
        loans_yoy,2023-05,11.4,ingest:x.txt

        """)
        #expect(files["revisions.csv"] == """
        id,month,old_value,new_value,old_source,new_source,timestamp
        loans_yoy,2023-05,11.2,11.4,releases,ingest:x.txt,2026-01-01T00:00:00Z

        """)
        #expect(files["published.csv"]?.contains("loans_increase,2023-05,change_vs_year_ago,-5418,亿元,ingest:x.txt") == true)
        #expect(files["published.csv"]?.contains("loans_yoy,2023-05,pp_vs_prev,-0.4,%,ingest:x.txt") == true)
        #expect(files.keys.allSatisfy { !$0.hasSuffix(".tmp") })
        // ids outside this small catalog are skipped, not invented.
        #expect(report.entries.first { $0.figure.id == "m2" }?.action == .skipped)
        // A second run changes nothing.
        let again = try IngestDatasetDirectory(directory: dir).merge(r.figures, revise: false, timestamp: "later")
        #expect(again.filesWritten.isEmpty)
        #expect(try contents(dir) == files)
    }

    @Test func missingDirectoryOrCatalog() throws {
        #expect(throws: IngestError.self) {
            try IngestDatasetDirectory(directory: URL(fileURLWithPath: "/nonexistent/ingest-dir"))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: IngestError.self) { try IngestDatasetDirectory(directory: dir) }
    }
}
