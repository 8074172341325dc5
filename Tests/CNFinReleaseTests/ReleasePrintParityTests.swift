import CNFinSeries
import Foundation
import Testing
@testable import CNFinRelease

/// The summary prints every figure as the release first printed it: for each
/// month of `Datasets/raw/releases/headline.csv` (the 2019–2025 release
/// figures as printed) and each figure of that row that the summary states,
/// the summary's value written the release's way (``ReleaseRounding``:
/// 0.01万亿 / whole 亿元 / 0.1%) equals the printed figure. The few known
/// exceptions are listed with their reason; any other difference fails, and so
/// does an exception that no longer differs (so the list stays true).
@Suite struct ReleasePrintParityTests {
    /// headline.csv column → (summary figure id, measure): the figures the
    /// paragraph states (deposit balances and M0 are only in the table, and
    /// headline.csv carries some M0 levels at table precision, not as printed).
    static let columns: [String: (id: String, measure: ReleaseMeasure)] = [
        "loans_increase": ("loans_increase", .value), "loans_increase_yoy_change": ("loans_increase", .changeVsYearAgo),
        "loans_balance": ("loans_balance", .value), "loans_balance_yoy": ("loans_balance", .yoyPct),
        "household_loans_increase": ("household_loans_increase", .value),
        "household_mlt_loans_increase": ("household_mlt_loans_increase", .value),
        "corporate_loans_increase": ("corporate_loans_increase", .value),
        "corporate_mlt_loans_increase": ("corporate_mlt_loans_increase", .value),
        "deposits_increase": ("deposits_increase", .value), "deposits_increase_yoy_change": ("deposits_increase", .changeVsYearAgo),
        "household_deposits_increase": ("household_deposits_increase", .value),
        "m2_balance": ("m2", .value), "m2_yoy": ("m2", .yoyPct), "m1_balance": ("m1", .value), "m1_yoy": ("m1", .yoyPct),
        "tsf_stock": ("tsf_stock", .value), "tsf_stock_yoy": ("tsf_stock", .yoyPct),
        "tsf_increase": ("tsf_increase", .value), "tsf_increase_yoy_change": ("tsf_increase", .changeVsYearAgo),
    ]

    /// Known differences (`month column`), each with its reason.
    static let knownExceptions: [String: String] = [
        "2025-11 loans_balance": "not stated: the print 274.84万亿 is very likely the RMB+FX balance mislabelled by a news "
            + "text (releases/README.md); the data keep it only as a data_error vintage, which the summary does not use",
        "2025-11 loans_balance_yoy": "not stated: the +6.3% printed with that mislabelled balance (same data_error vintage)",
    ]

    static func packageRoot(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The value as the release writes it, in 亿元 or %.
    static func printed(_ value: Double, rate: Bool) -> Double? {
        guard let d = ReleaseDecimal(value) else { return nil }
        let r = rate ? ReleaseRounding.rate(d) : ReleaseRounding.amount(d).inYi
        return Double(r.description)
    }

    @Test func summaryPrintsTheReleaseFigures() throws {
        let url = Self.packageRoot().appendingPathComponent("Datasets/raw/releases/headline.csv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(rows.first)
        let data = try ReleaseData.bundled()
        var compared = 0
        var notStated: [String] = []
        var mismatches: [String: String] = [:]
        for row in rows.dropFirst() {
            let month = try Month.parse(row[0])
            let summary = try MonthlySummary(data: data, month: month, language: .zh)
            let byID = Dictionary(summary.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for (k, column) in header.enumerated() {
                guard let (id, measure) = Self.columns[column], k < row.count, let release = Double(row[k]) else { continue }
                let key = "\(row[0]) \(column)"
                guard let value = byID[id]?[measure] else {
                    notStated.append(key)
                    mismatches[key] = "not stated by the summary, release \(release)"
                    continue
                }
                let rate = measure == .yoyPct
                guard let ours = Self.printed(value, rate: rate) else { continue }
                compared += 1
                // Both sides are decimal prints in 亿元 / %: equal up to binary representation.
                if abs(ours - release) > 1e-6 * max(1, abs(release)) {
                    mismatches[key] = "summary \(ours) (from \(value)), release \(release)"
                }
            }
        }
        let unexpected = mismatches.filter { Self.knownExceptions[$0.key] == nil }
        #expect(unexpected.isEmpty, "\(unexpected.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))")
        let stale = Self.knownExceptions.keys.filter { mismatches[$0] == nil }
        #expect(stale.isEmpty, "listed as exceptions but now equal: \(stale.sorted())")
        #expect(compared >= 800, "compared \(compared); not stated by the summary: \(notStated)")
    }
}
