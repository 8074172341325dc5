import CNFinDatasets
import CNFinIngest
import CNFinSeries
import CNFinSpreadsheet
import CNFinSupport
import Foundation

/// What a set of input files holds.
public struct TableImportInput: Sendable, Hashable {
    /// Every figure, tables first in file order; a figure repeated with the
    /// same value by a later file is kept once.
    public var figures: [IngestedFigure]
    /// Clauses of release texts that could not be attributed.
    public var unparsed: [IngestUnparsed]
    /// The tables recognised in the spreadsheets.
    public var tables: [PBoCTable]
    /// Files that were read as release texts.
    public var texts: [String]
    /// Figures a release text states twice with values it does not reconcile (neither is in ``figures``).
    public var conflicts: [IngestConflict] = []
}

/// Imports PBoC tables (`.xls`, `.xlsx`) and release texts into figures, and
/// figures into a dataset directory — the library side of `cnfin import`
/// and `cnfin update`.
///
/// Each file is classified by its first bytes (``SpreadsheetReader/signature(of:)``):
/// a ZIP or OLE2 container is read as a workbook and its tables recognised
/// (``PBoCTableRecognizer``); anything else goes through the release-text
/// parser (``IngestParser``). Checking and merging are those of `cnfin ingest`
/// (``IngestChecker``, ``IngestDatasetDirectory/merge(_:revise:timestamp:)``).
public enum TableImporter {
    /// Reads `paths`; `month` is passed to the release-text parser (texts without a year).
    public static func read(paths: [String], month: Month? = nil,
                            limits: SpreadsheetLimits = .default) throws(TableImportError) -> TableImportInput {
        var input = TableImportInput(figures: [], unparsed: [], tables: [], texts: [])
        var seen: [String: IngestedFigure] = [:]
        func add(_ f: IngestedFigure) throws(TableImportError) {
            let key = "\(f.id)|\(f.monthText)|\(f.measure.rawValue)"
            if let earlier = seen[key] {
                let finer = earlier.resolution <= f.resolution ? earlier : f
                let coarser = earlier.resolution <= f.resolution ? f : earlier
                if coarser.matches(finer.value) { return }
                throw .conflictingFigures(id: f.id, month: f.monthText,
                                          first: "\(NumberText.shortest(earlier.value)) (\(earlier.source) \(earlier.span.text))",
                                          second: "\(NumberText.shortest(f.value)) (\(f.source) \(f.span.text))")
            }
            seen[key] = f
            input.figures.append(f)
        }
        for path in paths {
            let data: Data
            do { data = try FileContents.data(atPath: path) } catch {
                throw .unreadable(file: path, reason: error.reason)
            }
            switch SpreadsheetReader.signature(of: data.prefix(8)) {
            case .zip, .ole2:
                let workbook: Workbook
                let tables: [PBoCTable]
                do {
                    workbook = try SpreadsheetReader.read(path: path, limits: limits)
                    tables = try PBoCTableRecognizer.recognize(workbook)
                } catch {
                    throw .spreadsheet(error)
                }
                input.tables += tables
                for table in tables {
                    for f in figures(of: table, source: path) { try add(f) }
                }
            case .other:
                let result: IngestParseResult
                do { result = try IngestParser.parse(data: data, source: path, month: month) } catch { throw .ingest(error) }
                input.texts.append(path)
                input.unparsed += result.unparsed
                input.conflicts += result.conflicts
                for f in result.figures { try add(f) }
            }
        }
        return input
    }

    /// The files to import for `paths`: a directory stands for its regular,
    /// non-hidden files (recursively, sorted by path); a file stands for itself.
    public static func inputFiles(_ paths: [String]) throws(TableImportError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file or directory")
            }
            guard isDirectory.boolValue else {
                out.append(path)
                continue
            }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw .unreadable(file: path, reason: "cannot list the directory")
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            out += found.sorted()
        }
        return out
    }

    /// The figures of a recognised table, as `cnfin ingest` reports them:
    /// levels (balances, stocks) as `level`, monthly flows as `increase`,
    /// YoY rates as `yoy_pct`; the span's text names the sheet and cell
    /// (`Sheet1!B12`) and its offsets are 0.
    ///
    /// A table cnfin wrote (``PBoCTableKind/cnfinExport``) holds values in the
    /// units of `catalog` (default: the bundled catalog); a column whose id is
    /// not in it is left out.
    public static func figures(of table: PBoCTable, source: String, catalog: [CatalogEntry]? = nil) -> [IngestedFigure] {
        var entries: [String: CatalogEntry] = [:]
        for e in catalog ?? (try? SeriesRegistry.catalog()) ?? [] { entries[e.id] = e }
        return table.observations.compactMap { o in
            guard let month = Month(year: o.year, month: o.month) else { return nil }
            var measure = o.measure
            var id = o.id
            // A PBoC table's growth row names its stock; the catalog's rate_id names the rate series.
            if measure == .yoyPct, table.kind != .cnfinExport {
                guard let rate = entries[o.id]?.relations.rateID else { return nil }
                id = rate
            }
            var unit = o.unit
            if table.kind == .cnfinExport {
                guard let entry = entries[o.id] else { return nil }
                unit = entry.unit.description
                switch entry.kind {
                case .stock: measure = .level
                case .flow: measure = entry.relations.flowID != nil ? .ytdSum : .increase  // a YTD series names the flow it sums
                case .rate: measure = .yoyPct
                }
            }
            let where_ = "\(table.sheet)!\(o.cell)" + (o.derivation.map { " (\($0))" } ?? "")
            return IngestedFigure(month: month, id: id, value: o.value, unit: unit, measure: measure,
                                  span: IngestSpan(start: 0, end: 0, text: where_), resolution: o.resolution, source: source)
        }
    }

    /// Reads `paths` and merges their figures into the dataset directory
    /// `directory` (see ``IngestDatasetDirectory/merge(_:revise:timestamp:)``:
    /// everything is validated first, files are replaced atomically, a
    /// disagreement is refused unless `revise`, revisions are logged).
    public static func importFiles(_ paths: [String], into directory: URL, revise: Bool, timestamp: String,
                                   month: Month? = nil) throws(TableImportError) -> (TableImportInput, IngestMergeReport) {
        let input = try read(paths: paths, month: month)
        if input.figures.isEmpty { throw .nothingImported(files: paths) }
        let target: IngestDatasetDirectory
        do { target = try IngestDatasetDirectory(directory: directory) } catch { throw .ingest(error) }
        do {
            let report = try target.merge(input.figures, revise: revise, timestamp: timestamp)
            return (input, report)
        } catch {
            throw .ingest(error)
        }
    }
}
