import CNFinImport
import CNFinIngest
import CNFinSeries
import CNFinSpreadsheet
import Foundation
import Testing

/// The repository root and its raw PBoC tables.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func creditTables() -> [String] {
        let dir = root.appendingPathComponent("Datasets/raw/lingjf__fr")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".xls") && $0.contains("信贷收支表") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// `id|month` → value of every row of Datasets/data/*.csv and vintages.csv whose source is in `sources`.
    static func stored(sources: Set<String>) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for name in ["money", "loans", "deposits", "vintages"] {
            let text = try String(contentsOf: root.appendingPathComponent("Datasets/data/\(name).csv"), encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                // id, month, value and source never hold commas or quotes; a note may follow.
                let f = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false)
                guard f.count >= 4, sources.contains(String(f[3])), let v = Double(f[2]) else { continue }
                out["\(f[0])|\(f[1])"] = v
            }
        }
        return out
    }
}

/// Importing every PBoC credit-funds .xls under Datasets/raw reproduces what
/// Datasets/scripts/build_datasets.py (xlrd) derived from the same files.
/// The Python build rounds each cell half-up to 0.01 from repr(float); the
/// importer rounds the shortest round-trip text of the same double the same
/// way, so the comparison is exact equality of the values parsed from the
/// same two-decimal text (no floating-point arithmetic is compared).
@Test func creditTablesReproduceThePythonBuild() throws {
    let files = Repository.creditTables()
    #expect(files.count == 21)
    var imported: [String: Double] = [:]
    for file in files {
        let workbook = try SpreadsheetReader.read(path: file)
        for table in try PBoCTableRecognizer.recognize(workbook) {
            #expect(table.kind == .creditFundsRMB)
            #expect(table.unit == .yi)
            for f in TableImporter.figures(of: table, source: file) {
                // 2005d.xls repeats the 2006 table; the values agree (checked by the importer too).
                imported["\(f.id)|\(f.monthText)"] = f.value
            }
        }
    }
    let stored = try Repository.stored(sources: ["lingjf", "derived:sum:lingjf"])
    #expect(stored.count > 1_900)
    var mismatches: [String] = []
    for (key, value) in stored.sorted(by: { $0.key < $1.key }) {
        guard let mine = imported[key] else {
            mismatches.append("\(key): stored \(value), not imported")
            continue
        }
        if mine != value { mismatches.append("\(key): stored \(value), imported \(mine)") }
    }
    let first = mismatches.prefix(10).joined(separator: "; ")
    #expect(mismatches.count == 0, "first mismatches: \(first)")
}

/// The build's month-on-month balance differences of the same tables
/// (`derived:balance_diff:lingjf`) follow from the imported balances: the
/// difference of two two-decimal values, rounded to 0.01 (exact in decimal).
@Test func balanceDifferencesFollowFromImportedBalances() throws {
    var balances: [String: Decimal] = [:]
    for file in Repository.creditTables() {
        for table in try PBoCTableRecognizer.recognize(SpreadsheetReader.read(path: file)) {
            for f in TableImporter.figures(of: table, source: file) {
                balances["\(f.id)|\(f.monthText)"] = Decimal(string: "\(f.value)")
            }
        }
    }
    let diffs = try Repository.stored(sources: ["derived:balance_diff:lingjf"])
    #expect(diffs.count > 1_000)
    var bad: [String] = []
    for (key, value) in diffs {
        let parts = key.split(separator: "|")
        let id = parts[0].replacingOccurrences(of: "_increase", with: "_balance")
        let month = String(parts[1])
        guard let m = Month(month) else { continue }
        let previous = m.advanced(by: -1).description
        guard let a = balances["\(id)|\(month)"], let b = balances["\(id)|\(previous)"] else {
            bad.append("\(key): balances missing")
            continue
        }
        let d = Double((a - b).description) ?? .nan
        if d != value { bad.append("\(key): stored \(value), from imported balances \(d)") }
    }
    let first = bad.sorted().prefix(10).joined(separator: "; ")
    #expect(bad.count == 0, "first mismatches: \(first)")
}
