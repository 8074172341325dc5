import CNFinDatasets

/// Which series the summary reports, and how: a stock with its published
/// growth-rate series, or a flow with its year-to-date series. The related
/// series come from the catalog's `rate_id` / `ytd_id` columns (``SeriesRegistry``).
public struct ReleaseSeriesSpec: Sendable, Hashable {
    /// Stock or flow.
    public enum Kind: Sendable, Hashable {
        /// A month-end balance; `rateID` is the series of its published YoY growth (%), if any.
        case stock(rateID: String?)
        /// A monthly amount; `ytdID` is the series of its published year-to-date sum, if any
        /// (without one, year-to-date figures are sums of the monthly values).
        case flow(ytdID: String?)
    }

    /// The series id of the value.
    public var id: String
    /// Stock or flow.
    public var kind: Kind
    /// Chinese label.
    public var nameZh: String
    /// English label.
    public var nameEn: String

    /// A stock with YoY growth in its catalog `rate_id`.
    public static func stock(_ id: String, zh: String, en: String) -> ReleaseSeriesSpec {
        ReleaseSeriesSpec(id: id, kind: .stock(rateID: SeriesRegistry.relations(of: id).rateID), nameZh: zh, nameEn: en)
    }

    /// A flow with year-to-date sums in its catalog `ytd_id`.
    public static func flow(_ id: String, zh: String, en: String) -> ReleaseSeriesSpec {
        ReleaseSeriesSpec(id: id, kind: .flow(ytdID: SeriesRegistry.relations(of: id).ytdID), nameZh: zh, nameEn: en)
    }
}

/// The series of the summary, in the order of the table.
public enum ReleaseFigureCatalog {
    /// The headline stocks.
    public static let stocks: [ReleaseSeriesSpec] = [
        .stock("m2", zh: "广义货币（M2）余额", en: "Broad money (M2)"),
        .stock("m1", zh: "狭义货币（M1）余额", en: "Narrow money (M1)"),
        .stock("m0", zh: "流通中货币（M0）余额", en: "Currency in circulation (M0)"),
        .stock("loans_balance", zh: "人民币贷款余额", en: "Outstanding RMB loans"),
        .stock("deposits_balance", zh: "人民币存款余额", en: "Outstanding RMB deposits"),
        .stock("tsf_stock", zh: "社会融资规模存量", en: "Outstanding AFRE"),
    ]

    /// The headline flows.
    public static let flows: [ReleaseSeriesSpec] = [
        .flow("loans_increase", zh: "人民币贷款增加", en: "New RMB loans"),
        .flow("household_loans_increase", zh: "住户贷款增加", en: "Household loans"),
        .flow("household_mlt_loans_increase", zh: "住户中长期贷款增加", en: "Household MLT loans"),
        .flow("corporate_loans_increase", zh: "企（事）业单位贷款增加", en: "Loans to enterprises and public institutions"),
        .flow("corporate_mlt_loans_increase", zh: "企（事）业单位中长期贷款增加", en: "Corporate MLT loans"),
        .flow("deposits_increase", zh: "人民币存款增加", en: "New RMB deposits"),
        .flow("household_deposits_increase", zh: "住户存款增加", en: "Household deposits"),
        .flow("tsf_increase", zh: "社会融资规模增量", en: "AFRE (flow)"),
    ]

    /// The components of new RMB loans (sector and maturity).
    public static let loanStructure: [ReleaseSeriesSpec] = [
        .flow("household_short_loans_increase", zh: "住户短期贷款", en: "Household short-term loans"),
        .flow("household_mlt_loans_increase", zh: "住户中长期贷款", en: "Household MLT loans"),
        .flow("corporate_short_loans_increase", zh: "企（事）业单位短期贷款", en: "Corporate short-term loans"),
        .flow("corporate_mlt_loans_increase", zh: "企（事）业单位中长期贷款", en: "Corporate MLT loans"),
        .flow("bill_financing_increase", zh: "票据融资", en: "Bill financing"),
        .flow("nonbank_loans_increase", zh: "非银行业金融机构贷款", en: "Loans to non-bank financial institutions"),
    ]

    /// The components of the TSF increment.
    public static let tsfStructure: [ReleaseSeriesSpec] = [
        .flow("tsf_rmb_loans", zh: "对实体经济发放的人民币贷款", en: "RMB loans to the real economy"),
        .flow("tsf_fx_loans", zh: "对实体经济发放的外币贷款", en: "Foreign currency loans (RMB equivalent)"),
        .flow("tsf_entrusted_loans", zh: "委托贷款", en: "Entrusted loans"),
        .flow("tsf_trust_loans", zh: "信托贷款", en: "Trust loans"),
        .flow("tsf_undiscounted_bills", zh: "未贴现的银行承兑汇票", en: "Undiscounted bankers' acceptances"),
        .flow("tsf_corporate_bonds", zh: "企业债券融资", en: "Corporate bonds"),
        .flow("tsf_government_bonds", zh: "政府债券", en: "Government bonds"),
        .flow("tsf_equity", zh: "非金融企业境内股票融资", en: "Domestic equity of non-financial firms"),
        .flow("tsf_abs", zh: "存款类金融机构资产支持证券", en: "ABS of depository institutions"),
        .flow("tsf_writeoffs", zh: "贷款核销", en: "Loan write-offs"),
    ]
}
