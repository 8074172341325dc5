import Foundation
import Testing
@testable import CNFinDatasets

@Suite struct DatasetDirectoryFilesTests {
    func makeDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-datasets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "id,name,unit,family,stock_id\nloans,Loans,亿元,loans,\nloans_yoy,Loans YoY,%,loans,loans\n"
            .write(to: dir.appendingPathComponent("catalog.csv"), atomically: true, encoding: .utf8)
        // Quoted fields and no final line break: kept byte for byte when the record is untouched.
        try "id,month,value,source\n\"loans\",2023-05,2275300.5,\"pboc, table\"\nloans,2023-03,2260000,x"
            .write(to: dir.appendingPathComponent("loans.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    /// Values are written with the decimals they were printed with (the resolution), rounded half away
    /// from zero on the decimal value; `-0` as `0`.
    @Test func valueText() {
        #expect(DatasetDirectoryFiles.valueText(13600.000000000002, resolution: 1) == "13600")
        #expect(DatasetDirectoryFiles.valueText(11.4, resolution: 0.1) == "11.4")
        #expect(DatasetDirectoryFiles.valueText(-0.4, resolution: 0.01) == "-0.40")
        #expect(DatasetDirectoryFiles.valueText(0.25, resolution: 0.1) == "0.3")
        #expect(DatasetDirectoryFiles.valueText(-0.2, resolution: 1) == "0")
        #expect(DatasetDirectoryFiles.valueText(2275300.45, resolution: 0.1) == "2275300.5")
    }

    @Test func appendsSortsAndKeepsUntouchedRecords() throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files = try DatasetDirectoryFiles(directory: dir)
        #expect(files.catalog["loans_yoy"] == .init(unit: "%", family: "loans", stockID: "loans"))
        #expect(files.catalog["loans"]?.stockID == nil)
        #expect(files.appendValue(family: "loans", id: "loans", month: "2023-04", value: "2270000", source: "ingest:x") == 2)
        #expect(files.appendValue(family: "nope", id: "loans", month: "2023-04", value: "1", source: "s") == nil)
        files.logRevision(id: "loans", month: "2023-03", old: "1", new: "2", oldSource: "a", newSource: "b", timestamp: "T")
        let written = try files.write(changed: ["loans", "revisions"], sorting: ["loans"])
        #expect(written == ["loans.csv", "revisions.csv"])
        let loans = try String(contentsOf: dir.appendingPathComponent("loans.csv"), encoding: .utf8)
        #expect(loans == "id,month,value,source\nloans,2023-03,2260000,x\nloans,2023-04,2270000,ingest:x\n\"loans\",2023-05,2275300.5,\"pboc, table\"")
        let revisions = try String(contentsOf: dir.appendingPathComponent("revisions.csv"), encoding: .utf8)
        #expect(revisions == "id,month,old_value,new_value,old_source,new_source,timestamp\nloans,2023-03,1,2,a,b,T\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func errorsNameTheFile() throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "id,month,value\nloans,2023-05,1\n".write(to: dir.appendingPathComponent("money.csv"), atomically: true, encoding: .utf8)
        #expect(throws: DatasetError.unreadableFile(path: dir.appendingPathComponent("money.csv").path,
                                                    reason: "no column \"source\" (header: id,month,value)")) {
            try DatasetDirectoryFiles(directory: dir)
        }
        #expect(throws: DatasetError.self) { try DatasetDirectoryFiles(directory: dir.appendingPathComponent("missing")) }
    }

    /// A new directory gets the bundled catalog; an existing catalog is left alone.
    @Test func prepareCopiesTheBundledCatalog() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-prepare-\(UUID().uuidString)/a/b")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent().deletingLastPathComponent()) }
        try DatasetDirectoryFiles.prepare(dir)
        let files = try DatasetDirectoryFiles(directory: dir)
        #expect(files.catalog["m2"] != nil)
        try "id,unit,family\nx,%,money\n".write(to: dir.appendingPathComponent("catalog.csv"), atomically: true, encoding: .utf8)
        try DatasetDirectoryFiles.prepare(dir)
        #expect(try DatasetDirectoryFiles(directory: dir).catalog.keys.sorted() == ["x"])
    }
}
