import Foundation

extension Dataset {
    /// The file holding the decomposition hierarchies (parsed by
    /// `CNFinDecomposition.HierarchyTable.parse(csv:)`).
    public static let hierarchiesFileName = "hierarchies.csv"

    /// The text of `hierarchies.csv` in `directory`, or in the bundled data when `directory` is `nil`.
    public static func hierarchiesText(directory: URL? = nil) throws(DatasetError) -> String {
        guard let base = directory ?? bundledDirectory else { throw .bundleMissing }
        let url = base.appendingPathComponent(hierarchiesFileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .missingFile(path: url.path) }
        return text
    }
}
