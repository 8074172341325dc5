import CNFinSeries
import Foundation

extension Dataset {
    /// The series of the long-format ``seriesFiles`` of `directory` and the source key of every
    /// observation, folded row by row as ``LongFormatCSV/forEachRow(url:csvError:_:)`` reads the
    /// files: memory is the series being built (their observations and sources) plus one chunk,
    /// never a list of the rows.
    ///
    /// Series come in the order their ids first appear (file by file); `check` is called with the
    /// first row of every run of one id. Errors, in the order a reader of the whole files would
    /// meet them: a file's CSV error, then the first unknown id of that file (from `check`), file
    /// after file; then the first row (in file order) whose id and month an earlier file already
    /// has — an (id, month) may be stored in one series file only, or a second value would
    /// silently replace the first (found by Fuzz/FuzzDataset). That error names the earlier file
    /// and its line, found by reading the earlier file again.
    static func seriesFromFiles(in directory: URL, check: (String, CSVLocation) throws(DatasetError) -> Void,
                                attributes: (String) -> (unit: SeriesUnit, kind: SeriesKind))
        throws(DatasetError) -> (series: [MonthlySeries], sources: [String: [Month: String]])
    {
        var fold = SeriesFold()
        for (fileIndex, name) in seriesFiles.enumerated() {
            var previousID: String?
            try LongFormatCSV.forEachRow(url: directory.appendingPathComponent(name), csvError: DatasetError.csv) {
                row throws(DatasetError) in
                if row.id != previousID {
                    try check(row.id, CSVLocation(file: name, line: row.line, column: 1))
                    previousID = row.id
                    fold.startRun(id: row.id, file: fileIndex)
                }
                fold.add(row, file: fileIndex)
            }
        }
        if let twice = fold.inTwoFiles {
            var earlier: (file: String, line: Int)?
            for file in fold.files(of: twice.id) where file < twice.file {
                let name = seriesFiles[file]
                try LongFormatCSV.forEachRow(url: directory.appendingPathComponent(name), csvError: DatasetError.csv) {
                    row throws(DatasetError) in
                    if earlier == nil, row.month == twice.month, row.id == twice.id { earlier = (name, row.line) }
                }
                if earlier != nil { break }
            }
            // A file changed since it was read names the second row's own line.
            let first = earlier ?? (fold.files(of: twice.id).first.map { seriesFiles[$0] } ?? "", twice.line)
            throw .csv(.duplicateMonth(CSVLocation(file: seriesFiles[twice.file], line: twice.line, column: 1),
                                       key: "id '\(twice.id)' month \(twice.month), also in \(first.file)",
                                       firstLine: first.line))
        }
        return fold.result(attributes: attributes)
    }
}

/// The observations of the series files, by id in first-appearance order.
private struct SeriesFold {
    struct Series {
        var observations: [(month: Month, value: Double)] = []
        var sources: [Month: String] = [:]
        /// The files (indices in ``Dataset/seriesFiles``) holding the id, in reading order.
        var files: [Int] = []
    }

    private var ids: [String] = []
    private var positions: [String: Int] = [:]
    private var series: [Series] = []
    private var current = 0
    /// The first row whose (id, month) an earlier file has; after it, rows are no longer kept.
    private(set) var inTwoFiles: (file: Int, line: Int, id: String, month: Month)?

    /// The rows that follow are of `id`, in file `file`.
    mutating func startRun(id: String, file: Int) {
        if let position = positions[id] {
            current = position
        } else {
            current = ids.count
            positions[id] = current
            ids.append(id)
            series.append(Series())
        }
        if series[current].files.last != file { series[current].files.append(file) }
    }

    /// Adds a row of the current run.
    mutating func add(_ row: LongFormatCSV.Row, file: Int) {
        guard inTwoFiles == nil else { return }
        // The reader passes no (id, month) twice within a file: a month already here came from an earlier file.
        guard series[current].sources.updateValue(row.source, forKey: row.month) == nil else {
            inTwoFiles = (file, row.line, row.id, row.month)
            return
        }
        series[current].observations.append((month: row.month, value: row.value))
    }

    func files(of id: String) -> [Int] {
        positions[id].map { series[$0].files } ?? []
    }

    /// The series and the sources by id; each id's observations are released once its series is made.
    consuming func result(attributes: (String) -> (unit: SeriesUnit, kind: SeriesKind))
        -> (series: [MonthlySeries], sources: [String: [Month: String]])
    {
        var made: [MonthlySeries] = []
        made.reserveCapacity(ids.count)
        var sources: [String: [Month: String]] = [:]
        sources.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() {
            let a = attributes(id)
            made.append(MonthlySeries(id: id, observations: series[i].observations, unit: a.unit, kind: a.kind))
            sources[id] = series[i].sources
            series[i] = Series()
        }
        return (made, sources)
    }
}
