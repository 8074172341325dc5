import CNFinCharts
import CNFinOutput

/// One section of a monthly report: a heading, text, tables and at most one
/// chart, with the `cnfin` command that reproduces its output.
public struct ReportSection: Sendable {
    /// A stable id (`summary`, `yoy`, `new-loans`, …), also the `--section` argument.
    public var id: String
    public var heading: String
    public var paragraphs: [String]
    public var tables: [Table]
    public var chart: Chart?
    /// The chart as SVG (rendered once, so every output embeds identical bytes).
    public var svg: String?
    /// The shell command that prints this section's tables/chart.
    public var command: String
    /// The library call that computes it, as Swift source to paste after `import CNFin` (shown in the
    /// notebook's notes; `NotebookSnippetTests` compiles every call the exported notebooks show).
    public var libraryCall: String

    /// The SVG file written beside `report.md`.
    public var svgFileName: String? { chart == nil ? nil : "fig-\(id).svg" }
}
