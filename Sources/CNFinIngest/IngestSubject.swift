import CNFinDatasets
import CNFinSeries

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

    /// The subject of the stock `stockID` with the catalog's relations: its
    /// published YoY series (`rate_id`), its flow (`flow_id`) and that flow's
    /// year-to-date series (`ytd_id`); a relation the catalog lacks stays `nil`,
    /// so such figures are reported as unparsed rather than invented.
    static func ofStock(_ name: String, _ stockID: String) -> IngestSubject {
        let relations = SeriesRegistry.relations(of: stockID)
        let flow = relations.flowID
        return IngestSubject(name: name, stock: stockID, yoy: relations.rateID, flow: flow,
                             ytd: flow.flatMap { SeriesRegistry.relations(of: $0).ytdID })
    }

    /// The subject of the flow `flowID` alone, with its catalog `ytd_id`.
    static func ofFlow(_ name: String, _ flowID: String) -> IngestSubject {
        IngestSubject(name: name, stock: nil, yoy: nil, flow: flowID, ytd: SeriesRegistry.relations(of: flowID).ytdID)
    }

    static let loans = ofStock("RMB loans", "loans_balance")
    static let deposits = ofStock("RMB deposits", "deposits_balance")
    static let m2 = ofStock("M2", "m2")
    static let m1 = ofStock("M1", "m1")
    static let m0 = ofStock("M0", "m0")
    static let tsf = ofStock("TSF", "tsf_stock")
    static let tsfStock = IngestSubject(name: "TSF stock", stock: "tsf_stock", yoy: SeriesRegistry.relations(of: "tsf_stock").rateID,
                                        flow: nil, ytd: nil)
    static let tsfFlow = ofFlow("TSF flow", "tsf_increase")
    static let household = ofStock("household loans", "household_loans_balance")
    static let corporate = ofStock("corporate loans", "corporate_loans_balance")
    static let nonbankLoans = ofStock("loans to non-bank financial institutions", "nonbank_loans_balance")
    static let householdDeposits = ofStock("household deposits", "household_deposits_balance")
    static let corporateDeposits = ofStock("non-financial corporate deposits", "corporate_deposits_balance")
    static let fiscalDeposits = ofStock("fiscal deposits", "fiscal_deposits_balance")
    static let nonbankDeposits = ofStock("non-bank financial institution deposits", "nonbank_deposits_balance")
    static let billFinancing = ofStock("bill financing", "bill_financing_balance")

    static let tsfRMBLoans = ofStock("TSF RMB loans", "tsf_stock_rmb_loans")
    static let tsfFXLoans = ofStock("TSF FX loans", "tsf_stock_fx_loans")
    static let tsfEntrusted = ofStock("TSF entrusted loans", "tsf_stock_entrusted_loans")
    static let tsfTrust = ofStock("TSF trust loans", "tsf_stock_trust_loans")
    static let tsfBills = ofStock("TSF undiscounted bills", "tsf_stock_undiscounted_bills")
    static let tsfCorporateBonds = ofStock("TSF corporate bonds", "tsf_stock_corporate_bonds")
    static let tsfGovernmentBonds = ofStock("TSF government bonds", "tsf_stock_government_bonds")
    static let tsfEquity = ofStock("TSF equity", "tsf_stock_equity")
    static let tsfABS = ofStock("TSF ABS", "tsf_stock_abs")
    static let tsfWriteoffs = ofStock("TSF loan write-offs", "tsf_stock_writeoffs")

    /// Sub-items named after 其中 under household or corporate loans.
    enum Child: Sendable, Hashable { case shortTerm, mediumLongTerm, bills }

    /// The sub-item of `parent`, or `nil` when `parent` has no such sub-item.
    static func child(_ child: Child, of parent: IngestSubject) -> IngestSubject? {
        switch (child, parent.name) {
        case (.shortTerm, household.name): return ofStock("household short-term loans", "household_short_loans_balance")
        case (.mediumLongTerm, household.name): return ofStock("household MLT loans", "household_mlt_loans_balance")
        case (.shortTerm, corporate.name): return ofStock("corporate short-term loans", "corporate_short_loans_balance")
        case (.mediumLongTerm, corporate.name): return ofStock("corporate MLT loans", "corporate_mlt_loans_balance")
        case (.bills, corporate.name): return billFinancing
        default: return nil
        }
    }
}

extension IngestSubject {
    /// The subject as a diagnostic names it: the English ``name`` and the catalog's Chinese name of its
    /// series (the stock's without 余额/存量, else the flow's without 增加/增量).
    var diagnosticName: BilingualNote {
        var chinese = name
        if let stock, let zh = BilingualNote.catalogNames[stock]?.zh {
            chinese = zh.hasSuffix("余额") || zh.hasSuffix("存量") ? String(zh.dropLast(2)) : zh
        } else if let flow, let zh = BilingualNote.catalogNames[flow]?.zh {
            chinese = zh.hasSuffix("增加") || zh.hasSuffix("增量") ? String(zh.dropLast(2)) : zh
        }
        return BilingualNote(zh: chinese, en: name)
    }
}
