import CNFinSeries
import CNFinSupport
import Foundation

/// The files of a writable dataset directory in the format of `Datasets/data`, and the one way
/// cnfin changes them (`cnfin ingest --into`, `cnfin import --into`, `cnfin update`):
///
/// - `catalog.csv` (`id,…,unit,…,family,…[,stock_id]`) — required; gives each id its unit and family;
/// - the family files `money.csv`, `loans.csv`, `deposits.csv`, `tsf.csv` (`id,month,value,source`);
/// - `published.csv` (`id,month,measure,value,unit,source`): published comparisons;
/// - `revisions.csv` (`id,month,old_value,new_value,old_source,new_source,timestamp`): every value
///   replaced, with the old one.
///
/// Files other than the catalog may be missing; they are created when first written. Records are
/// kept with their text as read, so a rewrite changes only the records that changed
/// (``DatasetCSVFile``). ``write(changed:sorting:)`` writes every changed file through the one
/// atomic multi-file writer (CNFinSupport's ``AtomicFileWriter/write(files:)``): each to a flushed
/// temporary file first, then renamed over its target; if any temporary write fails, nothing is
/// replaced.
public struct DatasetDirectoryFiles: Sendable {
    /// The directory.
    public let url: URL
    /// What `catalog.csv` says of one id.
    public struct CatalogRow: Sendable, Hashable {
        /// The unit (`亿元`, `%`).
        public var unit: String
        /// The family, which names the file of the id's values.
        public var family: String
        /// For a growth rate, the stock it is the growth of (`stock_id`); `nil` when the column is missing or empty.
        public var stockID: String?
    }

    /// The catalog by id.
    public let catalog: [String: CatalogRow]
    /// The family files by family name (``familyNames``).
    public private(set) var families: [String: DatasetCSVFile]
    /// `published.csv`.
    public private(set) var published: DatasetCSVFile
    /// `revisions.csv`.
    public private(set) var revisions: DatasetCSVFile

    /// The families that have a value file.
    public static let familyNames = ["money", "loans", "deposits", "tsf"]
    static let valueHeader = ["id", "month", "value", "source"]
    static let publishedHeader = ["id", "month", "measure", "value", "unit", "source"]
    static let revisionsHeader = ["id", "month", "old_value", "new_value", "old_source", "new_source", "timestamp"]
    static let publishedName = "published"
    static let revisionsName = "revisions"

    /// Reads the directory; `catalog.csv` must exist, the other files may be missing.
    public init(directory url: URL) throws(DatasetError) {
        self.url = url
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadableFile(path: url.path, reason: "no such directory")
        }
        let catalogURL = url.appendingPathComponent("catalog.csv")
        guard FileManager.default.fileExists(atPath: catalogURL.path) else {
            throw .unreadableFile(path: catalogURL.path,
                                  reason: "missing: a dataset directory needs catalog.csv (id,…,unit,…,family,…)")
        }
        let cat = try DatasetCSVFile(contentsOf: catalogURL)
        let ci = try cat.column("id", in: catalogURL.path)
        let cu = try cat.column("unit", in: catalogURL.path)
        let cf = try cat.column("family", in: catalogURL.path)
        let cs = cat.header.firstIndex(of: "stock_id")  // optional: catalogs written before the relation columns lack it
        var catalog: [String: CatalogRow] = [:]
        for r in cat.records {
            let stock = cs.map { r.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            catalog[r.fields[ci]] = CatalogRow(unit: r.fields[cu], family: r.fields[cf], stockID: stock)
        }
        self.catalog = catalog
        families = [:]
        for name in Self.familyNames {
            families[name] = try Self.read(url, name, header: Self.valueHeader)
        }
        published = try Self.read(url, Self.publishedName, header: Self.publishedHeader)
        revisions = try Self.read(url, Self.revisionsName, header: Self.revisionsHeader, checked: false)
    }

    /// `NAME.csv` in `directory`, or an empty file with `header` when it does not exist; with
    /// `checked`, every column of `header` must be in the file's.
    private static func read(_ directory: URL, _ name: String, header: [String], checked: Bool = true) throws(DatasetError) -> DatasetCSVFile {
        let fileURL = directory.appendingPathComponent(name + ".csv")
        let file = FileManager.default.fileExists(atPath: fileURL.path)
            ? try DatasetCSVFile(contentsOf: fileURL) : DatasetCSVFile(header: header)
        if checked {
            for column in header { _ = try file.column(column, in: fileURL.path) }
        }
        return file
    }

    /// The file of values of `family`, if it is one of ``familyNames``.
    public func values(family: String) -> DatasetCSVFile? { families[family] }

    /// Appends a value row `id,month,value,source` to the file of `family`; returns its index, or
    /// `nil` when the family has no file.
    public mutating func appendValue(family: String, id: String, month: String, value: String, source: String) -> Int? {
        guard families[family] != nil else { return nil }
        return families[family]?.append(["id": id, "month": month, "value": value, "source": source])
    }

    /// Replaces the value and source of row `record` of the file of `family`.
    public mutating func setValue(family: String, record: Int, value: String, source: String) {
        families[family]?.set(record, ["value": value, "source": source])
    }

    /// Appends a published comparison `id,month,measure,value,unit,source`; returns its index.
    public mutating func appendPublished(id: String, month: String, measure: String, value: String, unit: String,
                                         source: String) -> Int {
        published.append(["id": id, "month": month, "measure": measure, "value": value, "unit": unit, "source": source])
    }

    /// Replaces the value, unit and source of row `record` of `published.csv`.
    public mutating func setPublished(record: Int, value: String, unit: String, source: String) {
        published.set(record, ["value": value, "source": source, "unit": unit])
    }

    /// Appends a row to `revisions.csv` (for a published comparison the id is written `id/measure`).
    public mutating func logRevision(id: String, month: String, old: String, new: String, oldSource: String,
                                     newSource: String, timestamp: String) {
        _ = revisions.append(["id": id, "month": month, "old_value": old, "new_value": new, "old_source": oldSource,
                              "new_source": newSource, "timestamp": timestamp])
    }

    /// Writes the files named in `changed` (family names, `published`, `revisions`), in name order, as
    /// one atomic step (see the type's description); those in `sorting` are first sorted by id, month
    /// (and measure) — stably, so a sorted file stays sorted. Returns the file names written.
    public func write(changed: Set<String>, sorting: Set<String>) throws(DatasetError) -> [String] {
        var outputs: [(name: String, text: String)] = []
        for name in changed.sorted() {
            var file: DatasetCSVFile
            switch name {
            case Self.publishedName: file = published
            case Self.revisionsName: file = revisions
            default: file = families[name] ?? DatasetCSVFile(header: Self.valueHeader)
            }
            if sorting.contains(name) { file.sortRecords() }
            outputs.append((name + ".csv", file.serialized()))
        }
        let staged = outputs.map { (url: url.appendingPathComponent($0.name), data: Data($0.text.utf8)) }
        do {
            try AtomicFileWriter(overwrite: true).write(files: staged)
        } catch {
            throw Self.writeError(error)
        }
        return outputs.map(\.name)
    }

    /// Creates `directory` (and its parents) with the bundled `catalog.csv` if it has no catalog, so
    /// that figures can be merged into it; a directory with a catalog is left as it is.
    public static func prepare(_ directory: URL) throws(DatasetError) {
        let catalog = directory.appendingPathComponent("catalog.csv")
        if FileManager.default.fileExists(atPath: catalog.path) { return }
        guard let bundled = Dataset.bundledDirectory else { throw .bundleMissing }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: directory.path, reason: (error as NSError).localizedDescription)
        }
        let data: Data
        do { data = try FileContents.data(bundled.appendingPathComponent("catalog.csv")) } catch {
            throw .unreadableFile(path: error.path, reason: error.reason)
        }
        do { try AtomicFileWriter(overwrite: false).write(data, to: catalog) } catch { throw writeError(error) }
    }

    /// The text of a value in a dataset file: as many decimals as the figure was printed with
    /// (`resolution` 1 → `13600`, 0.1 → `11.4`, 0.01 → `-0.40`), rounded by CNFinSupport's
    /// ``NumberText/fixed(_:digits:)``; `-0` is written `0`.
    public static func valueText(_ value: Double, resolution: Double) -> String {
        var decimals = 0
        var step = resolution
        while step < 0.999_999, decimals < 10 {
            step *= 10
            decimals += 1
        }
        let text = NumberText.fixed(value, digits: decimals)
        return text == "-0" ? "0" : text
    }

    private static func writeError(_ error: AtomicWriteError) -> DatasetError {
        switch error {
        case .writeFailed(let path, let reason): return .writeFailed(path: path, reason: reason)
        case .directoryMissing(let path): return .writeFailed(path: path, reason: "directory does not exist")
        case .destinationExists(let path): return .writeFailed(path: path, reason: "file exists")
        }
    }
}
