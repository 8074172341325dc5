import Foundation
import CNFinSeries

extension Dataset {
    /// The files an overlay directory may hold; every one is optional.
    public static let overlayFiles = ["catalog.csv"] + seriesFiles + ["published.csv", "sources.csv"]

    /// This dataset with the observations of `directory` layered over it.
    ///
    /// The overlay is a directory in the bundled format holding any subset of
    /// ``overlayFiles`` — typically the user data directory that `cnfin update`
    /// and `cnfin ingest --into` write. For every (id, month) an overlay row
    /// replaces the base value and its source; a published comparison
    /// replaces the one with the same (id, month, measure); catalog entries and
    /// source keys the base lacks are added. The catalog's first/last months
    /// are recomputed from the merged observations. Vintages, breaks,
    /// disagreements and festival dates come from the base.
    ///
    /// A missing directory leaves the dataset unchanged; an id in an overlay
    /// file that neither catalog lists is an error naming file, line and column.
    public func layered(overlay directory: URL) throws(DatasetError) -> Dataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return self
        }
        func url(_ name: String) -> URL? {
            let u = directory.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: u.path) ? u : nil
        }
        func table(_ u: URL, _ columns: [String]) throws(DatasetError) -> CSVTable {
            do { return try CSVTable(url: u, requiredColumns: columns) } catch { throw DatasetError.csv(error) }
        }

        var entries = catalog
        if let u = url("catalog.csv") {
            let overlayEntries = try Dataset.parseCatalog(table(u, [
                "id", "name_zh", "name_en", "unit", "kind", "family", "frequency", "first", "last", "source", "notes",
            ]))
            let known = Set(entries.map(\.id))
            entries += overlayEntries.filter { !known.contains($0.id) }
        }
        let known = Set(entries.map(\.id))
        let knownList = entries.map(\.id)

        var values: [String: [Month: Double]] = [:]
        var sourcesByID = observationSources
        for (id, s) in seriesByID {
            var v: [Month: Double] = [:]
            for (m, x) in s.observations { v[m] = x }
            values[id] = v
        }
        for name in Dataset.seriesFiles {
            guard let u = url(name) else { continue }
            // Row by row: the file's CSV error comes before an unknown id in it, as when the rows were read first.
            try LongFormatCSV.forEachRow(url: u, csvError: DatasetError.csv) { row throws(DatasetError) in
                guard known.contains(row.id) else {
                    throw .unknownSeriesInFile(CSVLocation(file: name, line: row.line, column: 1), id: row.id,
                                               suggestions: CloseMatches.suggestions(for: row.id, among: knownList))
                }
                values[row.id, default: [:]][row.month] = row.value
                sourcesByID[row.id, default: [:]][row.month] = row.source
            }
        }

        var published = publishedComparisons
        if let u = url("published.csv") {
            let t = try table(u, ["id", "month", "measure", "value", "unit", "source"])
            let measures = Dictionary(uniqueKeysWithValues: FigureMeasure.comparisons.map { ($0.rawValue, $0) })
            do {
                for r in t.records {
                    let id = try r.requiredString("id")
                    guard known.contains(id) else {
                        throw DatasetError.unknownSeriesInFile(r.field("id").location, id: id,
                                                               suggestions: CloseMatches.suggestions(for: id, among: knownList))
                    }
                    let unitField = r.field("unit")
                    guard let unit = SeriesUnit(symbol: unitField.text) else {
                        throw DatasetError.csv(.unknownUnit(unitField.location, text: unitField.text))
                    }
                    let p = PublishedComparison(id: id, month: try r.month("month"), measure: try r.choice("measure", measures),
                                                value: try r.number("value"), unit: unit, source: r.string("source"))
                    published.removeAll { $0.id == p.id && $0.month == p.month && $0.measure == p.measure }
                    published.append(p)
                }
            } catch let error as DatasetError {
                throw error
            } catch let error as CSVError {
                throw DatasetError.csv(error)
            } catch {
                throw DatasetError.csv(.unreadable(file: u.path, reason: "\(error)"))
            }
        }

        var sourceList = sources
        if let u = url("sources.csv") {
            let t = try table(u, ["source", "description", "raw_files", "origin"])
            let have = Set(sourceList.map(\.source))
            for r in t.records where !have.contains(r.string("source")) && !r.string("source").isEmpty {
                sourceList.append(DataSource(source: r.string("source"), description: r.string("description"),
                                             rawFiles: r.string("raw_files").split(separator: ";").map(String.init),
                                             origin: r.string("origin")))
            }
        }

        var series: [MonthlySeries] = []
        for i in entries.indices {
            let id = entries[i].id
            let observations = (values[id] ?? [:]).sorted { $0.key < $1.key }.map { (month: $0.key, value: $0.value) }
            entries[i].first = observations.first?.month ?? entries[i].first
            entries[i].last = observations.last?.month ?? entries[i].last
            series.append(MonthlySeries(id: id, observations: observations, unit: entries[i].unit, kind: entries[i].kind))
        }
        return Dataset(catalog: entries, series: series, published: published, vintages: vintages, breaks: breaks,
                       sources: sourceList, disagreements: disagreements, chineseNewYear: chineseNewYear,
                       observationSources: sourcesByID)
    }
}
