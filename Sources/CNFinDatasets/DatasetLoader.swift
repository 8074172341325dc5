import CNFinCalendar
import CNFinSeries
import CNFinSupport
import Foundation

extension Dataset {
    /// The files a data directory must contain.
    public static let requiredFiles = [
        "catalog.csv", "money.csv", "loans.csv", "deposits.csv", "tsf.csv", "vintages.csv", "published.csv",
        "breaks.csv", "disagreements.csv", "sources.csv", "chinese-new-year.csv",
    ]

    /// The long-format files holding the series observations.
    public static let seriesFiles = ["money.csv", "loans.csv", "deposits.csv", "tsf.csv"]

    /// Loads a directory in the bundled format (see the module documentation).
    ///
    /// Every id in the series files, `vintages.csv`, `published.csv`,
    /// `breaks.csv` and `disagreements.csv` must be in `catalog.csv`; an
    /// unknown id is an error naming file, line and column with close matches.
    public static func load(directory: URL) throws(DatasetError) -> Dataset {
        for name in requiredFiles {
            let url = directory.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: url.path) { throw .missingFile(path: url.path) }
        }
        func table(_ name: String, _ columns: [String]) throws(DatasetError) -> CSVTable {
            do {
                return try CSVTable(url: directory.appendingPathComponent(name), requiredColumns: columns)
            } catch {
                throw DatasetError.csv(error)
            }
        }
        do {
            let catalog = try parseCatalog(table("catalog.csv", [
                "id", "name_zh", "name_en", "unit", "kind", "family", "frequency", "first", "last", "source", "notes",
            ]))
            let known = Set(catalog.map(\.id))
            let knownList = catalog.map(\.id)
            func check(_ id: String, _ location: CSVLocation) throws(DatasetError) {
                guard known.contains(id) else {
                    throw .unknownSeriesInFile(location, id: id, suggestions: CloseMatches.suggestions(for: id, among: knownList))
                }
            }

            let attributes = Dictionary(catalog.map { ($0.id, (unit: $0.unit, kind: $0.kind)) }, uniquingKeysWith: { a, _ in a })
            let (series, observationSources) = try seriesFromFiles(in: directory, check: check) {
                attributes[$0] ?? (.other(""), .stock)
            }

            let vintageTable = try table("vintages.csv", ["id", "month", "value", "source", "note"])
            var vintages: [Vintage] = []
            for r in vintageTable.records {
                let id = try r.requiredString("id")
                try check(id, r.field("id").location)
                vintages.append(Vintage(id: id, month: try r.month("month"), value: try r.number("value"),
                                        source: r.string("source"), note: r.string("note")))
            }

            let publishedTable = try table("published.csv", ["id", "month", "measure", "value", "unit", "source"])
            let measures = Dictionary(uniqueKeysWithValues: FigureMeasure.comparisons.map { ($0.rawValue, $0) })
            var published: [PublishedComparison] = []
            for r in publishedTable.records {
                let id = try r.requiredString("id")
                try check(id, r.field("id").location)
                let unitField = r.field("unit")
                guard let unit = SeriesUnit(symbol: unitField.text) else {
                    throw DatasetError.csv(.unknownUnit(unitField.location, text: unitField.text))
                }
                published.append(PublishedComparison(
                    id: id, month: try r.month("month"), measure: try r.choice("measure", measures),
                    value: try r.number("value"), unit: unit, source: r.string("source")))
            }

            let breakTable = try table("breaks.csv", ["id", "series", "from", "to", "kind", "description", "source", "confirmed"])
            let kinds = Dictionary(uniqueKeysWithValues: DefinitionalBreak.Kind.allCases.map { ($0.rawValue, $0) })
            var breaks: [DefinitionalBreak] = []
            for r in breakTable.records {
                let seriesField = r.field("series")
                let ids = seriesField.text.split(separator: ";").map { $0.trimmingSpaces() }
                    .filter { !$0.isEmpty }
                if ids.isEmpty { throw DatasetError.csv(.emptyCell(seriesField.location, column: "series")) }
                for id in ids { try check(id, seriesField.location) }
                let from = try r.month("from")
                let to = r.string("to").isEmpty ? from : try r.month("to")
                if to < from {
                    throw DatasetError.csv(.invalidValue(r.field("to").location, column: "to", text: r.string("to"),
                                             expected: "a month not before 'from' (\(from))"))
                }
                var entry = DefinitionalBreak(
                    id: try r.requiredString("id"), seriesIDs: ids, from: from, to: to, kind: try r.choice("kind", kinds),
                    description: r.string("description"), source: r.string("source"),
                    confirmed: try r.choice("confirmed", ["yes": true, "no": false]))
                // Optional reader-facing texts (`description_zh`, `description_en`).
                entry.descriptionZh = r.string("description_zh")
                entry.descriptionEn = r.string("description_en")
                breaks.append(entry)
            }

            let disagreementTable = try table("disagreements.csv", [
                "id", "month", "source_a", "value_a", "source_b", "value_b", "difference", "explanation",
            ])
            var disagreements: [Disagreement] = []
            for r in disagreementTable.records {
                let id = try r.requiredString("id")
                try check(id, r.field("id").location)
                disagreements.append(Disagreement(
                    id: id, month: try r.month("month"), sourceA: r.string("source_a"), valueA: try r.number("value_a"),
                    sourceB: r.string("source_b"), valueB: try r.number("value_b"), difference: try r.number("difference"),
                    explanation: r.string("explanation")))
            }

            let sourceTable = try table("sources.csv", ["source", "description", "raw_files", "origin"])
            let sources = try sourceTable.records.map { r throws(CSVError) in
                DataSource(source: try r.requiredString("source"), description: r.string("description"),
                           rawFiles: r.string("raw_files").split(separator: ";").map(String.init), origin: r.string("origin"))
            }

            let festivalTable = try table("chinese-new-year.csv", ["year", "date"])
            var festivals: [CivilDate] = []
            for r in festivalTable.records {
                let yearField = r.field("year")
                let month = try r.month("date")
                let dateText = r.string("date")
                guard let year = Int(yearField.text.trimmingSpaces()), year == month.year,
                      dateText.count == 10, let day = Int(dateText.suffix(2)),
                      let date = CivilDate(validating: year, month.month, day)
                else {
                    throw DatasetError.csv(.invalidValue(yearField.location, column: "year,date", text: "\(yearField.text),\(dateText)",
                                             expected: "a year and a YYYY-MM-DD date in that year"))
                }
                festivals.append(date)
            }

            return Dataset(catalog: catalog, series: series, published: published, vintages: vintages, breaks: breaks,
                           sources: sources, disagreements: disagreements, chineseNewYear: festivals,
                           observationSources: observationSources)
        } catch let error as DatasetError {
            throw error
        } catch let error as CSVError {
            throw DatasetError.csv(error)
        } catch {
            throw DatasetError.csv(.unreadable(file: directory.path, reason: "\(error)"))
        }
    }

    static func parseCatalog(_ table: CSVTable) throws(DatasetError) -> [CatalogEntry] {
        let kinds = Dictionary(uniqueKeysWithValues: SeriesKind.allCases.map { ($0.rawValue, $0) })
        let families = Dictionary(uniqueKeysWithValues: CatalogEntry.Family.allCases.map { ($0.rawValue, $0) })
        var seen: [String: Int] = [:]
        var entries: [CatalogEntry] = []
        var related: [(id: String, location: CSVLocation)] = []
        do {
            for r in table.records {
                for column in ["rate_id", "stock_id", "flow_id", "ytd_id"] where !r.string(column).isEmpty {
                    related.append((r.string(column), r.field(column).location))
                }
                let id = try r.requiredString("id")
                if let firstLine = seen[id] {
                    throw CSVError.duplicateMonth(r.field("id").location, key: "series id '\(id)'", firstLine: firstLine)
                }
                seen[id] = r.line
                let unitField = r.field("unit")
                guard let unit = SeriesUnit(symbol: unitField.text) else {
                    throw CSVError.unknownUnit(unitField.location, text: unitField.text)
                }
                entries.append(CatalogEntry(
                    id: id, nameZh: r.string("name_zh"), nameEn: r.string("name_en"), unit: unit,
                    kind: try r.choice("kind", kinds), family: try r.choice("family", families),
                    frequency: r.string("frequency"),
                    first: r.string("first").isEmpty ? nil : try r.month("first"),
                    last: r.string("last").isEmpty ? nil : try r.month("last"),
                    sources: r.string("source").split(separator: ";").map(String.init), notes: r.string("notes"),
                    relations: SeriesRelations(rateID: r.string("rate_id"), stockID: r.string("stock_id"),
                                               flowID: r.string("flow_id"), ytdID: r.string("ytd_id"))))
            }
        } catch let error as CSVError {
            throw DatasetError.csv(error)
        } catch {
            throw DatasetError.csv(.unreadable(file: table.file, reason: "\(error)"))
        }
        let ids = entries.map(\.id)
        for (id, location) in related where seen[id] == nil {
            throw .unknownSeriesInFile(location, id: id, suggestions: CloseMatches.suggestions(for: id, among: ids))
        }
        return entries
    }
}
