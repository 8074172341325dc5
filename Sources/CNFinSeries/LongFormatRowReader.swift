import Foundation

/// The consumer of the records of a long-format file (``LongFormatCSV``): reads ids, months,
/// values and sources from the bytes, one record at a time, and keeps the error the whole-text
/// reader reported: a tokenizer error (thrown by the pass itself); a duplicate or missing header
/// name; the first record with the wrong number of fields; else the first bad row.
///
/// It keeps no row: only the header, the few last distinct ids and sources (``InternedStrings``),
/// a number per distinct id and the months seen of each id (``MonthBits``), so that memory does
/// not grow with the rows of a file whose ids cover consecutive months.
struct LongFormatRowReader {
    private var header: [String]?
    private var headerError: CSVError?
    private var wrongFieldCount: CSVError?
    private var rowError: CSVError?
    /// The first row whose (id, month) an earlier row has: its first line is found by a second pass.
    private var duplicate: (location: CSVLocation, id: String, month: Month)?
    private var extraColumns: [(name: String, position: Int)] = []
    private var idColumn = 0, monthColumn = 0, valueColumn = 0, sourceColumn = 0
    private var ids = InternedStrings()
    private var sources = InternedStrings()
    private var idNumbers: [String: Int] = [:]
    private var lastIDNumber = -1
    private var seen = MonthBits()

    /// The row of `record`, or `nil` for the header, a bad record, and every record after the
    /// file's first error.
    mutating func add(_ record: CSVStreamReader.Record) -> LongFormatCSV.Row? {
        guard let header else {
            readHeader(record)
            return nil
        }
        guard record.count == header.count else {
            if wrongFieldCount == nil {
                let location = record.count > header.count
                    ? record.location(header.count) : CSVLocation(file: record.file, line: record.line, column: 1)
                wrongFieldCount = .wrongFieldCount(location, expected: header.count, found: record.count)
            }
            return nil
        }
        guard headerError == nil, wrongFieldCount == nil, rowError == nil, duplicate == nil else { return nil }
        do throws(CSVError) {
            return try row(record)
        } catch {
            rowError = error
            return nil
        }
    }

    /// Throws the file's first error; `pass` reads the input again when a duplicate's first line
    /// must be named.
    func finish(file: String, pass: LongFormatCSV.RecordPass) throws(CSVError) {
        guard let header else { throw .empty(file: file) }
        if let headerError { throw headerError }
        if let wrongFieldCount { throw wrongFieldCount }
        if let rowError { throw rowError }
        guard let duplicate else { return }
        // Every record before the duplicate is a good row with the header's field count.
        var firstLine: Int?
        var isHeader = true
        let (idColumn, monthColumn, fieldCount) = (idColumn, monthColumn, header.count)
        try pass { record throws(CSVError) in
            defer { isHeader = false }
            guard !isHeader, firstLine == nil, record.line < duplicate.location.line, record.count == fieldCount,
                  record.trimmedText(idColumn) == duplicate.id
            else { return }
            if let month = try? record.month(monthColumn), month == duplicate.month { firstLine = record.line }
        }
        // A file that changed between the passes names the duplicate's own line.
        throw .duplicateMonth(duplicate.location, key: "id '\(duplicate.id)' month \(duplicate.month)",
                              firstLine: firstLine ?? duplicate.location.line)
    }

    private mutating func readHeader(_ record: CSVStreamReader.Record) {
        let requiredColumns = LongFormatCSV.requiredColumns
        var names: [String] = []
        var index: [String: Int] = [:]
        for j in 0..<record.count {
            let name = record.trimmedText(j)
            if index[name] != nil, headerError == nil { headerError = .duplicateColumn(record.location(j), name: name) }
            index[name] = index[name] ?? j
            names.append(name)
        }
        header = names
        let missing = requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty, headerError == nil {
            headerError = .badHeader(CSVLocation(file: record.file, line: record.line, column: 1),
                                     reason: "missing column(s) \(missing.joined(separator: ", ")); expected \(requiredColumns.joined(separator: ","))")
        }
        extraColumns = names.filter { !requiredColumns.contains($0) }.map { (name: $0, position: index[$0, default: 0]) }
        idColumn = index["id", default: 0]
        monthColumn = index["month", default: 0]
        valueColumn = index["value", default: 0]
        sourceColumn = index["source", default: 0]
    }

    private mutating func row(_ record: CSVStreamReader.Record) throws(CSVError) -> LongFormatCSV.Row? {
        let (id, idChanged) = ids.text(of: idColumn, in: record)
        guard !id.isEmpty else { throw .emptyCell(record.location(idColumn), column: "id") }
        let month = try record.month(monthColumn)
        let value: Double
        if let plain = record.plainNumber(valueColumn) {
            value = plain
        } else {
            let valueText = record.trimmedText(valueColumn)
            guard let parsed = try CSVTable.number(trimmed: valueText, column: "value", at: record.location(valueColumn)) else {
                // A row of a long file is one observation: a missing value (empty or `NA`, …) is an error.
                if valueText.isEmpty { throw .emptyCell(record.location(valueColumn), column: "value") }
                throw .missingValue(record.location(valueColumn), column: "value", text: valueText)
            }
            value = parsed
        }
        if idChanged || lastIDNumber < 0 {
            if let number = idNumbers[id] {
                lastIDNumber = number
            } else {
                lastIDNumber = idNumbers.count
                idNumbers[id] = lastIDNumber
            }
        }
        guard seen.insert(series: lastIDNumber, month: month) else {
            duplicate = (record.location(monthColumn), id, month)
            return nil
        }
        var extra: [String: String] = [:]
        for column in extraColumns { extra[column.name] = record.trimmedText(column.position) }
        let source = sources.text(of: sourceColumn, in: record).text
        return LongFormatCSV.Row(id: id, month: month, value: value, source: source, extra: extra, line: record.line)
    }
}

/// The (series number, month) pairs seen, as bits of 64-month words keyed by series number and
/// month index / 64: one word per 64 months of a series (about one bit per row for series of
/// consecutive months, and at most one word per row whatever the months). The word of the last
/// pair is kept apart, so that consecutive months of one series touch the dictionary once per word.
struct MonthBits {
    private var words: [Int: UInt64] = [:]
    private var currentKey = -1
    private var currentWord: UInt64 = 0

    /// Adds the pair; `false` if it was already there. Parsed months have indices in
    /// 12 000 ..< 120 000 (years 1000…9999), so a series spans at most 1 875 words.
    mutating func insert(series: Int, month: Month) -> Bool {
        let index = month.index
        let key = series &* 1_875 &+ (index >> 6)
        if key != currentKey {
            if currentKey >= 0 { words[currentKey] = currentWord }
            currentKey = key
            currentWord = words[key] ?? 0
        }
        let bit: UInt64 = 1 << UInt64(index & 63)
        guard currentWord & bit == 0 else { return false }
        currentWord |= bit
        return true
    }
}

/// The trimmed text of fields that repeat one of the last few distinct values (ids, sources): a
/// field whose bytes equal a kept value's reuses its `String`, so that rows of a few ids or
/// sources, interleaved or not, create no new `String`.
struct InternedStrings {
    private var entries: [(bytes: [UInt8], text: String)] = []
    private var previous = -1
    private var nextReplaced = 0
    /// How many distinct values are kept.
    static let capacity = 8

    /// The trimmed text of field `j`, and whether it differs from the previous field's.
    mutating func text(of j: Int, in record: CSVStreamReader.Record) -> (text: String, changed: Bool) {
        let span = record.span(j)
        guard !span.hasEscapedQuotes else {
            previous = -1
            return (record.trimmedText(j), true)
        }
        let bytes = UnsafeBufferPointer(rebasing: record.buffer[span.start..<span.end])
        if previous >= 0, Self.equal(entries[previous].bytes, bytes) { return (entries[previous].text, false) }
        for k in entries.indices where k != previous && Self.equal(entries[k].bytes, bytes) {
            previous = k
            return (entries[k].text, true)
        }
        let entry = (bytes: Array(bytes), text: record.trimmedText(j))
        if entries.count < Self.capacity {
            entries.append(entry)
            previous = entries.count - 1
        } else {
            entries[nextReplaced] = entry
            previous = nextReplaced
            nextReplaced = (nextReplaced + 1) % Self.capacity
        }
        return (entry.text, true)
    }

    private static func equal(_ kept: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kept.count == bytes.count else { return false }
        return kept.withUnsafeBufferPointer { k in
            guard let a = k.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, k.count) == 0
        }
    }
}
