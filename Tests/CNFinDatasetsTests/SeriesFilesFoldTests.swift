import Foundation
import Testing
@testable import CNFinDatasets
import CNFinSeries

/// The series files folded row by row (``Dataset/seriesFromFiles(in:check:attributes:)``): the
/// series and observation sources those grouped from the whole row lists give, and the errors in
/// the order the row-list loader reported them (a file's CSV error, then its first unknown id,
/// file after file, then an (id, month) in two files).
@Suite struct SeriesFilesFoldTests {
    @Test func bundledDataAsFromTheRowLists() throws {
        let directory = try #require(Dataset.bundledDirectory)
        let data = try Dataset.load(directory: directory)
        var rows: [LongFormatCSV.Row] = []
        for name in Dataset.seriesFiles { rows += try LongFormatCSV.read(url: directory.appendingPathComponent(name)) }
        #expect(rows.count > 1_000)
        let grouped = LongFormatCSV.series(from: rows)
        #expect(grouped.count > 50)
        for s in grouped {
            let loaded = try #require(data.seriesByID[s.id])
            #expect(loaded.start == s.start && loaded.values == s.values, "\(s.id)")
        }
        var sources: [String: [Month: String]] = [:]
        for row in rows { sources[row.id, default: [:]][row.month] = row.source }
        #expect(data.observationSources == sources)
    }

    @Test(arguments: [
        // A CSV error comes before an unknown id earlier in the same file.
        (["money.csv": "id,month,value,source\nm9,2022-01,1,t\nm2,2022-13,1,t\n"], "money.csv:3:4: invalid month \"2022-13\""),
        (["money.csv": "id,month,value,source\nm9,2022-01,1,t\nm2,2022-02\n"], "money.csv:3:1: expected 4 fields"),
        // An unknown id in a later file comes before an (id, month) in two files.
        (["loans.csv": "id,month,value,source\nm2,2022-01,1,t\n", "tsf.csv": "id,month,value,source\nm9,2022-01,1,t\n"],
         "tsf.csv:2:1: series id 'm9' is not in catalog.csv"),
        // ... and after it in the same file.
        (["loans.csv": "id,month,value,source\nm2,2022-01,1,t\nm9,2022-01,1,t\n"], "loans.csv:3:1: series id 'm9' is not in catalog.csv"),
        // The first file holding the month is named, with its line, when the id is in three files.
        (["loans.csv": "id,month,value,source\nm2,2021-01,1,t\n", "tsf.csv": "id,month,value,source\nm2,2021-02,1,t\nm2,2022-03,1,t\n"],
         "tsf.csv:3:1: duplicate id 'm2' month 2022-03, also in money.csv (first on line 4)"),
        (["loans.csv": "id,month,value,source\nm2,2021-01,1,t\n", "tsf.csv": "id,month,value,source\nm2,2021-02,1,t\nm2,2021-01,1,t\n"],
         "tsf.csv:3:1: duplicate id 'm2' month 2021-01, also in loans.csv (first on line 2)"),
    ])
    func errorsInTheRowListOrder(replacements: [String: String], message: String) throws {
        let error = try Fixture.loadError(replacing: replacements)
        #expect(error?.hasPrefix(message) == true, "\(error ?? "loaded without error")")
    }

    @Test func idsInSeveralFilesJoinOneSeries() throws {
        let fixture = try Fixture(replacing: ["tsf.csv": "id,month,value,source\ntsf_increase,2023-05,15560,tushare\nm2,2021-12,99,x\n"])
        defer { fixture.remove() }
        let data = try Dataset.load(directory: fixture.directory)
        let m2 = try #require(data.seriesByID["m2"])
        #expect(m2.start == Month(year: 2021, month: 12))
        #expect(m2[Month(index: 2021 * 12 + 11)] == 99 && m2[Month(index: 2023 * 12 + 1)] == 111.1)
        #expect(data.observationSources["m2"]?[Month(index: 2021 * 12 + 11)] == "x")
        #expect(data.observationSources["m2"]?[Month(index: 2023 * 12)] == "test")
    }

    /// The overlay folds its series files row by row too: a file's CSV error before an unknown id in it.
    @Test func overlayErrorsInTheRowListOrder() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = try Dataset.load(directory: fixture.directory)
        let overlay = fixture.directory.appendingPathComponent("overlay")
        try FileManager.default.createDirectory(at: overlay, withIntermediateDirectories: true)
        func layeredError(_ text: String) throws -> String? {
            try Data(text.utf8).write(to: overlay.appendingPathComponent("money.csv"))
            do {
                _ = try base.layered(overlay: overlay)
                return nil
            } catch {
                return error.description
            }
        }
        let csv = try layeredError("id,month,value,source\nm9,2022-01,1,t\nm2,2022-01,x,t\n")
        #expect(csv?.hasPrefix("money.csv:3:12: value \"x\" in column 'value' is not a number") == true, "\(csv ?? "no error")")
        let unknown = try layeredError("id,month,value,source\nm2,2022-01,1,t\nm9,2022-01,1,t\n")
        #expect(unknown?.hasPrefix("money.csv:3:1: series id 'm9' is not in catalog.csv") == true, "\(unknown ?? "no error")")
    }
}
