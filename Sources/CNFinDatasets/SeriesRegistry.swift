import CNFinSeries
import Foundation

/// The series relations of the bundled `catalog.csv` (its `rate_id`,
/// `stock_id`, `flow_id` and `ytd_id` columns), read once without loading the
/// observations: the one place where code that names a series finds the
/// series related to it, instead of spelling `id + "_yoy"`.
public enum SeriesRegistry {
    /// The bundled catalog, parsed once on first use (thread-safe lazy static).
    private static let bundledCatalog: Result<[CatalogEntry], DatasetError> = Result { () throws(DatasetError) in
        try loadBundledCatalog()
    }

    private static func loadBundledCatalog() throws(DatasetError) -> [CatalogEntry] {
        guard let directory = Dataset.bundledDirectory else { throw .bundleMissing }
        let table: CSVTable
        do {
            table = try CSVTable(url: directory.appendingPathComponent("catalog.csv"), requiredColumns: ["id", "kind"])
        } catch {
            throw DatasetError.csv(error)
        }
        return try Dataset.parseCatalog(table)
    }

    private static let relationsByID: [String: SeriesRelations] = {
        guard case .success(let catalog) = bundledCatalog else { return [:] }
        return Dictionary(catalog.map { ($0.id, $0.relations) }, uniquingKeysWith: { a, _ in a })
    }()

    /// The bundled catalog's entries, in file order.
    public static func catalog() throws(DatasetError) -> [CatalogEntry] {
        try bundledCatalog.get()
    }

    /// The relations of `id` in the bundled catalog (none for an unknown id,
    /// or when the bundle cannot be read — ``catalog()`` reports that error).
    public static func relations(of id: String) -> SeriesRelations {
        relationsByID[id] ?? SeriesRelations()
    }
}
