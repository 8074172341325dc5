/// Maps the row or column labels of each PBoC table kind to catalog series ids.
///
/// The credit-funds rules are those of `Datasets/scripts/build_datasets.py`
/// (`parse_lingjf`): a label is matched on its Chinese part; 短期贷款 /
/// 中长期贷款 / 票据融资 belong to the sector last named (住户 or 企业), and
/// where a table prints only the consumer and business parts of a household
/// loan the total is their sum. The first row carrying an id wins.
/// English-edition labels are matched on their Latin part when there is no Chinese part.
struct PBoCLabelMap {
    enum Target: Equatable {
        case series(String)
        /// The published year-on-year growth (%) of the stock series named: the
        /// catalog (its `rate_id` column), not this module, knows that series' id.
        case rate(ofStock: String)
        /// A part of a household total that is summed when the total row is missing.
        case part(of: String, name: String)
        case none
    }

    let kind: PBoCTableKind
    private var context: String?

    init(kind: PBoCTableKind) {
        self.kind = kind
    }

    mutating func target(for label: String) -> Target {
        let zh = PBoCText.chinesePart(label)
        let en = PBoCText.englishPart(label)
        switch kind {
        case .moneySupply: return money(zh: zh, en: en, raw: PBoCText.normalizedSpaces(label))
        case .creditFundsRMB: return credit(zh: zh.isEmpty ? PBoCLabelMap.englishCredit(en) : zh)
        case .creditFundsAllCurrencies: return .none
        case .cnfinExport: return PBoCLabelMap.isSeriesID(label) ? .series(label) : .none
        case .tsfFlow, .tsfStock: return tsf(zh: zh, en: en)
        }
    }

    /// Whether `label` looks like a catalog id (`m2`, `loans_balance`): lowercase letters, digits, `_`.
    static func isSeriesID(_ label: String) -> Bool {
        !label.isEmpty && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private func money(zh: String, en: String, raw: String) -> Target {
        let upper = raw.uppercased()
        if upper.contains("M0") || zh.contains("流通中") || en.hasPrefix("currency in circulation") { return .series("m0") }
        if upper.contains("M2") || zh.contains("准货币") || en.contains("quasi") { return .series("m2") }
        if upper.contains("M1") || zh.hasPrefix("货币") || en == "money" { return .series("m1") }
        return .none
    }

    private mutating func credit(zh lab: String) -> Target {
        var key: String?
        switch lab {
        case "各项存款": key = "deposits_balance"
        case "各项贷款": key = "loans_balance"
        case "住户贷款", "居民户贷款":
            key = "household_loans_balance"
            context = "hh"
        case "非金融企业及其他部门贷款", "非金融性公司及其他部门贷款", "非金融企业及机关团体贷款", "企（事）业单位贷款",
             "企(事)业单位贷款", "企事业单位贷款":
            key = "corporate_loans_balance"
            context = "corp"
        case "非银行业金融机构贷款":
            key = "nonbank_loans_balance"
            context = nil
        case "境外贷款":
            context = nil
        case "短期贷款" where context == "hh": key = "household_short_loans_balance"
        case "中长期贷款" where context == "hh": key = "household_mlt_loans_balance"
        case "短期消费性贷款", "短期经营性贷款":
            if context == "hh" { return .part(of: "household_short_loans_balance", name: lab) }
        case "中长期消费性贷款", "中长期经营性贷款":
            if context == "hh" { return .part(of: "household_mlt_loans_balance", name: lab) }
        case "短期贷款" where context == "corp": key = "corporate_short_loans_balance"
        case "中长期贷款" where context == "corp": key = "corporate_mlt_loans_balance"
        case "票据融资" where context == "corp": key = "bill_financing_balance"
        case "住户存款", "居民户存款", "储蓄存款": key = "household_deposits_balance"
        case "非金融企业存款": key = "corporate_deposits_balance"
        case "财政存款", "财政性存款": key = "fiscal_deposits_balance"
        case "非银行业金融机构存款": key = "nonbank_deposits_balance"
        case "流通中现金", "流通中货币": key = "m0"
        default: break
        }
        return key.map(Target.series) ?? .none
    }

    /// English-edition credit labels, translated to the Chinese label they stand for.
    static func englishCredit(_ en: String) -> String {
        let table: [(String, String)] = [
            ("total deposits", "各项存款"), ("total loans", "各项贷款"), ("loans to households", "住户贷款"),
            ("loans to non-financial enterprises", "非金融企业及机关团体贷款"),
            ("loans to non-banking financial", "非银行业金融机构贷款"), ("overseas loans", "境外贷款"),
            ("short-term loans", "短期贷款"), ("mid & long-term loans", "中长期贷款"), ("paper financing", "票据融资"),
            ("bill financing", "票据融资"), ("deposits of households", "住户存款"), ("household savings deposits", "储蓄存款"),
            ("deposits of non-financial enterprises", "非金融企业存款"), ("fiscal deposits", "财政性存款"),
            ("deposits of non-banking financial", "非银行业金融机构存款"), ("currency in circulation", "流通中货币"),
        ]
        let collapsed = en.replacingOccurrences(of: "  ", with: " ")
        for (prefix, zh) in table where collapsed.hasPrefix(prefix) { return zh }
        return ""
    }

    private func tsf(zh: String, en: String) -> Target {
        let stock = kind == .tsfStock
        let isRate = zh.contains("同比") || zh.contains("增速") || zh.contains("%") || en.contains("growth") || en.contains("%")
        var suffix: String?
        let rules: [(zh: String, en: String, suffix: String)] = [
            ("外币贷款", "foreign currency", "fx_loans"), ("人民币贷款", "rmb loans", "rmb_loans"),
            ("委托贷款", "entrusted", "entrusted_loans"), ("信托贷款", "trust loans", "trust_loans"),
            ("未贴现", "undiscounted", "undiscounted_bills"), ("企业债券", "corporate bonds", "corporate_bonds"),
            ("政府债券", "government", "government_bonds"), ("股票", "equity", "equity"),
            ("资产支持证券", "asset-backed", "abs"), ("贷款核销", "written off", "writeoffs"),
        ]
        for r in rules where zh.contains(r.zh) || (zh.isEmpty && en.contains(r.en)) {
            suffix = r.suffix
            break
        }
        if suffix == nil, zh.isEmpty, en.contains("write-off") { suffix = "writeoffs" }
        let id: String
        if let suffix {
            id = (stock ? "tsf_stock_" : "tsf_") + suffix
        } else if zh.contains("社会融资规模") || en.contains("afre") || en.contains("aggregate financing") {
            id = stock ? "tsf_stock" : "tsf_increase"
        } else {
            return .none
        }
        if isRate {
            return stock ? .rate(ofStock: id) : .none
        }
        return .series(id)
    }
}
