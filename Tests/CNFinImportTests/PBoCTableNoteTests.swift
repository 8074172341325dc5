import CNFinImport
import CNFinSeries
import Foundation
import Testing

/// The note on each recognised PBoC table, in both languages (a real money-supply table of 2020), and a
/// release text's conflicts, which import and update report as ingest does.
struct PBoCTableNoteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func tableNoteInBothLanguages() throws {
        let file = Self.root.appendingPathComponent("Datasets/raw/lingjf__fr/货币供应量2020.xls").path
        let table = try #require(try TableImporter.read(paths: [file]).tables.first)
        let note = PBoCTableNote(table)
        #expect(note.text(in: .zh) == "\(file)［Sheet1］：货币供应量，单位亿元，2020年1月至2020年12月，36个数字")
        #expect(note.text(in: .en) == "\(file) [Sheet1]: money supply, unit 亿元, 2020-01…2020-12, 36 figure(s)")
    }

    @Test func conflictsOfATextAreKept() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-conflict-\(UUID().uuidString).txt")
        try Data("2030年4月份，人民币贷款增加7300亿元。人民币贷款增加8300亿元。人民币存款增加1.1万亿元。".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let input = try TableImporter.read(paths: [file.path])
        #expect(input.conflicts.map(\.id) == ["loans_increase"])
        #expect(input.figures.map(\.id) == ["deposits_increase"])
    }
}
