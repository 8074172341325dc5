import Foundation
import Testing
@testable import CNFinSpreadsheet

/// TEMPORARY, run once before FreeXL was removed: the Swift BIFF8 reader gives the same
/// `Workbook` as the FreeXL path on every .xls of the repository and of ../shared/datasets/raw.
@Suite struct XLSDifferentialTests {
    static func files() -> [String] {
        var dirs = [FixturePaths.root.appendingPathComponent("Datasets/raw").path,
                    FixturePaths.root.appendingPathComponent("Tests/CNFinSpreadsheetTests/Fixtures").path]
        for shared in [FixturePaths.root.appendingPathComponent("../shared/datasets/raw").path, "/work/shared/datasets/raw"]
        where FileManager.default.fileExists(atPath: shared) { dirs.append(shared) }
        var out: [String] = []
        for d in dirs {
            guard let e = FileManager.default.enumerator(atPath: d) else { continue }
            for case let p as String in e where p.hasSuffix(".xls") { out.append(d + "/" + p) }
        }
        return out.sorted()
    }

    @Test func sameWorkbookAsFreeXL() throws {
        var files = 0, sheets = 0, cells = 0, numbers = 0, texts = 0, dates = 0, other = 0, errorsBoth = 0
        for path in Self.files() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let old = Result { () throws(SpreadsheetError) -> Workbook in try FreeXLReader.read(path: path, file: "f.xls", limits: .default) }
            let new = Result { () throws(SpreadsheetError) -> Workbook in try XLSReader.read(bytes: bytes, file: "f.xls", limits: .default) }
            files += 1
            switch (old, new) {
            case (.success(let a), .success(let b)):
                #expect(a.sheets.map(\.name) == b.sheets.map(\.name), "\(path)")
                #expect(a.uses1904Dates == b.uses1904Dates, "\(path)")
                for (s, t) in zip(a.sheets, b.sheets) {
                    if s.cells != t.cells {
                        let sa = Set(s.cells), sb = Set(t.cells)
                        Issue.record("\(path) sheet \(s.name): FreeXL only \(Array(sa.subtracting(sb)).prefix(5)), Swift only \(Array(sb.subtracting(sa)).prefix(5))")
                    }
                    sheets += 1
                    for c in s.cells {
                        cells += 1
                        switch c.value {
                        case .number: numbers += 1
                        case .text: texts += 1
                        case .date: dates += 1
                        default: other += 1
                        }
                    }
                }
            case (.failure(let a), .failure(let b)):
                errorsBoth += 1
                print("both fail: \(path): \(a) | \(b)")
            case (.failure(let a), .success):
                // xlwt-written fixtures: FreeXL 1.0.6 refuses them; XLSReaderTests checks them against xlrd.
                print("FreeXL only fails: \(path): \(a)")
                #expect(path.contains("features"))
            default:
                Issue.record("\(path): FreeXL \(old) vs Swift \(new)")
            }
        }
        print("XLS differential: \(files) files, \(errorsBoth) refused by both, \(sheets) sheets, \(cells) cells (\(numbers) numbers, \(texts) texts, \(dates) dates, \(other) other)")
        #expect(files >= 48)
    }
}
