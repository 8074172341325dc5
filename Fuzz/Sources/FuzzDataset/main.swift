// Fuzz target: the dataset-directory loader `Dataset.load(directory:)`
// (CNFinDatasets), the path of `--data DIR`.
//
// Input: the files of a data directory separated by NUL bytes, in the order of
// `Dataset.requiredFiles` (catalog, money, loans, deposits, tsf, vintages,
// published, breaks, disagreements, sources, chinese-new-year); missing
// pieces leave the file out. They are written to a private temporary
// directory (under /dev/shm when it exists) and loaded.
// Invariants when the load succeeds, beyond "no crash":
// - every series is a catalog id, and every catalog id has a series;
// - every row of the four series files is in the dataset with its value and
//   source (nothing silently replaced by another file's row);
// - every break has from ≤ to; every festival date lies in its year.
import CNFinDatasets
import CNFinSeries
import Foundation
import FuzzSupport

let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
    : FileManager.default.temporaryDirectory
let directory = base.appendingPathComponent("cnfin-fuzz-dataset-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

runFuzzer { data, size in
    let pieces = fuzzBytes(data, size).split(separator: 0, omittingEmptySubsequences: false)
    for (i, name) in Dataset.requiredFiles.enumerated() {
        let url = directory.appendingPathComponent(name)
        if i < pieces.count {
            fuzzCheck(FileManager.default.createFile(atPath: url.path, contents: Data(pieces[i])), "cannot write \(url.path)")
        } else {
            try? FileManager.default.removeItem(at: url)
        }
    }
    let dataset: Dataset
    do {
        dataset = try Dataset.load(directory: directory)
    } catch {
        return 0
    }
    let catalogIDs = Set(dataset.ids)
    fuzzCheck(Set(dataset.seriesByID.keys) == catalogIDs, "series ids differ from the catalog ids")
    for name in Dataset.seriesFiles {
        guard let rows = try? LongFormatCSV.read(url: directory.appendingPathComponent(name)) else {
            fuzzCheck(false, "\(name) loaded as part of the dataset but does not parse alone")
            return 0
        }
        for row in rows {
            let stored = dataset.seriesByID[row.id]?[row.month]
            fuzzCheck(stored.map { $0.bitPattern == row.value.bitPattern } ?? false,
                      "\(name):\(row.line): \(row.id) \(row.month) = \(row.value) is stored as \(String(describing: stored))")
            fuzzCheck(dataset.source(id: row.id, month: row.month) == row.source, "\(name):\(row.line): source of \(row.id) \(row.month)")
        }
    }
    for b in dataset.breaks {
        fuzzCheck(b.from <= b.to, "break \(b.id) from \(b.from) after to \(b.to)")
    }
    for f in dataset.chineseNewYear {
        fuzzCheck(f.calendarMonth.year == f.year && (1...f.calendarMonth.numberOfDays).contains(f.day), "festival \(f.year) on \(f)")
    }
    return 0
}
