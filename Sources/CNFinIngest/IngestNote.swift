import CNFinDatasets
import CNFinSeries
import CNFinSupport

/// A note of `cnfin ingest`, `import` or `update` for standard error, as data; ``text(in:)`` writes it in
/// the reader's language (file and directory names as given; counts, months and file names as data).
public enum IngestNote: LocalizedNote, Hashable {
    /// An input read in another encoding than UTF-8 (GB18030, HZ) and decoded.
    case decoded(source: String, encoding: IngestTextDecoder.Encoding)
    /// What a merge into `directory` wrote (nothing when `files` is empty).
    case written(directory: String, files: [String])
    /// What `cnfin update` changed in `directory`: the merge's count of each action, the files written,
    /// and the data currency after the update and before it.
    case updated(directory: String, counts: [IngestMergeAction: Int], files: [String], currency: Month?, previous: Month?)

    public func text(in language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case let .decoded(source, encoding):
            return zh ? "\(source)为\(encoding.rawValue)编码，已解码" : "\(source) is \(encoding.rawValue)-encoded; decoded it"
        case let .written(directory, files):
            return zh ? "\(directory)：\(Self.written(files, zh: true))" : "\(directory): \(Self.written(files, zh: false))"
        case let .updated(directory, counts, files, currency, previous):
            let actions: [IngestMergeAction] = [.added, .revised, .unchanged, .refused, .skipped]
            let summary = actions.map { zh ? "\($0.label(in: .zh))\(counts[$0] ?? 0)" : "\($0.rawValue) \(counts[$0] ?? 0)" }
                .joined(separator: zh ? "，" : ", ")
            var moved = ""
            if previous != currency {
                moved = zh ? "（此前\(previous.map { "为\($0.year)年\($0.month)月" } ?? "无数据")）"
                    : " (was \(previous.map(\.description) ?? "none"))"
            }
            let line = DataStatus.currencyLine(currency, chinese: zh)
            return zh ? "\(directory)：\(summary)；\(Self.written(files, zh: true))；\(line)\(moved)"
                : "\(directory): \(summary); \(Self.written(files, zh: false)); \(line)\(moved)"
        }
    }

    private static func written(_ files: [String], zh: Bool) -> String {
        if files.isEmpty { return zh ? "没有变化" : "nothing changed" }
        return zh ? "已写入" + files.joined(separator: "、") : "wrote " + files.joined(separator: ", ")
    }
}
