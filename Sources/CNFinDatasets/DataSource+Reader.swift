import CNFinSeries
import CNFinSupport

extension DataSource {
    /// What a source key of `sources.csv` means to a reader, in `language` — never the key itself, which
    /// names a repository or a transcription (`huhuaping`, `derived:balance_diff:lingjf`) and stays in CSV/JSON
    /// and `--sources` output:
    ///
    /// - `derived:balance_diff:…` — a flow as the difference of consecutive month-end balances;
    /// - `derived:ytd_diff:…` — a monthly flow as the difference of consecutive year-to-date figures;
    /// - `derived:yoy:…` — a growth rate recomputed from levels outside break windows;
    /// - `derived:sum:…` — a total as the sum of its components;
    /// - `derived:residual:…` — a component as a printed total minus its printed other component;
    /// - `ingest:…` — a figure entered from a release text by `cnfin ingest`;
    /// - any other key — a figure the PBoC published (its tables or release texts, as transcribed).
    public static func readerDescription(of key: String, language: DisplayLanguage) -> String {
        let zh = language == .zh
        let parts = key.split(separator: ":", omittingEmptySubsequences: false)
        switch (parts.first.map(String.init), parts.count > 1 ? String(parts[1]) : "") {
        case ("derived", "balance_diff"): return zh ? "由月末余额之差推算" : "derived from month-end balances"
        case ("derived", "ytd_diff"): return zh ? "由年初至今累计值之差推算" : "derived from year-to-date figures"
        case ("derived", "yoy"): return zh ? "由余额推算" : "derived from levels"
        case ("derived", "sum"): return zh ? "由分项加总" : "sum of components"
        case ("derived", "residual"): return zh ? "由合计减分项推算" : "total minus its other component"
        case ("derived", _): return zh ? "推算" : "derived"
        case ("ingest", _): return zh ? "人民银行发布稿（本地录入）" : "PBoC release text (ingested)"
        default: return zh ? "人民银行发布" : "published by the PBoC"
        }
    }
}
