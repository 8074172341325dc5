import Foundation
import Testing
@testable import CNFinDatasets
import CNFinSeries

private func month(_ text: String) -> Month { Month(text) ?? Month(index: 0) }

/// A temporary overlay directory holding `files`.
private func overlay(_ files: [String: String]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-overlay-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
    return dir
}

@Suite struct UserDataDirectoryTests {
    @Test func precedence() {
        #expect(UserDataDirectory.resolve(environment: ["CNFIN_DATA": "/tmp/x", "XDG_DATA_HOME": "/xdg", "HOME": "/h"])?.path == "/tmp/x")
        #expect(UserDataDirectory.resolve(environment: ["CNFIN_DATA": "", "XDG_DATA_HOME": "/xdg", "HOME": "/h"])?.path == "/xdg/cnfin")
        // a relative XDG_DATA_HOME is invalid by the XDG specification and ignored
        #expect(UserDataDirectory.resolve(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])?.path == "/h/.local/share/cnfin")
        #expect(UserDataDirectory.resolve(environment: [:]) == nil)
    }
}

@Suite struct OverlayTests {
    @Test func missingDirectoryLeavesTheDatasetUnchanged() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = try Dataset.load(directory: fixture.directory)
        let same = try base.layered(overlay: fixture.directory.appendingPathComponent("no-such-dir"))
        #expect(same.ids == base.ids)
        #expect(try same.series("m2").observations.map(\.value) == base.series("m2").observations.map(\.value))
    }

    @Test func overlayRowsReplaceAndExtend() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = try Dataset.load(directory: fixture.directory)
        let dir = try overlay([
            "money.csv": "id,month,value,source\nm2,2023-03,112.5,ingest:new.txt\nm2,2023-06,115,ingest:new.txt\n",
            "published.csv": "id,month,measure,value,unit,source\nm2_yoy,2023-03,pp_vs_prev,0.9,pp,ingest:new.txt\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let merged = try base.layered(overlay: dir)
        let m2 = try merged.series("m2")
        #expect(m2[month("2023-03")] == 112.5)          // replaced
        #expect(m2[month("2023-06")] == 115)            // added
        #expect(m2[month("2023-01")] == 110)            // kept from the base
        #expect(merged.source(id: "m2", month: month("2023-06")) == "ingest:new.txt")
        #expect(merged.source(id: "m2", month: month("2023-01")) == "test")
        #expect(try merged.entry("m2").last == month("2023-06"))
        #expect(merged.published(id: "m2_yoy", month: month("2023-03"), measure: .ppVsPrev)?.value == 0.9)
        #expect(merged.publishedComparisons.count == base.publishedComparisons.count)
        #expect(merged.breaks.count == base.breaks.count)
    }

    @Test func unknownIDIsAnErrorWithLocation() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = try Dataset.load(directory: fixture.directory)
        let dir = try overlay(["money.csv": "id,month,value,source\nm3,2023-03,1,x\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try base.layered(overlay: dir)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("money.csv:2:1"))
            #expect(error.description.contains("m3"))
        }
    }
}

@Suite struct DataStatusTests {
    @Test func fixtureStatus() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let status = DataStatus(dataset: try Dataset.load(directory: fixture.directory))
        // headline series in the fixture: m2 (to 2023-03), m2_yoy (2023-03), loans_balance/yoy (2023-01),
        // loans_increase and tsf_increase (2023-05): the currency is 2023-05
        #expect(status.currency == month("2023-05"))
        #expect(!status.headlineComplete)
        #expect(status.missingHeadline.contains("m2"))
        #expect(!status.missingHeadline.contains("loans_increase"))
        let m2 = try #require(status.entries.first { $0.id == "m2" })
        #expect(m2.last == month("2023-03"))
        // 24 months up to 2023-03, from the first value 2022-01: 2022-04 … 2022-12 are missing
        #expect(m2.gaps == (3...11).map { month("2022-01").advanced(by: $0) })
        #expect(m2.latestSource == "test")
        #expect(DataStatus.currencyLine(status.currency, chinese: true) == "数据截至2023年5月")
        #expect(DataStatus.currencyLine(status.currency, chinese: false) == "data current to 2023-05")
    }

    @Test func bundledDataAreCurrentToTheLatestSource() throws {
        let status = DataStatus(dataset: try Dataset.bundled())
        let currency = try #require(status.currency)
        // sources 11-18 reach 2026-08 (loan balance, TSF stock); nothing later exists in Datasets/raw
        #expect(currency >= month("2026-08"))
        for id in ["m2", "m1", "m0", "loans_balance", "loans_yoy", "tsf_stock", "tsf_stock_yoy", "tsf_increase"] {
            let e = try #require(status.entries.first { $0.id == id })
            #expect(try #require(e.last) >= month("2026-07"), "\(id)")
            #expect(e.gaps.isEmpty, "\(id) has gaps \(e.gaps)")
        }
    }
}

/// Item 8 of issue 17: published-basis growth series without holes outside break windows.
@Suite struct DerivedGrowthTests {
    @Test func loansAndTSFGrowthAreComplete() throws {
        let data = try Dataset.bundled()
        let loans = try data.series("loans_yoy")
        for m in stride(from: month("2019-01"), through: month("2022-12"), by: 1) {
            #expect(loans[m] != nil, "loans_yoy \(m) missing")
        }
        let tsf = try data.series("tsf_stock_yoy")
        for m in stride(from: month("2024-01"), through: month("2024-12"), by: 1) {
            #expect(tsf[m] != nil, "tsf_stock_yoy \(m) missing")
        }
    }

    /// A derived rate equals the level ratio rounded to 0.1 (tolerance 0.05 pp + 1e-9: half-up rounding of
    /// the ratio), is never inside a break window of the level or the rate, and says it is derived.
    @Test func derivedRatesFollowTheRule() throws {
        let data = try Dataset.bundled()
        for (level, rate) in [("loans_balance", "loans_yoy"), ("tsf_stock", "tsf_stock_yoy"), ("m2", "m2_yoy"),
                              ("deposits_balance", "deposits_yoy"), ("m0", "m0_yoy")] {
            let l = try data.series(level), r = try data.series(rate)
            var count = 0
            for (m, v) in r.observations where data.source(id: rate, month: m) == "derived:yoy:" + level {
                count += 1
                let a = try #require(l[m]), b = try #require(l[m.advanced(by: -12)])
                #expect(abs(v - (a / b - 1) * 100) <= 0.05 + 1e-9, "\(rate) \(m)")
                #expect(!data.breaks.contains { ($0.affects(level) || $0.affects(rate)) && $0.covers(m) }, "\(rate) \(m)")
            }
            #expect(count > 0, "\(rate) has no derived month")
        }
    }
}

/// Item 7 of issue 17: the data add up, or the mismatch is flagged.
@Suite struct DataThatAddUpTests {
    @Test func january2025HouseholdSplit() throws {
        let data = try Dataset.bundled()
        let jan = month("2025-01")
        let total = try #require(try data.series("household_loans_increase")[jan])
        let mlt = try #require(try data.series("household_mlt_loans_increase")[jan])
        let short = try #require(try data.series("household_short_loans_increase")[jan])
        #expect(total == 4438 && mlt == 4935)
        #expect(short == total - mlt)
        #expect(data.source(id: "household_short_loans_increase", month: jan) == "derived:residual:releases")
        #expect(data.breaks.contains { $0.id == "household_split_2025_01" && $0.covers(jan) })
        #expect(data.disagreements.contains { $0.id == "household_short_loans_increase" && $0.month == jan })
    }

    /// The identical TSF FX-loan figures −675亿 of 2024-12 and 2025-12 are not a copy: each year's months add up
    /// to the full-year print (PBoC 2025年金融统计数据报告: 2025 −2,043亿, "同比少减1873亿元" → 2024 −3,916亿).
    /// Integers of 亿元: exact equality.
    @Test func tsfFXLoansAddUpToTheFullYearPrints() throws {
        let fx = try Dataset.bundled().series("tsf_fx_loans")
        for (year, printed) in [(2024, -3916.0), (2025, -2043.0)] {
            let months = (1...12).map { Month(index: year * 12 + $0 - 1) }
            let values = months.compactMap { fx[$0] }
            #expect(values.count == 12)
            #expect(values.reduce(0, +) == printed, "\(year)")
            #expect(fx[Month(index: year * 12 + 11)] == -675)
        }
    }

    @Test func reclassification2020IsRegistered() throws {
        let data = try Dataset.bundled()
        let b = try #require(data.breaks.first { $0.id == "household_short_mlt_2020_01" })
        #expect(b.affects("household_short_loans_balance") && b.affects("household_mlt_loans_balance"))
        #expect(b.covers(month("2020-07")))
    }
}
