import CNFinSupport

/// The state machine of the project's CSV dialect, one record at a time: the one tokenizer
/// behind ``CSVScanner`` (a whole text in memory) and ``CSVStreamReader`` (a file read in
/// chunks). The rules are those listed on ``CSVScanner``.
///
/// ``next(_:from:atEnd:)`` scans the record that starts at a byte of a buffer and appends its
/// fields to ``spans``. When the buffer ends inside the record and more bytes may follow
/// (`atEnd == false`), it undoes that record (its spans and line count) and answers
/// ``Step/needMore(restart:)``: the caller keeps the bytes from `restart` on, appends more, and
/// scans again from there. A record is therefore always scanned whole, from its first byte, so
/// the result does not depend on where the chunks of a file happen to end — including a
/// quoted field, a CR LF pair, a doubled quote or a multi-byte line separator cut in two.
struct CSVRecordScanner {
    /// What one call of ``next(_:from:atEnd:)`` found.
    enum Step {
        /// A kept record (blank ones are skipped); `next` is the first byte after its line break.
        case record(CSVScanner.Row, next: Int)
        /// The buffer ends inside the record starting at byte `restart`.
        case needMore(restart: Int)
        /// No record is left (only when `atEnd`).
        case end
    }

    /// The file name used in locations.
    let file: String
    /// The fields of the records scanned since the caller last emptied it.
    var spans: [CSVScanner.Span] = []
    /// The line on which the next record starts.
    private(set) var line = 1

    // Column bookkeeping within the current record: the column at byte `columnBase`, and
    // whether a non-ASCII byte was seen since (then characters are counted by decoding).
    private var columnBase = 0
    private var columnAtBase = 1
    private var nonASCIISinceBase = false

    init(file: String) {
        self.file = file
    }

    /// Where the text of `buffer` starts: after a UTF-8 byte-order mark, if any.
    static func textStart(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
    }

    /// The character column of byte `position` on the current line.
    private mutating func column(at position: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let column: Int
        if nonASCIISinceBase {
            let segment = UnsafeBufferPointer(rebasing: buffer[columnBase..<position])
            column = columnAtBase + String(decoding: segment, as: UTF8.self).count
        } else {
            column = columnAtBase + (position - columnBase)
        }
        columnBase = position
        columnAtBase = column
        nonASCIISinceBase = false
        return column
    }

    /// Starts a new line at byte `position`.
    private mutating func newLine(at position: Int) {
        line += 1
        columnBase = position
        columnAtBase = 1
        nonASCIISinceBase = false
    }

    private func location(line: Int, column: Int) -> CSVLocation {
        CSVLocation(file: file, line: line, column: column)
    }

    /// Whether `buffer[range]` is empty after `trimmingWhitespace()`.
    static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var ascii = true
        for i in range {
            let b = buffer[i]
            if b >= 0x80 { ascii = false; break }
            if !CSVScanner.isASCIISpace(b) { return false }
        }
        if ascii { return true }
        let segment = UnsafeBufferPointer(rebasing: buffer[range])
        return String(decoding: segment, as: UTF8.self).trimmingWhitespace().isEmpty
    }

    /// Scans from byte `start` (the first byte of a record) to the end of the next kept record.
    /// - Parameter atEnd: whether `buffer` ends where the text ends; otherwise a record cut by
    ///   the end of the buffer is undone and reported as ``Step/needMore(restart:)``.
    mutating func next(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, atEnd: Bool) throws(CSVError) -> Step {
        let n = buffer.count
        var i = start
        columnBase = i
        columnAtBase = 1
        nonASCIISinceBase = false

        var rowFirst = spans.count
        var rowLine = line
        var rowStart = i
        var rowHadQuotes = false
        // The current field.
        var fieldStart = i            // first byte of the field as written
        var fieldLine = line, fieldColumn = 1
        var textStart = i             // first byte of its text
        var textEnd = i               // one past its last byte (quoted: the closing quote)
        var wasQuoted = false, afterClosingQuote = false, escaped = false

        func endField(at position: Int, into spans: inout [CSVScanner.Span]) {
            let end = wasQuoted ? textEnd : position
            spans.append(CSVScanner.Span(start: textStart, end: end, line: fieldLine, column: fieldColumn,
                                         hasEscapedQuotes: escaped))
        }
        /// Undoes the record begun at `rowStart`.
        func cut(_ scanner: inout CSVRecordScanner) -> Step {
            scanner.spans.removeSubrange(rowFirst...)
            scanner.line = rowLine
            return .needMore(restart: rowStart)
        }

        while true {
            // The bytes that only extend an unquoted field: digits, letters, '-', '.', '/', ...
            // (0x2D ..< 0x80; the dialect's special bytes are all below 0x2D or non-ASCII).
            if !afterClosingQuote {
                while i < n, buffer[i] &- 0x2D < 0x53 { i += 1 }
            }
            guard i < n else { break }
            let b = buffer[i]
            switch b {
            case comma:
                endField(at: i, into: &spans)
                i += 1
                fieldStart = i; textStart = i
                fieldLine = line
                fieldColumn = column(at: i, buffer)
                wasQuoted = false; afterClosingQuote = false; escaped = false
            case lineFeed, carriageReturn:
                if b == carriageReturn && i + 1 == n && !atEnd { return cut(&self) }
                endField(at: i, into: &spans)
                let count = spans.count - rowFirst
                let last = spans[spans.count - 1]
                let blank = count == 1 && !rowHadQuotes && CSVRecordScanner.isBlank(buffer, last.start..<last.end)
                let row = CSVScanner.Row(first: rowFirst, count: count, line: rowLine, start: rowStart, end: i)
                if blank { spans.removeLast() }
                i += (b == carriageReturn && i + 1 < n && buffer[i + 1] == lineFeed) ? 2 : 1
                newLine(at: i)
                if !blank { return .record(row, next: i) }
                rowFirst = spans.count
                rowHadQuotes = false
                rowLine = line
                rowStart = i
                fieldStart = i; textStart = i
                fieldLine = line; fieldColumn = 1
                wasQuoted = false; afterClosingQuote = false; escaped = false
            case quote:
                guard !wasQuoted, CSVRecordScanner.isBlank(buffer, fieldStart..<i) else {
                    throw .unexpectedQuote(location(line: line, column: column(at: i, buffer)))
                }
                wasQuoted = true
                rowHadQuotes = true
                i += 1
                textStart = i
                // The quoted text, to the closing quote.
                var closed = false
                while i < n {
                    let c = buffer[i]
                    if c == quote {
                        if i + 1 == n && !atEnd { return cut(&self) }
                        if i + 1 < n && buffer[i + 1] == quote {
                            escaped = true
                            i += 2
                            continue
                        }
                        textEnd = i
                        i += 1
                        closed = true
                        break
                    }
                    if c < 0x80 {
                        if c >= lineFeed && c <= carriageReturn {
                            if c == carriageReturn && i + 1 == n && !atEnd { return cut(&self) }
                            i += (c == carriageReturn && i + 1 < n && buffer[i + 1] == lineFeed) ? 2 : 1
                            newLine(at: i)
                            continue
                        }
                    } else {
                        nonASCIISinceBase = true
                        // NEL (C2 85), LINE SEPARATOR (E2 80 A8), PARAGRAPH SEPARATOR (E2 80 A9).
                        if (c == 0xC2 && i + 1 >= n || c == 0xE2 && i + 2 >= n) && !atEnd { return cut(&self) }
                        if c == 0xC2, i + 1 < n, buffer[i + 1] == 0x85 {
                            i += 2
                            newLine(at: i)
                            continue
                        }
                        if c == 0xE2, i + 2 < n, buffer[i + 1] == 0x80, buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9 {
                            i += 3
                            newLine(at: i)
                            continue
                        }
                    }
                    i += 1
                }
                if !closed {
                    if !atEnd { return cut(&self) }
                    throw .unterminatedQuote(location(line: fieldLine, column: fieldColumn))
                }
                afterClosingQuote = true
            default:
                if b >= 0x80 { nonASCIISinceBase = true }
                if afterClosingQuote && b != 0x20 && b != 0x09 {
                    throw .unexpectedQuote(location(line: line, column: column(at: i, buffer)))
                }
                i += 1
            }
        }
        if !atEnd { return cut(&self) }
        // The last record, when the text does not end with a line break.
        if n > fieldStart || spans.count > rowFirst || wasQuoted {
            endField(at: n, into: &spans)
            let count = spans.count - rowFirst
            let last = spans[spans.count - 1]
            if count == 1 && !rowHadQuotes && CSVRecordScanner.isBlank(buffer, last.start..<last.end) {
                spans.removeLast()
            } else {
                return .record(CSVScanner.Row(first: rowFirst, count: count, line: rowLine, start: rowStart, end: n), next: n)
            }
        }
        return .end
    }
}

private let quote: UInt8 = 0x22
private let comma: UInt8 = 0x2C
private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D
