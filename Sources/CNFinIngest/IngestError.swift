/// Why a release text could not be read, or its figures not checked or added.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input holds no text.
    case emptyInput(source: String)
    /// The input is not text (NUL or other control bytes).
    case binaryInput(source: String)
    /// The input is not UTF-8 but decodes as GB18030, and decoding was not possible here.
    case gb18030Encoded(source: String)
    /// The input is neither UTF-8 nor GB18030.
    case unknownEncoding(source: String)
    /// The text holds no figure at all.
    case noFigures(source: String)
    /// Figures whose month or year cannot be told from the text.
    case missingMonth(source: String, clause: String)
    /// The text's month disagrees with the month asked for (`given`).
    case monthConflict(source: String, text: String, given: String, clause: String)
    /// The same figure is stated with two different values.
    case conflictingFigures(id: String, month: String, measure: String, first: String, second: String)
    /// A dataset file could not be read or is malformed.
    case datasetUnreadable(path: String, reason: String)
    /// Figures disagree with the stored ones and replacing them was not asked for.
    case disagreementsRefused([String])
    /// A file could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .emptyInput(let s):
            return "\(s): the input is empty"
        case .binaryInput(let s):
            return "\(s): the input is binary, not text (it contains NUL or control bytes)"
        case .gb18030Encoded(let s):
            return "\(s): the file looks GB18030-encoded; convert with iconv -f GB18030 -t UTF-8"
        case .unknownEncoding(let s):
            return "\(s): the input is not valid UTF-8 (nor GB18030); convert it to UTF-8"
        case .noFigures(let s):
            return "\(s): no figures found (expected amounts in 万亿元/亿元/trillion/billion yuan, rates in %)"
        case .missingMonth(let s, let clause):
            return "\(s): figures without a month/year (first such clause: \"\(clause)\")"
        case .monthConflict(let s, let text, let given, let clause):
            return "\(s): the text gives figures for \(text), not for the month asked for, \(given) (\"\(clause)\")"
        case .conflictingFigures(let id, let month, let measure, let first, let second):
            return "\(id) \(month) \(measure) is stated twice with different values: \"\(first)\" and \"\(second)\""
        case .datasetUnreadable(let path, let reason):
            return "\(path): \(reason)"
        case .disagreementsRefused(let lines):
            return "\(lines.count) figure(s) disagree with the stored data; nothing written:\n  "
                + lines.joined(separator: "\n  ")
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
