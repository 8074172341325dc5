/// The RFC 4180 tokenizer behind ``CSVTable`` and ``LongFormatCSV``: it works
/// on the UTF-8 bytes of the text and records every field as a byte range with
/// its line and column, creating no `String` until a caller asks for a field's
/// text.
///
/// Rules (the same as ``CSVTable``): fields are separated by `,`; records end
/// with LF, CR LF or a lone CR; a field may be quoted with `"` (a doubled `""`
/// inside stands for one quote) and may then contain commas and line breaks;
/// spaces before an opening quote and spaces or tabs after a closing quote are
/// dropped; a UTF-8 byte-order mark at the start is skipped; a record that is a
/// single blank, unquoted field is ignored.
///
/// Lines and columns are 1-based; a column counts characters (extended
/// grapheme clusters, as Swift's `Character`), not bytes, so a message points
/// at the same place whether the line holds `亿元` or ASCII. Inside a quoted
/// field every line break a `Character` reports (`isNewline`: LF, CR LF, CR,
/// VT, FF, NEL, U+2028, U+2029) starts a new line.
struct CSVScanner {
    /// One field: a byte range of ``bytes`` and where the field starts.
    struct Span {
        /// First byte of the text (after the opening quote of a quoted field).
        var start: Int
        /// One past the last byte of the text (the closing quote of a quoted field).
        var end: Int
        /// The line on which the field starts.
        var line: Int
        /// The character column at which the field starts.
        var column: Int
        /// Whether the text holds doubled quotes `""` that stand for one `"`.
        var hasEscapedQuotes: Bool
    }

    /// One record: ``spans``[`first` ..< `first + count`].
    struct Row {
        var first: Int
        var count: Int
        var line: Int
        /// The record's bytes as written, without its line break: `bytes[start..<end]`.
        var start: Int
        var end: Int
    }

    /// The text's UTF-8 bytes, byte-order mark included.
    let bytes: [UInt8]
    /// Every field of every kept record, in order.
    private(set) var spans: [Span] = []
    /// The kept records (blank lines dropped), header first.
    private(set) var rows: [Row] = []
    /// The file name used in locations.
    let file: String

    /// Tokenizes `text`; errors name `file`, line and column.
    init(text: String, file: String) throws(CSVError) {
        try self.init(bytes: Array(text.utf8), file: file)
    }

    /// Tokenizes UTF-8 `bytes` (assumed valid UTF-8).
    init(bytes: [UInt8], file: String) throws(CSVError) {
        self.bytes = bytes
        self.file = file
        var state = ScanState(file: file)
        state.spans.reserveCapacity(bytes.count / 6)
        state.rows.reserveCapacity(bytes.count / 32)
        let scan: Result<Void, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CSVError) {
                try state.scan(buffer)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        spans = state.spans
        rows = state.rows
        try scan.get()
    }

    /// The text of `span`, quotes undoubled.
    func text(_ span: Span) -> String {
        let raw = bytes[span.start..<span.end]
        guard span.hasEscapedQuotes else { return String(decoding: raw, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = span.start
        while i < span.end {
            unescaped.append(bytes[i])
            i += bytes[i] == quote && i + 1 < span.end && bytes[i + 1] == quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The location of `span`.
    func location(_ span: Span) -> CSVLocation {
        CSVLocation(file: file, line: span.line, column: span.column)
    }

    /// The text of `span` trimmed as `String.trimmingWhitespace()` trims.
    func trimmedText(_ span: Span) -> String {
        if !span.hasEscapedQuotes, span.end > span.start,
           !CSVScanner.mayBeTrimmed(bytes[span.start]), !CSVScanner.mayBeTrimmed(bytes[span.end - 1])
        {
            return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
        }
        return text(span).trimmingWhitespace()
    }

    /// The bytes of `span` without the spaces `trimmingWhitespace()` removes,
    /// when the field is plain ASCII and quote-free (the fast path for numbers
    /// and months); `nil` otherwise.
    func trimmedASCIIRange(_ span: Span) -> Range<Int>? {
        guard !span.hasEscapedQuotes else { return nil }
        var lower = span.start, upper = span.end
        while lower < upper, CSVScanner.isASCIISpace(bytes[lower]) { lower += 1 }
        while upper > lower, CSVScanner.isASCIISpace(bytes[upper - 1]) { upper -= 1 }
        for i in lower..<upper where bytes[i] >= 0x80 { return nil }
        return lower..<upper
    }

    /// The finite number in `span` when the field is plain ASCII decimal text (spaces around it
    /// allowed), parsed from the bytes by ``DecimalParser``; `nil` for anything else — empty and
    /// missing-value cells, text, infinities — which callers read through
    /// ``CSVTable/number(trimmed:column:at:)`` for the dialect's answer or error.
    func plainNumber(_ span: CSVScanner.Span) -> Double? {
        guard !span.hasEscapedQuotes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Double? in
            var lower = span.start, upper = span.end
            while lower < upper, CSVScanner.isASCIISpace(buffer[lower]) { lower += 1 }
            while upper > lower, CSVScanner.isASCIISpace(buffer[upper - 1]) { upper -= 1 }
            guard lower < upper else { return nil }
            guard let value = DecimalParser.parse(UnsafeBufferPointer(rebasing: buffer[lower..<upper])), value.isFinite else {
                return nil
            }
            return value
        }
    }

    /// Whether two unescaped fields hold the same bytes.
    func sameBytes(_ a: Span, _ b: Span) -> Bool {
        guard !a.hasEscapedQuotes, !b.hasEscapedQuotes, a.end - a.start == b.end - b.start else { return false }
        return bytes[a.start..<a.end].elementsEqual(bytes[b.start..<b.end])
    }

    /// The month in `span`: `YYYY-MM` read from the bytes, any other form (and
    /// every error) through ``Month/parse(_:)`` as ``CSVTable`` does.
    func month(_ span: Span) throws(CSVError) -> Month {
        if let range = trimmedASCIIRange(span), range.count == 7, bytes[range.lowerBound + 4] == 0x2D {
            let b = range.lowerBound
            func digit(_ i: Int) -> Int? {
                let d = bytes[b + i] &- 0x30
                return d < 10 ? Int(d) : nil
            }
            if let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), let m0 = digit(5), let m1 = digit(6),
               let month = Month(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1)
            {
                return month
            }
        }
        return try CSVTable.month(CSVTable.Field(text: text(span), location: location(span)))
    }

    /// Whether a first or last byte could be (part of) a character that
    /// `trimmingWhitespace()` removes or that joins a neighbour into one
    /// character: ASCII space, tab and line breaks, or any non-ASCII byte.
    static func mayBeTrimmed(_ b: UInt8) -> Bool {
        b >= 0x80 || isASCIISpace(b)
    }

    /// Space, tab, LF, VT, FF, CR: the ASCII characters `trimmingWhitespace()` removes.
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (0x09...0x0D).contains(b)
    }
}

private let quote: UInt8 = 0x22
private let comma: UInt8 = 0x2C
private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D

/// The mutable state of one scan (kept apart so the loop works on an unsafe
/// buffer without copying the byte array).
private struct ScanState {
    let file: String
    var spans: [CSVScanner.Span] = []
    var rows: [CSVScanner.Row] = []

    // Column bookkeeping: the column at byte `columnBase`, and whether a
    // non-ASCII byte was seen since (then characters are counted by decoding).
    var columnBase = 0
    var columnAtBase = 1
    var nonASCIISinceBase = false
    var line = 1

    init(file: String) {
        self.file = file
    }

    /// The character column of byte `position` on the current line.
    mutating func column(at position: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Int {
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
    mutating func newLine(at position: Int) {
        line += 1
        columnBase = position
        columnAtBase = 1
        nonASCIISinceBase = false
    }

    func location(line: Int, column: Int) -> CSVLocation {
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

    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) {
        let n = buffer.count
        var i = 0
        if n >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { i = 3 }
        columnBase = i

        var rowFirst = spans.count
        var rowLine = 1
        var rowStart = i
        var rowHadQuotes = false
        // The current field.
        var fieldStart = i            // first byte of the field as written
        var fieldLine = 1, fieldColumn = 1
        var textStart = i             // first byte of its text
        var textEnd = i               // one past its last byte (quoted: the closing quote)
        var wasQuoted = false, afterClosingQuote = false, escaped = false

        func endField(at position: Int, into spans: inout [CSVScanner.Span]) {
            let end = wasQuoted ? textEnd : position
            spans.append(CSVScanner.Span(start: textStart, end: end, line: fieldLine, column: fieldColumn,
                                         hasEscapedQuotes: escaped))
        }

        while i < n {
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
                endField(at: i, into: &spans)
                let count = spans.count - rowFirst
                let last = spans[spans.count - 1]
                if count == 1 && !rowHadQuotes && ScanState.isBlank(buffer, last.start..<last.end) {
                    spans.removeLast()
                } else {
                    rows.append(CSVScanner.Row(first: rowFirst, count: count, line: rowLine, start: rowStart, end: i))
                }
                rowFirst = spans.count
                rowHadQuotes = false
                i += (b == carriageReturn && i + 1 < n && buffer[i + 1] == lineFeed) ? 2 : 1
                newLine(at: i)
                rowLine = line
                rowStart = i
                fieldStart = i; textStart = i
                fieldLine = line; fieldColumn = 1
                wasQuoted = false; afterClosingQuote = false; escaped = false
            case quote:
                guard !wasQuoted, ScanState.isBlank(buffer, fieldStart..<i) else {
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
                            i += (c == carriageReturn && i + 1 < n && buffer[i + 1] == lineFeed) ? 2 : 1
                            newLine(at: i)
                            continue
                        }
                    } else {
                        nonASCIISinceBase = true
                        // NEL (C2 85), LINE SEPARATOR (E2 80 A8), PARAGRAPH SEPARATOR (E2 80 A9).
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
                if !closed { throw .unterminatedQuote(location(line: fieldLine, column: fieldColumn)) }
                afterClosingQuote = true
            default:
                if b >= 0x80 { nonASCIISinceBase = true }
                if afterClosingQuote && b != 0x20 && b != 0x09 {
                    throw .unexpectedQuote(location(line: line, column: column(at: i, buffer)))
                }
                i += 1
            }
        }
        // The last record, when the text does not end with a line break.
        if n > fieldStart || spans.count > rowFirst || wasQuoted {
            endField(at: n, into: &spans)
            let count = spans.count - rowFirst
            let last = spans[spans.count - 1]
            if count == 1 && !rowHadQuotes && ScanState.isBlank(buffer, last.start..<last.end) {
                spans.removeLast()
            } else {
                rows.append(CSVScanner.Row(first: rowFirst, count: count, line: rowLine, start: rowStart, end: n))
            }
        }
    }
}
