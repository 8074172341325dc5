import Foundation

/// Reads long-format monthly data, one observation per row:
///
/// ```
/// id,month,value,source
/// m2,2023-05,2820504.68,pboc
/// ```
///
/// Rows may come in any order; an (id, month) pair may occur only once.
/// Months absent for an id become missing values. Extra columns (e.g.
/// `note`) are allowed and kept in ``Row/extra``. Errors name file, line and
/// column.
public enum LongFormatCSV {
    /// The columns every long-format file has.
    public static let requiredColumns = ["id", "month", "value", "source"]

    /// One observation.
    public struct Row: Sendable, Hashable {
        /// Series id.
        public var id: String
        /// Month.
        public var month: Month
        /// Value.
        public var value: Double
        /// Source tag.
        public var source: String
        /// Other columns by name.
        public var extra: [String: String]
        /// Line in the file.
        public var line: Int
    }

    /// Calls `body` with every row of the file at `url`, in file order, reading the file in chunks
    /// (``CSVStreamReader``): memory is one chunk, the check that no (id, month) occurs twice (one
    /// bit per month of each id, in 64-month words) and what `body` keeps — whatever the size of
    /// the file. Repeated ids and sources (the last few distinct ones) share one `String`.
    ///
    /// Errors are those of ``read(url:)``, in the same order: the file's first error (a tokenizer
    /// error; a duplicate or missing header name; the first record with the wrong number of fields;
    /// else the first bad row), passed through `csvError`, comes first — even when `body` threw on
    /// an earlier row: once `body` throws, it is called no more, the rest of the file is still
    /// checked, and `body`'s error is thrown only if the file has none. Rows after the file's
    /// first bad row are not passed to `body`.
    public static func forEachRow<Failure: Error>(url: URL, csvError: (CSVError) -> Failure,
                                                  _ body: (Row) throws(Failure) -> Void) throws(Failure)
    {
        try forEachRow(file: url.lastPathComponent, csvError: csvError, body) { record throws(CSVError) in
            try CSVStreamReader.forEachRecord(url: url, record)
        }
    }

    /// ``forEachRow(url:csvError:_:)`` on the bytes that `makeSource` hands out in chunks of
    /// `chunkSize`; `file` names locations and unreadable text.
    static func forEachRow<Source: CSVByteSource, Failure: Error>(
        source makeSource: () -> Source, file: String, chunkSize: Int, csvError: (CSVError) -> Failure,
        _ body: (Row) throws(Failure) -> Void) throws(Failure)
    {
        try forEachRow(file: file, csvError: csvError, body) { record throws(CSVError) in
            var source = makeSource()
            try CSVStreamReader.forEachRecord(source: &source, file: file, path: file, chunkSize: chunkSize, record)
        }
    }

    /// One pass over the records of the input (``CSVStreamReader/forEachRecord(url:chunkSize:_:)``);
    /// a second pass is made only to name the first line of a duplicate (id, month).
    typealias RecordPass = ((CSVStreamReader.Record) throws(CSVError) -> Void) throws(CSVError) -> Void

    private static func forEachRow<Failure: Error>(file: String, csvError: (CSVError) -> Failure,
                                                   _ body: (Row) throws(Failure) -> Void,
                                                   pass: RecordPass) throws(Failure)
    {
        var reader = LongFormatRowReader()
        var failure: Failure?
        do throws(CSVError) {
            // `body` is called only during the pass (the compiler cannot see that `pass` does
            // not call itself re-entrantly).
            try withoutActuallyEscaping(body) { body throws(CSVError) in
                try pass { record throws(CSVError) in
                    guard let row = reader.add(record), failure == nil else { return }
                    do throws(Failure) { try body(row) } catch { failure = error }
                }
            }
            try reader.finish(file: file, pass: pass)
        } catch {
            throw csvError(error)
        }
        if let failure { throw failure }
    }

    /// ``forEachRow(url:csvError:_:)`` with the file's error as it is.
    public static func forEachRow(url: URL, _ body: (Row) throws(CSVError) -> Void) throws(CSVError) {
        try forEachRow(url: url, csvError: { $0 }, body)
    }

    /// Every row of the file at `url` (``forEachRow(url:_:)``); memory grows with the rows
    /// returned (about 75 bytes each), so consumers that fold rows into something smaller use
    /// ``forEachRow(url:csvError:_:)``.
    public static func read(url: URL) throws(CSVError) -> [Row] {
        var rows: [Row] = []
        try forEachRow(url: url) { (row: Row) throws(CSVError) in rows.append(row) }
        return rows
    }

    /// Parses `text`; `fileName` is used in error messages.
    public static func parse(text: String, fileName: String) throws(CSVError) -> [Row] {
        let bytes = Array(text.utf8)
        var rows: [Row] = []
        try forEachRow(source: { CSVBytes(bytes) }, file: fileName, chunkSize: bytes.count + 1, csvError: { $0 }) {
            (row: Row) throws(CSVError) in rows.append(row)
        }
        return rows
    }

    /// Groups rows into series by id (ids in first-appearance order); `attributes`
    /// gives each id's unit and kind.
    public static func series(from rows: [Row],
                              attributes: (String) -> (unit: SeriesUnit, kind: SeriesKind) = { _ in (.other(""), .stock) })
        -> [MonthlySeries]
    {
        var order: [String] = []
        var positions: [String: Int] = [:]
        var groups: [[(month: Month, value: Double)]] = []
        var currentID: String?
        var current = 0
        for row in rows {
            if row.id != currentID {
                if let position = positions[row.id] {
                    current = position
                } else {
                    current = groups.count
                    positions[row.id] = current
                    order.append(row.id)
                    groups.append([])
                }
                currentID = row.id
            }
            groups[current].append((month: row.month, value: row.value))
        }
        return zip(order, groups).map { id, observations in
            let a = attributes(id)
            return MonthlySeries(id: id, observations: observations, unit: a.unit, kind: a.kind)
        }
    }
}
