/// A thing a release sentence talks about (人民币贷款, M2, 社会融资规模 …) and the
/// catalog series its figures belong to.
struct IngestSubject: Sendable, Hashable {
    /// Short name for messages.
    var name: String
    /// Month-end level (亿元).
    var stock: String?
    /// Year-on-year growth of the level (%).
    var yoy: String?
    /// Monthly flow (亿元).
    var flow: String?
    /// Year-to-date sum of the flow (亿元).
    var ytd: String?
    /// Whether the subject only makes sense under a parent (其中 中长期贷款 …).
    var isChild = false

    /// Series with a year-to-date id in the catalog (others have none, so their
    /// year-to-date figures are reported as unparsed rather than invented).
    static let withYearToDate: Set<String> = [
        "household_loans", "household_mlt_loans", "corporate_loans", "corporate_mlt_loans", "household_deposits",
    ]

    static func stockAndFlow(_ name: String, _ stem: String) -> IngestSubject {
        IngestSubject(name: name, stock: stem + "_balance", yoy: nil, flow: stem + "_increase",
                      ytd: withYearToDate.contains(stem) ? stem + "_increase_ytd" : nil)
    }

    static func tsfComponent(_ name: String, _ suffix: String) -> IngestSubject {
        IngestSubject(name: name, stock: "tsf_stock_" + suffix, yoy: "tsf_stock_" + suffix + "_yoy", flow: "tsf_" + suffix, ytd: nil)
    }

    static let loans = IngestSubject(name: "RMB loans", stock: "loans_balance", yoy: "loans_yoy",
                                     flow: "loans_increase", ytd: "loans_increase_ytd")
    static let deposits = IngestSubject(name: "RMB deposits", stock: "deposits_balance", yoy: "deposits_yoy",
                                        flow: "deposits_increase", ytd: "deposits_increase_ytd")
    static let m2 = IngestSubject(name: "M2", stock: "m2", yoy: "m2_yoy", flow: nil, ytd: nil)
    static let m1 = IngestSubject(name: "M1", stock: "m1", yoy: "m1_yoy", flow: nil, ytd: nil)
    static let m0 = IngestSubject(name: "M0", stock: "m0", yoy: "m0_yoy", flow: nil, ytd: nil)
    static let tsf = IngestSubject(name: "TSF", stock: "tsf_stock", yoy: "tsf_stock_yoy",
                                   flow: "tsf_increase", ytd: "tsf_increase_ytd")
    static let tsfStock = IngestSubject(name: "TSF stock", stock: "tsf_stock", yoy: "tsf_stock_yoy", flow: nil, ytd: nil)
    static let tsfFlow = IngestSubject(name: "TSF flow", stock: nil, yoy: nil, flow: "tsf_increase", ytd: "tsf_increase_ytd")
    static let household = stockAndFlow("household loans", "household_loans")
    static let corporate = stockAndFlow("corporate loans", "corporate_loans")
    static let nonbankLoans = stockAndFlow("loans to non-bank financial institutions", "nonbank_loans")
    static let householdDeposits = stockAndFlow("household deposits", "household_deposits")
    static let corporateDeposits = stockAndFlow("non-financial corporate deposits", "corporate_deposits")
    static let fiscalDeposits = stockAndFlow("fiscal deposits", "fiscal_deposits")
    static let nonbankDeposits = stockAndFlow("non-bank financial institution deposits", "nonbank_deposits")
    static let billFinancing = stockAndFlow("bill financing", "bill_financing")

    static let tsfRMBLoans = tsfComponent("TSF RMB loans", "rmb_loans")
    static let tsfFXLoans = tsfComponent("TSF FX loans", "fx_loans")
    static let tsfEntrusted = tsfComponent("TSF entrusted loans", "entrusted_loans")
    static let tsfTrust = tsfComponent("TSF trust loans", "trust_loans")
    static let tsfBills = tsfComponent("TSF undiscounted bills", "undiscounted_bills")
    static let tsfCorporateBonds = tsfComponent("TSF corporate bonds", "corporate_bonds")
    static let tsfGovernmentBonds = tsfComponent("TSF government bonds", "government_bonds")
    static let tsfEquity = tsfComponent("TSF equity", "equity")
    static let tsfABS = tsfComponent("TSF ABS", "abs")
    static let tsfWriteoffs = tsfComponent("TSF loan write-offs", "writeoffs")

    /// Sub-items named after 其中 under household or corporate loans.
    enum Child: Sendable, Hashable { case shortTerm, mediumLongTerm, bills }

    /// The sub-item of `parent`, or `nil` when `parent` has no such sub-item.
    static func child(_ child: Child, of parent: IngestSubject) -> IngestSubject? {
        switch (child, parent.name) {
        case (.shortTerm, household.name): return stockAndFlow("household short-term loans", "household_short_loans")
        case (.mediumLongTerm, household.name): return stockAndFlow("household MLT loans", "household_mlt_loans")
        case (.shortTerm, corporate.name): return stockAndFlow("corporate short-term loans", "corporate_short_loans")
        case (.mediumLongTerm, corporate.name): return stockAndFlow("corporate MLT loans", "corporate_mlt_loans")
        case (.bills, corporate.name): return billFinancing
        default: return nil
        }
    }
}
