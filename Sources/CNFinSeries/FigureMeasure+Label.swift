import CNFinSupport
extension FigureMeasure {
    /// The measure as a reader names it in `language` — a table cell or a note, never a key (the raw
    /// value stays the CSV/JSON key): `level` → 余额 / level, `pp_vs_prev` → 增速比上月末变动 /
    /// change in growth vs the previous month-end. The one set of measure labels (the summary's notes name
    /// its columns with them too).
    public func label(in language: DisplayLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .level: return zh ? "余额" : "level"
        case .increase: return zh ? "当月增加" : "increase in the month"
        case .yoyPct: return zh ? "同比增速" : "YoY growth"
        case .ppVsPrev: return zh ? "增速比上月末变动" : "change in growth vs the previous month-end"
        case .ppVsYearAgo: return zh ? "增速比上年同期变动" : "change in growth vs a year earlier"
        case .changeVsYearAgo: return zh ? "同比多增/少增" : "change vs the same month last year"
        case .changeVsPrev: return zh ? "比上月多增/少增" : "change vs the previous month"
        case .ytdSum: return zh ? "年初至今累计" : "year to date"
        case .ytdChangeVsYearAgo: return zh ? "年初至今同比多增/少增" : "year-to-date change vs a year earlier"
        }
    }

    /// The unit of the figure's value for a reader: amounts in 亿元, growth in %, changes of growth in
    /// percentage points (`pp` / 个百分点) — the stored unit of a change of a rate is `%`, its meaning points.
    public func unitLabel(stored unit: String, in language: DisplayLanguage) -> String {
        switch self {
        case .ppVsPrev, .ppVsYearAgo: return language == .zh ? "个百分点" : "pp"
        default: return unit
        }
    }
}
