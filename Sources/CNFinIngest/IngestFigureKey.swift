import CNFinDatasets
import CNFinRelease

/// The series id and measure under which `cnfin ingest` reports a figure:
/// the key that joins a summary figure (``ReleaseFigure``, ``ReleaseMeasure``)
/// with a figure read from a release text (``IngestedFigure``).
///
/// The two sides name a figure differently. The summary attaches every
/// quantity stated about a series to the series of its value (the loan
/// balance carries its YoY growth and the pp changes of that growth); ingest
/// files each figure under the catalog series that stores it (the growth and
/// its pp changes under the rate series):
///
/// | summary (``ReleaseSeriesSpec``, ``ReleaseMeasure``) | ingest (id, ``FigureMeasure``) |
/// |---|---|
/// | stock `loans_balance`, `value` | `loans_balance`, `level` |
/// | stock `loans_balance` (rate `loans_yoy`), `yoy_pct` / `pp_vs_prev` / `pp_vs_year_ago` | `loans_yoy`, same measure |
/// | flow `loans_increase`, `value` | `loans_increase`, `increase` |
/// | flow `loans_increase`, `change_vs_year_ago` / `change_vs_prev` | `loans_increase`, same measure |
/// | flow `loans_increase` (YTD `loans_increase_ytd`), `ytd` | `loans_increase_ytd`, `ytd_sum` |
/// | flow `loans_increase`, `ytd_change_vs_year_ago` | `loans_increase_ytd`, `ytd_change_vs_year_ago` |
public struct IngestFigureKey: Sendable, Hashable, CustomStringConvertible {
    /// Catalog series id (`loans_yoy`, `tsf_increase`, …).
    public var id: String
    /// What the figure states.
    public var measure: FigureMeasure

    public init(id: String, measure: FigureMeasure) {
        self.id = id
        self.measure = measure
    }

    /// The key of a summary figure's measure; `spec` says whether the figure
    /// is a stock (with its rate series) or a flow (with its YTD series).
    /// `nil` for a measure the kind of series does not have (a flow's `yoy_pct`).
    public init?(_ spec: ReleaseSeriesSpec, _ measure: ReleaseMeasure) {
        switch (spec.kind, measure) {
        case (.stock, .value): self.init(id: spec.id, measure: .level)
        case (.stock(let rate), .yoyPct): self.init(id: rate, measure: .yoyPct)
        case (.stock(let rate), .ppVsPrev): self.init(id: rate, measure: .ppVsPrev)
        case (.stock(let rate), .ppVsYearAgo): self.init(id: rate, measure: .ppVsYearAgo)
        case (.flow, .value): self.init(id: spec.id, measure: .increase)
        case (.flow, .changeVsYearAgo): self.init(id: spec.id, measure: .changeVsYearAgo)
        case (.flow, .changeVsPrev): self.init(id: spec.id, measure: .changeVsPrev)
        case (.flow(let ytd), .ytd): self.init(id: ytd, measure: .ytdSum)
        case (.flow(let ytd), .ytdChangeVsYearAgo): self.init(id: ytd, measure: .ytdChangeVsYearAgo)
        default: return nil
        }
    }

    /// The key of the summary figure with series id `id` (looked up in
    /// ``ReleaseFigureCatalog``), or `nil` when the catalog has no such series.
    public init?(summaryID id: String, _ measure: ReleaseMeasure) {
        guard let spec = ReleaseFigureCatalog.spec(id: id) else { return nil }
        self.init(spec, measure)
    }

    /// The key of a figure read from a text.
    public init(_ figure: IngestedFigure) {
        self.init(id: figure.id, measure: figure.measure)
    }

    /// `loans_yoy.pp_vs_prev`.
    public var description: String { "\(id).\(measure.rawValue)" }
}

extension ReleaseFigureCatalog {
    /// The spec of a series of the summary (headline stocks and flows, then
    /// the loan and TSF structures), or `nil`.
    public static func spec(id: String) -> ReleaseSeriesSpec? {
        (stocks + flows + loanStructure + tsfStructure).first { $0.id == id }
    }
}
