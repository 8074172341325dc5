import CNFinOutput
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What merging did with one figure.
public enum IngestMergeAction: String, Sendable, Hashable, Codable {
    /// A new row was added.
    case added
    /// The stored value already rounds to the figure; nothing changed.
    case unchanged
    /// The stored value was replaced (`--revise`); the old one is in revisions.csv.
    case revised
    /// The figure disagrees with the stored value and `--revise` was not given.
    case refused
    /// The figure's id is not in the directory's catalog (or has another unit), so it was not added.
    case skipped
}

/// One figure's fate in a merge.
public struct IngestMergeEntry: Sendable, Hashable {
    public var figure: IngestedFigure
    public var action: IngestMergeAction
    /// The value stored before, if any.
    public var stored: Double?
    /// The file the figure belongs in, or why it was skipped.
    public var note: String
}

/// The result of ``IngestDatasetDirectory/merge(_:revise:timestamp:)``.
public struct IngestMergeReport: Sendable, Hashable {
    public var entries: [IngestMergeEntry]
    /// Names of the files rewritten (empty when nothing changed).
    public var filesWritten: [String]
}

extension IngestDatasetDirectory {
    /// Merges figures into the directory.
    ///
    /// Levels, flows, YoY rates and YTD sums go to the family file of their id
    /// (`catalog.csv`'s `family`); comparisons to `published.csv`. A figure
    /// that a stored value rounds to changes nothing; one that disagrees is
    /// refused — the whole merge throws and nothing is written — unless
    /// `revise`, when it replaces the stored value and the old one is appended
    /// to `revisions.csv` (`id,month,old_value,new_value,old_source,new_source,timestamp`;
    /// for a published comparison the id is written `id/measure`).
    /// Everything is validated before anything is written; each file is
    /// written to a temporary file in the directory and renamed over the old one.
    public func merge(_ figures: [IngestedFigure], revise: Bool, timestamp: String) throws(IngestError) -> IngestMergeReport {
        var work = self
        var entries: [IngestMergeEntry] = []
        var changed: Set<String> = []
        var appended: Set<String> = []
        var refusals: [String] = []
        for f in figures {
            let month = f.monthText
            let value = IngestDatasetDirectory.format(f.value, resolution: f.resolution)
            let source = "ingest:" + (f.source == "-" ? "stdin" : URL(fileURLWithPath: f.source).lastPathComponent)
            guard let entry = catalog[f.id] else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil, note: "\(f.id) is not in catalog.csv"))
                continue
            }
            if let measure = f.measure.publishedMeasure {
                let key = f.id + "|" + month + "|" + measure
                if let k = work.publishedIndex[key] {
                    let old = work.field(work.published, k, "value") ?? ""
                    let oldSource = work.field(work.published, k, "source") ?? ""
                    let stored = Double(old)
                    if let stored, f.matches(stored) {
                        entries.append(IngestMergeEntry(figure: f, action: .unchanged, stored: stored, note: "published.csv"))
                    } else if revise {
                        work.set(&work.published, k, ["value": value, "source": source, "unit": f.unit])
                        work.logRevision(id: f.id + "/" + measure, month: month, old: old, new: value,
                                         oldSource: oldSource, newSource: source, timestamp: timestamp)
                        changed.formUnion(["published", "revisions"])
                        entries.append(IngestMergeEntry(figure: f, action: .revised, stored: stored, note: "published.csv"))
                    } else {
                        refusals.append("\(f.id) \(month) \(measure): stored \(old), text says \(value) (\"\(f.span.text)\")")
                        entries.append(IngestMergeEntry(figure: f, action: .refused, stored: stored, note: "published.csv"))
                    }
                } else {
                    let fields = ["id": f.id, "month": month, "measure": measure, "value": value, "unit": f.unit, "source": source]
                    work.published.records.append(.init(fields: work.published.header.map { fields[$0] ?? "" }, raw: nil))
                    work.publishedIndex[key] = work.published.records.count - 1
                    changed.insert("published")
                    appended.insert("published")
                    entries.append(IngestMergeEntry(figure: f, action: .added, stored: nil, note: "published.csv"))
                }
                continue
            }
            guard entry.unit == f.unit else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil,
                                                note: "catalog.csv gives \(f.id) the unit \(entry.unit), the figure is in \(f.unit)"))
                continue
            }
            guard var file = work.families[entry.family] else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil,
                                                note: "catalog.csv puts \(f.id) in family \"\(entry.family)\", which has no file"))
                continue
            }
            let key = f.id + "|" + month
            let fileName = entry.family + ".csv"
            if let (_, k) = work.valueIndex[key] {
                let old = work.field(file, k, "value") ?? ""
                let oldSource = work.field(file, k, "source") ?? ""
                let stored = Double(old)
                if let stored, f.matches(stored) {
                    entries.append(IngestMergeEntry(figure: f, action: .unchanged, stored: stored, note: fileName))
                } else if revise {
                    work.set(&file, k, ["value": value, "source": source])
                    work.logRevision(id: f.id, month: month, old: old, new: value, oldSource: oldSource, newSource: source,
                                     timestamp: timestamp)
                    changed.formUnion([entry.family, "revisions"])
                    entries.append(IngestMergeEntry(figure: f, action: .revised, stored: stored, note: fileName))
                } else {
                    refusals.append("\(f.id) \(month): stored \(old), text says \(value) (\"\(f.span.text)\")")
                    entries.append(IngestMergeEntry(figure: f, action: .refused, stored: stored, note: fileName))
                }
            } else {
                let fields = ["id": f.id, "month": month, "value": value, "source": source]
                file.records.append(.init(fields: file.header.map { fields[$0] ?? "" }, raw: nil))
                work.valueIndex[key] = (entry.family, file.records.count - 1)
                changed.insert(entry.family)
                appended.insert(entry.family)
                entries.append(IngestMergeEntry(figure: f, action: .added, stored: nil, note: fileName))
            }
            work.families[entry.family] = file
        }
        if !refusals.isEmpty { throw .disagreementsRefused(refusals) }
        var outputs: [(String, String)] = []
        for name in changed.sorted() {
            var file: IngestCSVFile
            switch name {
            case "published": file = work.published
            case "revisions": file = work.revisions
            default: file = work.families[name] ?? IngestCSVFile(header: IngestDatasetDirectory.valueHeader)
            }
            if appended.contains(name) { IngestDatasetDirectory.sortRecords(&file) }
            outputs.append((name + ".csv", file.serialized()))
        }
        try IngestDatasetDirectory.writeAtomically(outputs, into: url)
        return IngestMergeReport(entries: entries, filesWritten: outputs.map(\.0))
    }

    private mutating func logRevision(id: String, month: String, old: String, new: String, oldSource: String,
                                      newSource: String, timestamp: String) {
        let fields = ["id": id, "month": month, "old_value": old, "new_value": new, "old_source": oldSource,
                      "new_source": newSource, "timestamp": timestamp]
        revisions.records.append(.init(fields: revisions.header.map { fields[$0] ?? "" }, raw: nil))
    }

    private func set(_ file: inout IngestCSVFile, _ record: Int, _ values: [String: String]) {
        for (column, value) in values {
            if let c = file.header.firstIndex(of: column) { file.records[record].fields[c] = value }
        }
        file.records[record].raw = nil
    }

    /// Stable sort by id, month (and measure): keeps a sorted file sorted, leaves equal keys in place.
    static func sortRecords(_ file: inout IngestCSVFile) {
        let keys = ["id", "month", "measure"].compactMap { file.header.firstIndex(of: $0) }
        let indexed = file.records.enumerated().sorted { a, b in
            for k in keys where a.element.fields[k] != b.element.fields[k] {
                return a.element.fields[k] < b.element.fields[k]
            }
            return a.offset < b.offset
        }
        file.records = indexed.map(\.element)
    }

    /// The value with as many decimals as were printed (13600, 11.4, -0.4).
    static func format(_ value: Double, resolution: Double) -> String {
        var decimals = 0
        var step = resolution
        while step < 0.999_999, decimals < 10 {
            step *= 10
            decimals += 1
        }
        let text = String(format: "%.\(decimals)f", value)
        return text == "-0" ? "0" : text
    }

    /// Writes every file through ``AtomicFileWriter/write(files:)``: each to a flushed
    /// temporary file next to it first, then renamed over its target; if any temporary write
    /// fails, nothing is replaced.
    static func writeAtomically(_ files: [(String, String)], into directory: URL) throws(IngestError) {
        let staged = files.map { (url: directory.appendingPathComponent($0.0), data: Data($0.1.utf8)) }
        do {
            try AtomicFileWriter(overwrite: true).write(files: staged)
        } catch {
            switch error {
            case .writeFailed(let path, let reason): throw .writeFailed(path: path, reason: reason)
            case .directoryMissing(let path): throw .writeFailed(path: path, reason: "directory does not exist")
            case .destinationExists(let path): throw .writeFailed(path: path, reason: "file exists")
            }
        }
    }
}
