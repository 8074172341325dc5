import CNFinSupport

/// The RFC 4180 tokenizer of a whole text in memory, behind ``CSVTable``,
/// ``CSVNumericTable`` and ``MonthlyCSV``: it works on the UTF-8 bytes of the text
/// and records every field as a byte range with its line and column, creating no
/// `String` until a caller asks for a field's text. The state machine is
/// ``CSVRecordScanner``, shared with ``CSVStreamReader``, which reads files in
/// chunks for the readers whose memory must not grow with the file
/// (``CSVNumericSelection``, ``LongFormatCSV``).
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
        var core = CSVRecordScanner(file: file)
        core.spans.reserveCapacity(bytes.count / 6)
        var rows: [Row] = []
        rows.reserveCapacity(bytes.count / 32)
        let scan: Result<Void, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CSVError) {
                var i = CSVRecordScanner.textStart(buffer)
                while case .record(let row, let next) = try core.next(buffer, from: i, atEnd: true) {
                    rows.append(row)
                    i = next
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try scan.get()
        spans = core.spans
        self.rows = rows
    }

    /// The text of `span`, quotes undoubled.
    func text(_ span: Span) -> String {
        bytes.withUnsafeBufferPointer { CSVScanner.text(span, in: $0) }
    }

    /// The location of `span`.
    func location(_ span: Span) -> CSVLocation {
        CSVLocation(file: file, line: span.line, column: span.column)
    }

    /// The text of `span` trimmed as `String.trimmingWhitespace()` trims.
    func trimmedText(_ span: Span) -> String {
        bytes.withUnsafeBufferPointer { CSVScanner.trimmedText(span, in: $0) }
    }

    /// The finite number in `span` (see ``plainNumber(_:in:)``).
    func plainNumber(_ span: Span) -> Double? {
        bytes.withUnsafeBufferPointer { CSVScanner.plainNumber(span, in: $0) }
    }

    /// The number in `span`, or `nil` for a missing cell, by the dialect's rule
    /// (``CSVTable/number(trimmed:column:at:)``): plain ASCII decimal text is parsed from the
    /// bytes, anything else (and every error) goes through the text.
    func number(_ span: Span, column: String) throws(CSVError) -> Double? {
        if let value = plainNumber(span) { return value }
        return try CSVTable.number(trimmed: trimmedText(span), column: column, at: location(span))
    }

    /// Whether two unescaped fields hold the same bytes.
    func sameBytes(_ a: Span, _ b: Span) -> Bool {
        guard !a.hasEscapedQuotes, !b.hasEscapedQuotes, a.end - a.start == b.end - b.start else { return false }
        return bytes[a.start..<a.end].elementsEqual(bytes[b.start..<b.end])
    }

    /// The month in `span` (see ``month(_:in:file:)``).
    func month(_ span: Span) throws(CSVError) -> Month {
        let result: Result<Month, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(CSVError) { return .success(try CSVScanner.month(span, in: buffer, file: file)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    // MARK: Fields of a buffer (shared with ``CSVStreamReader``)

    /// The text of `span` in `buffer`, quotes undoubled.
    static func text(_ span: Span, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])
        guard span.hasEscapedQuotes else { return String(decoding: raw, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = span.start
        while i < span.end {
            unescaped.append(buffer[i])
            i += buffer[i] == quote && i + 1 < span.end && buffer[i + 1] == quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The text of `span` in `buffer` trimmed as `String.trimmingWhitespace()` trims.
    static func trimmedText(_ span: Span, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        if !span.hasEscapedQuotes, span.end > span.start,
           !CSVScanner.mayBeTrimmed(buffer[span.start]), !CSVScanner.mayBeTrimmed(buffer[span.end - 1])
        {
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]), as: UTF8.self)
        }
        return text(span, in: buffer).trimmingWhitespace()
    }

    /// The bytes of `span` without the spaces `trimmingWhitespace()` removes,
    /// when the field is plain ASCII and quote-free (the fast path for numbers
    /// and months); `nil` otherwise.
    static func trimmedASCIIRange(_ span: Span, in buffer: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !span.hasEscapedQuotes else { return nil }
        var lower = span.start, upper = span.end
        while lower < upper, CSVScanner.isASCIISpace(buffer[lower]) { lower += 1 }
        while upper > lower, CSVScanner.isASCIISpace(buffer[upper - 1]) { upper -= 1 }
        for i in lower..<upper where buffer[i] >= 0x80 { return nil }
        return lower..<upper
    }

    /// The finite number in `span` when the field is plain ASCII decimal text (spaces around it
    /// allowed), parsed from the bytes by ``DecimalParser``; `nil` for anything else — empty and
    /// missing-value cells, text, infinities — which callers read through
    /// ``CSVTable/number(trimmed:column:at:)`` for the dialect's answer or error.
    @inline(__always)
    static func plainNumber(_ span: Span, in buffer: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !span.hasEscapedQuotes else { return nil }
        var lower = span.start, upper = span.end
        while lower < upper, CSVScanner.isASCIISpace(buffer[lower]) { lower += 1 }
        while upper > lower, CSVScanner.isASCIISpace(buffer[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        guard let value = DecimalParser.parse(UnsafeBufferPointer(rebasing: buffer[lower..<upper])), value.isFinite else {
            return nil
        }
        return value
    }

    /// The month in `span`: `YYYY-MM` read from the bytes, any other form (and
    /// every error) through ``Month/parse(_:)`` as ``CSVTable`` does.
    static func month(_ span: Span, in buffer: UnsafeBufferPointer<UInt8>, file: String) throws(CSVError) -> Month {
        if let range = trimmedASCIIRange(span, in: buffer), range.count == 7, buffer[range.lowerBound + 4] == 0x2D {
            let b = range.lowerBound
            func digit(_ i: Int) -> Int? {
                let d = buffer[b + i] &- 0x30
                return d < 10 ? Int(d) : nil
            }
            if let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), let m0 = digit(5), let m1 = digit(6),
               let month = Month(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1)
            {
                return month
            }
        }
        return try CSVTable.month(CSVTable.Field(text: text(span, in: buffer),
                                                 location: CSVLocation(file: file, line: span.line, column: span.column)))
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
