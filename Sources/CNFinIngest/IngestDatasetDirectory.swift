import CNFinSeries
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dataset directory in the format of `Datasets/data` (catalog.csv, long
/// family CSVs `id,month,value,source`, published.csv
/// `id,month,measure,value,unit,source`), read so that figures can be
/// checked against it and merged into it.
public struct IngestDatasetDirectory: IngestReference, Sendable {
    /// The directory.
    public let url: URL
    struct CatalogEntry: Sendable { var unit: String; var family: String; var stockID: String? }
    var catalog: [String: CatalogEntry]
    var families: [String: IngestCSVFile]
    var published: IngestCSVFile
    var revisions: IngestCSVFile
    /// "id|YYYY-MM" → (family, record index)
    var valueIndex: [String: (String, Int)]
    /// "id|YYYY-MM|measure" → record index in published
    var publishedIndex: [String: Int]

    static let familyNames = ["money", "loans", "deposits", "tsf"]
    static let valueHeader = ["id", "month", "value", "source"]
    static let publishedHeader = ["id", "month", "measure", "value", "unit", "source"]
    static let revisionsHeader = ["id", "month", "old_value", "new_value", "old_source", "new_source", "timestamp"]

    /// Reads the directory; `catalog.csv` must exist, the other files may be missing (they are created on merge).
    public init(directory url: URL) throws(IngestError) {
        self.url = url
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .datasetUnreadable(path: url.path, reason: "no such directory")
        }
        let catalogURL = url.appendingPathComponent("catalog.csv")
        guard FileManager.default.fileExists(atPath: catalogURL.path) else {
            throw .datasetUnreadable(path: catalogURL.path, reason: "missing: a dataset directory needs catalog.csv (id,…,unit,…,family,…)")
        }
        let cat = try IngestCSVFile(contentsOf: catalogURL)
        let ci = try cat.column("id", in: catalogURL.path)
        let cu = try cat.column("unit", in: catalogURL.path)
        let cf = try cat.column("family", in: catalogURL.path)
        catalog = [:]
        let cs = cat.header.firstIndex(of: "stock_id")  // optional: catalogs written before the relation columns lack it
        for r in cat.records {
            let stock = cs.map { r.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            catalog[r.fields[ci]] = CatalogEntry(unit: r.fields[cu], family: r.fields[cf], stockID: stock)
        }
        families = [:]
        valueIndex = [:]
        for name in IngestDatasetDirectory.familyNames {
            let fileURL = url.appendingPathComponent(name + ".csv")
            let file = FileManager.default.fileExists(atPath: fileURL.path)
                ? try IngestCSVFile(contentsOf: fileURL) : IngestCSVFile(header: IngestDatasetDirectory.valueHeader)
            for column in IngestDatasetDirectory.valueHeader { _ = try file.column(column, in: fileURL.path) }
            let i = try file.column("id", in: fileURL.path)
            let m = try file.column("month", in: fileURL.path)
            for (k, r) in file.records.enumerated() { valueIndex[r.fields[i] + "|" + r.fields[m]] = (name, k) }
            families[name] = file
        }
        let publishedURL = url.appendingPathComponent("published.csv")
        published = FileManager.default.fileExists(atPath: publishedURL.path)
            ? try IngestCSVFile(contentsOf: publishedURL) : IngestCSVFile(header: IngestDatasetDirectory.publishedHeader)
        for column in IngestDatasetDirectory.publishedHeader { _ = try published.column(column, in: publishedURL.path) }
        publishedIndex = [:]
        let pi = try published.column("id", in: publishedURL.path)
        let pm = try published.column("month", in: publishedURL.path)
        let pmeasure = try published.column("measure", in: publishedURL.path)
        for (k, r) in published.records.enumerated() {
            publishedIndex[r.fields[pi] + "|" + r.fields[pm] + "|" + r.fields[pmeasure]] = k
        }
        let revisionsURL = url.appendingPathComponent("revisions.csv")
        revisions = FileManager.default.fileExists(atPath: revisionsURL.path)
            ? try IngestCSVFile(contentsOf: revisionsURL) : IngestCSVFile(header: IngestDatasetDirectory.revisionsHeader)
    }

    func field(_ file: IngestCSVFile, _ record: Int, _ column: String) -> String? {
        guard let c = file.header.firstIndex(of: column), record < file.records.count else { return nil }
        return file.records[record].fields[c]
    }

    public func value(id: String, month: Month) -> Double? {
        guard let (family, k) = valueIndex[id + "|" + month.description],
              let file = families[family], let text = field(file, k, "value") else { return nil }
        return Double(text)
    }

    public func stockID(ofRate id: String) -> String? { catalog[id]?.stockID }

    public func published(id: String, month: Month, measure: String) -> Double? {
        guard let k = publishedIndex[id + "|" + month.description + "|" + measure],
              let text = field(published, k, "value") else { return nil }
        return Double(text)
    }
}
