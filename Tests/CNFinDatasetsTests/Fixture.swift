import Foundation
@testable import CNFinDatasets
import CNFinSeries

/// A small data directory in the bundled format, written to a temporary
/// directory; tests replace single files to exercise error paths.
struct Fixture {
    static let files: [String: String] = [
        "catalog.csv": """
        id,name_zh,name_en,unit,kind,family,frequency,first,last,source,rate_id,stock_id,flow_id,ytd_id,notes
        m2,广义货币(M2),"Money supply M2, month-end",亿元,stock,money,monthly,2022-01,2023-05,test,m2_yoy,,,,
        m2_yoy,M2同比,M2 YoY,%,rate,money,monthly,2023-01,2023-05,test,,m2,,,
        loans_balance,人民币贷款余额,RMB loans,亿元,stock,loans,monthly,2022-01,2023-05,test,loans_yoy,,loans_increase,,
        loans_yoy,人民币贷款同比,RMB loans YoY,%,rate,loans,monthly,2023-01,2023-05,test,,loans_balance,,,
        loans_increase,人民币贷款增加,New RMB loans,亿元,flow,loans,monthly,2023-01,2023-05,test,,loans_balance,,,
        tsf_increase,社会融资规模增量,TSF flow,亿元,flow,tsf,monthly,2023-05,2023-05,test,,,,,"note, with comma"

        """,
        "money.csv": """
        id,month,value,source
        m2,2022-01,100,test
        m2,2022-02,101,test
        m2,2022-03,102,test
        m2,2023-01,110,test
        m2,2023-02,111.1,test
        m2,2023-03,112.2,test
        m2_yoy,2023-01,10,test
        m2_yoy,2023-02,10.2,test
        m2_yoy,2023-03,11,test

        """,
        "loans.csv": """
        id,month,value,source
        loans_balance,2022-01,200,test
        loans_balance,2023-01,240,test
        loans_yoy,2023-01,11.4,test
        loans_increase,2023-05,13600,test

        """,
        "deposits.csv": "id,month,value,source\n",
        "tsf.csv": "id,month,value,source\ntsf_increase,2023-05,15560,tushare\n",
        "vintages.csv": "id,month,value,source,note\ntsf_increase,2023-05,15540,piggypiggy,another revision\n",
        "published.csv": """
        id,month,measure,value,unit,source
        loans_increase,2023-05,change_vs_year_ago,-5418,亿元,reference
        m2_yoy,2023-03,pp_vs_prev,0.8,pp,reference

        """,
        "breaks.csv": """
        id,series,from,to,kind,description,source,confirmed
        loans_2023_01,loans_balance;loans_yoy,2023-01,2023-12,definition,"consumer-finance companies added, comparable base",pboc,yes

        """,
        "disagreements.csv": """
        id,month,source_a,value_a,source_b,value_b,difference,explanation
        tsf_increase,2023-05,tushare,15560,piggypiggy,15540,-20,different revisions

        """,
        "sources.csv": "source,description,raw_files,origin\ntest,fixture,a.csv;b.csv,here\n",
        "chinese-new-year.csv": "year,date\n2022,2022-02-01\n2023,2023-01-22\n",
    ]

    let directory: URL

    init(replacing replacements: [String: String] = [:], removing removed: [String] = []) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in Fixture.files.merging(replacements, uniquingKeysWith: { $1 }) where !removed.contains(name) {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Loads the fixture and returns the error message, or nil if it loaded.
    static func loadError(replacing replacements: [String: String] = [:], removing removed: [String] = []) throws -> String? {
        let fixture = try Fixture(replacing: replacements, removing: removed)
        defer { fixture.remove() }
        do {
            _ = try Dataset.load(directory: fixture.directory)
            return nil
        } catch {
            return error.description
        }
    }
}
