import CNFinSupport

/// Why a release text could not be read, or its figures not checked or added.
public enum IngestError: Error, Sendable, Equatable, LocalizedMessage {
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

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese the source, ids, measure keys, clauses and values appear
    /// verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
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

    private var chinese: String {
        switch self {
        case .emptyInput(let s):
            return "「\(s)」：输入为空"
        case .binaryInput(let s):
            return "「\(s)」：输入是二进制数据而非文本（含有空字节或控制字符）"
        case .gb18030Encoded(let s):
            return "「\(s)」：文件似为「GB18030」编码；请用「iconv -f GB18030 -t UTF-8」转换"
        case .unknownEncoding(let s):
            return "「\(s)」：输入不是有效的「UTF-8」编码（也不是「GB18030」）；请转换为「UTF-8」"
        case .noFigures(let s):
            return "「\(s)」：未找到任何数据（金额应以万亿元、亿元等为单位，比率以%表示）"
        case .missingMonth(let s, let clause):
            return "「\(s)」：部分数据无法确定所属年月（第一处：「\(clause)」）"
        case .monthConflict(let s, let text, let given, let clause):
            return "「\(s)」：文本给出的是\(text)的数据，而不是所要求的\(given)（「\(clause)」）"
        case .conflictingFigures(let id, let month, let measure, let first, let second):
            return "「\(id)」\(month)「\(measure)」出现两次且数值不同：「\(first)」和「\(second)」"
        case .datasetUnreadable(let path, let reason):
            return "「\(path)」：无法读取或格式有误：「\(reason)」"
        case .disagreementsRefused(let lines):
            return "\(lines.count)个数据与已存数据不一致；未写入任何内容：\n  "
                + lines.map { "「\($0)」" }.joined(separator: "\n  ")
        case .writeFailed(let path, let reason):
            return "无法写入「\(path)」：" + ChineseWording.systemReason(reason)
        }
    }
}
