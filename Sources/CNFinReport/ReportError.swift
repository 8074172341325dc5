import CNFinCharts
import CNFinRelease
import CNFinSupport

/// Why a report could not be built or written.
public enum ReportError: Error, Sendable, LocalizedMessage {
    /// The summary of the month could not be computed (no data for the month, data not loadable).
    case release(ReleaseError)
    /// A chart could not be drawn.
    case chart(ChartError)
    /// The output directory exists and holds files; pass --force to overwrite the report's own files.
    case outputNotEmpty(path: String, files: [String])
    /// The output path exists but is not a directory.
    case outputNotADirectory(path: String)
    /// The output directory (or its parent) cannot be created or written.
    case cannotWrite(path: String, reason: String)
    /// The hierarchy table for contributions could not be read.
    case hierarchies(String)
    /// The requested section does not exist.
    case unknownSection(String, available: [String])
    /// The section has no chart to print as SVG; `charted` lists the sections that have one.
    case sectionHasNoChart(String, charted: [String])

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese paths, file names and section names appear verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case .release(let e): return e.message(in: .en)
        case .chart(let e): return localizedMessage(of: e, in: .en)
        case .outputNotEmpty(let path, let files):
            let shown = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
            return "'\(path)' already exists and is not empty (\(shown)); the report's own files are replaced only when "
                + "overwriting is allowed (other files are left alone)"
        case .outputNotADirectory(let path): return "'\(path)' exists and is not a directory"
        case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
        case .hierarchies(let reason): return "cannot read the decomposition hierarchies: \(reason)"
        case .unknownSection(let s, let available):
            return "no section '\(s)' in the report (sections: \(available.joined(separator: ", ")))"
        case .sectionHasNoChart(let s, let charted):
            return "section '\(s)' has no chart to print as SVG (sections with a chart: \(charted.joined(separator: ", "))); "
                + "print it as markdown or html"
        }
    }

    private var chinese: String {
        func list(_ items: some Sequence<String>) -> String { items.map { "「\($0)」" }.joined(separator: "、") }
        switch self {
        case .release(let e): return e.message(in: .zh)
        case .chart(let e): return localizedMessage(of: e, in: .zh)
        case .outputNotEmpty(let path, let files):
            let shown = list(files.prefix(5)) + (files.count > 5 ? "等" : "")
            return "「\(path)」已存在且不为空（\(shown)）；只有允许覆盖时才会替换报告自身的文件（其他文件保持不变）"
        case .outputNotADirectory(let path): return "「\(path)」已存在且不是目录"
        case .cannotWrite(let path, let reason): return "无法写入「\(path)」：「\(reason)」"
        case .hierarchies(let reason): return "无法读取分解层级表：「\(reason)」"
        case .unknownSection(let s, let available):
            return "报告中没有「\(s)」部分（现有部分：\(list(available))）"
        case .sectionHasNoChart(let s, let charted):
            return "「\(s)」部分没有可输出为「SVG」的图表（有图表的部分：\(list(charted))）；请输出为「markdown」或「html」"
        }
    }
}
