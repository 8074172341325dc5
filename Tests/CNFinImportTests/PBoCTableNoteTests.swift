import CNFinImport
import CNFinSeries
import Foundation
import Testing

/// The note on each recognised PBoC table, in both languages (a real money-supply table of 2020).
struct PBoCTableNoteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func tableNoteInBothLanguages() throws {
        let file = Self.root.appendingPathComponent("Datasets/raw/lingjf__fr/货币供应量2020.xls").path
        let table = try #require(try TableImporter.read(paths: [file]).tables.first)
        let note = PBoCTableNote(table)
        #expect(note.text(in: .zh) == "\(file)［Sheet1］：货币供应量，单位亿元，2020年1月至2020年12月，36个数字")
        #expect(note.text(in: .en) == "\(file) [Sheet1]: money supply, unit 亿元, 2020-01…2020-12, 36 figure(s)")
    }
}
