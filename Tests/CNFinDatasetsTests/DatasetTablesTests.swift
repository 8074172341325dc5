import CNFinDatasets
import CNFinOutput
import CNFinSeries
import Testing
import CNFinSupport

/// The presenters of `cnfin data status`: readers never see a source key (issue 17 class 2), the machine
/// table keeps it.
@Suite struct DatasetTablesTests {
    @Test func sourceKeysAreDescribedForReaders() {
        let cases: [(String, String, String)] = [
            ("huhuaping", "人民银行发布", "published by the PBoC"),
            ("derived:balance_diff:huhuaping", "由月末余额之差推算", "derived from month-end balances"),
            ("derived:ytd_diff:releases_ytd", "由年初至今累计值之差推算", "derived from year-to-date figures"),
            ("derived:yoy:m2", "由余额推算", "derived from levels"),
            ("derived:sum:ceic", "由分项加总", "sum of components"),
            ("derived:residual:releases", "由合计减分项推算", "total minus its other component"),
            ("derived:something_new:x", "推算", "derived"),
            ("ingest:2023-05.txt", "人民银行发布稿（本地录入）", "PBoC release text (ingested)"),
        ]
        for (key, zh, en) in cases {
            #expect(DataSource.readerDescription(of: key, language: .zh) == zh)
            #expect(DataSource.readerDescription(of: key, language: .en) == en)
        }
    }

    @Test func statusTableNamesNoSourceForReaders() throws {
        let dataset = try Dataset.bundled()
        let status = DataStatus(dataset: dataset)
        let keys = Set(status.entries.compactMap(\.latestSource))
        #expect(!keys.isEmpty)
        for language in DisplayLanguage.allCases {
            let table = status.table(dataset: dataset, language: language, machine: false)
            let shown = table.rows.map { $0[4].display }
            // No key (`huhuaping`), no derived key (`derived:balance_diff:…`: every one has a colon).
            #expect(!shown.contains { keys.contains($0) || $0.contains(":") })
        }
        let machine = status.table(dataset: dataset, language: .zh, machine: true)
        #expect(machine.rows.map { $0[4].display } == status.entries.map { $0.latestSource ?? "" })
        #expect(machine.columns.map(\.header) == ["id", "last", "gaps_24m", "missing_months", "latest_source"])
    }
}
