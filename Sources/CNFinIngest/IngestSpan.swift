/// Where a figure (or an unparsed clause) is in the input text.
///
/// Offsets count Unicode scalars (code points) of the decoded text, so they
/// agree with Python's `str` indexing: `text[start:end] == text`.
public struct IngestSpan: Sendable, Hashable, Codable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The exact substring of the input.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
