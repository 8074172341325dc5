import CNFinDatasets
import CNFinSeries
import Foundation
import CNFinSupport

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
    /// The file the figure belongs in, or why it was skipped, as data.
    public var detail: IngestMergeNote

    /// ``detail`` in English.
    public var note: String { detail.text(in: .en) }
}

/// Where a merged figure went, or why it was skipped — written in the reader's language by ``text(in:)``.
public enum IngestMergeNote: LocalizedNote, Hashable {
    /// The dataset file the figure belongs in (`money.csv`, `published.csv`).
    case file(String)
    /// The figure's series is not in the directory's catalog.
    case notInCatalog(id: String, name: BilingualNote)
    /// The catalog gives the series another unit than the figure's.
    case unitMismatch(id: String, name: BilingualNote, catalogUnit: String, figureUnit: String)
    /// The catalog puts the series in a family that has no file.
    case noFamilyFile(id: String, name: BilingualNote, family: String)

    public func text(in language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .file(let name): return name
        case let .notInCatalog(id, name):
            return zh ? "数据目录（catalog.csv）中没有\(name.zh)" : "\(id) is not in catalog.csv"
        case let .unitMismatch(id, name, catalogUnit, figureUnit):
            return zh ? "数据目录中\(name.zh)的单位是\(catalogUnit)，该数字的单位是\(figureUnit)"
                : "catalog.csv gives \(id) the unit \(catalogUnit), the figure is in \(figureUnit)"
        case let .noFamilyFile(id, name, family):
            return zh ? "数据目录把\(name.zh)归入没有数据文件的类别“\(family)”"
                : "catalog.csv puts \(id) in family \"\(family)\", which has no file"
        }
    }
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
    /// Everything is validated before anything is written; the changed files are written by
    /// ``DatasetDirectoryFiles/write(changed:sorting:)`` (each to a temporary file in the directory,
    /// renamed over the old one once all are on disk).
    public func merge(_ figures: [IngestedFigure], revise: Bool, timestamp: String) throws(IngestError) -> IngestMergeReport {
        var work = self
        var entries: [IngestMergeEntry] = []
        var changed: Set<String> = []
        var appended: Set<String> = []
        var refusals: [String] = []
        for f in figures {
            let month = f.monthText
            let value = DatasetDirectoryFiles.valueText(f.value, resolution: f.resolution)
            let source = "ingest:" + (f.source == "-" ? "stdin" : URL(fileURLWithPath: f.source).lastPathComponent)
            guard let entry = files.catalog[f.id] else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil, detail: .notInCatalog(id: f.id, name: .seriesName(f.id))))
                continue
            }
            if let measure = f.measure.publishedMeasure {
                let key = f.id + "|" + month + "|" + measure
                if let k = work.publishedIndex[key] {
                    let old = work.files.published.field(k, "value") ?? ""
                    let oldSource = work.files.published.field(k, "source") ?? ""
                    let stored = Double(old)
                    if let stored, f.matches(stored) {
                        entries.append(IngestMergeEntry(figure: f, action: .unchanged, stored: stored, detail: .file("published.csv")))
                    } else if revise {
                        work.files.setPublished(record: k, value: value, unit: f.unit, source: source)
                        work.files.logRevision(id: f.id + "/" + measure, month: month, old: old, new: value,
                                               oldSource: oldSource, newSource: source, timestamp: timestamp)
                        changed.formUnion(["published", "revisions"])
                        entries.append(IngestMergeEntry(figure: f, action: .revised, stored: stored, detail: .file("published.csv")))
                    } else {
                        refusals.append("\(f.id) \(month) \(measure): stored \(old), text says \(value) (\"\(f.span.text)\")")
                        entries.append(IngestMergeEntry(figure: f, action: .refused, stored: stored, detail: .file("published.csv")))
                    }
                } else {
                    work.publishedIndex[key] = work.files.appendPublished(id: f.id, month: month, measure: measure, value: value,
                                                                          unit: f.unit, source: source)
                    changed.insert("published")
                    appended.insert("published")
                    entries.append(IngestMergeEntry(figure: f, action: .added, stored: nil, detail: .file("published.csv")))
                }
                continue
            }
            guard entry.unit == f.unit else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil,
                                                detail: .unitMismatch(id: f.id, name: .seriesName(f.id), catalogUnit: entry.unit,
                                                                      figureUnit: f.unit)))
                continue
            }
            guard let file = work.files.values(family: entry.family) else {
                entries.append(IngestMergeEntry(figure: f, action: .skipped, stored: nil,
                                                detail: .noFamilyFile(id: f.id, name: .seriesName(f.id), family: entry.family)))
                continue
            }
            let key = f.id + "|" + month
            let fileName = entry.family + ".csv"
            if let (_, k) = work.valueIndex[key] {
                let old = file.field(k, "value") ?? ""
                let oldSource = file.field(k, "source") ?? ""
                let stored = Double(old)
                if let stored, f.matches(stored) {
                    entries.append(IngestMergeEntry(figure: f, action: .unchanged, stored: stored, detail: .file(fileName)))
                } else if revise {
                    work.files.setValue(family: entry.family, record: k, value: value, source: source)
                    work.files.logRevision(id: f.id, month: month, old: old, new: value, oldSource: oldSource, newSource: source,
                                           timestamp: timestamp)
                    changed.formUnion([entry.family, "revisions"])
                    entries.append(IngestMergeEntry(figure: f, action: .revised, stored: stored, detail: .file(fileName)))
                } else {
                    refusals.append("\(f.id) \(month): stored \(old), text says \(value) (\"\(f.span.text)\")")
                    entries.append(IngestMergeEntry(figure: f, action: .refused, stored: stored, detail: .file(fileName)))
                }
            } else if let k = work.files.appendValue(family: entry.family, id: f.id, month: month, value: value, source: source) {
                work.valueIndex[key] = (entry.family, k)
                changed.insert(entry.family)
                appended.insert(entry.family)
                entries.append(IngestMergeEntry(figure: f, action: .added, stored: nil, detail: .file(fileName)))
            }
        }
        if !refusals.isEmpty { throw .disagreementsRefused(refusals) }
        let written: [String]
        do { written = try work.files.write(changed: changed, sorting: appended) } catch { throw IngestError(error) }
        return IngestMergeReport(entries: entries, filesWritten: written)
    }
}
