import CNFinCharts
import CNFinRelease

/// Why a report could not be built or written.
public enum ReportError: Error, Sendable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .release(let e): return e.description
        case .chart(let e): return e.description
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
}
