import Foundation

/// Paths of the test fixtures and of the repository's raw data.
enum FixturePaths {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/CNFinSpreadsheetTests/Fixtures").appendingPathComponent(name).path
    }

    /// The PBoC 金融机构人民币信贷收支表 .xls files under Datasets/raw/lingjf__fr.
    static func creditTables() -> [String] {
        let dir = root.appendingPathComponent("Datasets/raw/lingjf__fr")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".xls") }.sorted().map { dir.appendingPathComponent($0).path }
    }
}
